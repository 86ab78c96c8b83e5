// The page's built-in scenarios: a classroom one small enough to animate smoothly, and the national programme.
import type { ScenarioInput } from '../scenario/schema.js';

export interface Preset {
  id: string;
  label: string;
  input: ScenarioInput;
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'preset:classroom',
    label: 'Classroom: Gangwon, 6 MCs, about 600 agents',
    input: {
      name: 'classroom',
      description:
        "Gangwon's six mini-clusters at the Wonju park: a few hundred members, small enough to watch tie by tie.",
      population: { regions: ['gangwon'] },
    },
  },
  {
    id: 'preset:national',
    label: 'National: 81 MCs in six regions, about 8,500 agents',
    input: {
      name: 'national',
      description:
        'The whole programme: 81 mini-clusters in the six regions of Table 1, about 8,500 agents and 30,000 ties.',
    },
  },
];
