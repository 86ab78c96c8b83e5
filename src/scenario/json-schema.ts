// The published JSON Schema of scenario files, generated from the zod schema (the single source), for editors' YAML
// support.
import { z } from 'zod';
import { scenarioSchema } from './schema.js';

export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  // Scenario files may name a base file; the loader merges it before validation.
  const properties = schema.properties as Record<string, unknown>;
  properties.extends = {
    type: 'string',
    description: 'a scenario file (relative to this one) whose values this one overrides',
  };
  return { ...schema, $id: 'https://clustersim.dev/scenario.schema.json', title: 'clustersim scenario' };
}
