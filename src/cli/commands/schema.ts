// clustersim schema: prints the JSON Schema of scenario files (docs/scenario.schema.json holds a copy, kept current by
// a test).
import { scenarioJsonSchema } from '../../scenario/json-schema.js';
import type { CommandBody } from './index.js';

export const schemaCommand: CommandBody = {
  builder: {},
  handler: () => {
    process.stdout.write(JSON.stringify(scenarioJsonSchema(), null, 2) + '\n');
  },
};
