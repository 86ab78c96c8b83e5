// clustersim schema: prints the JSON Schema of scenario files (docs/scenario.schema.json holds a copy, kept current by
// a test).
import { scenarioJsonSchema } from '../../scenario/json-schema.js';

export const schemaCommand = {
  command: 'schema',
  describe: 'Print the JSON Schema of scenario files (for editors with YAML support)',
  builder: {},
  handler: () => {
    process.stdout.write(JSON.stringify(scenarioJsonSchema(), null, 2) + '\n');
  },
};
