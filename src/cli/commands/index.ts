// The commands of the CLI, in the order --help lists them: each a name and a description, and the module that holds
// its options and handler, loaded only when that command runs (so `clustersim --version` loads no renderer, and `run`
// loads neither vega nor resvg).
import type { Argv } from 'yargs';

/** A command's options (yargs builder) and what it does (handler): what each module of this folder exports. */
export interface CommandBody {
  builder: ((y: Argv) => Argv) | Record<string, never>;
  // biome-ignore lint/suspicious/noExplicitAny: each handler types its own parsed arguments.
  handler: (args: any) => void | Promise<void>;
}

/** A command as registered: its name (with positionals), its one-line description, and how to load its body. */
export interface CommandEntry {
  command: string;
  describe: string;
  load: () => Promise<CommandBody>;
}

export const COMMANDS: CommandEntry[] = [
  {
    command: 'run [scenario]',
    describe: 'Run a scenario file (or the built-in default) once and write its outputs',
    load: async () => (await import('./run.js')).runCommand,
  },
  {
    command: 'network <file>',
    describe: 'Who brokers in a network file (GEXF or GraphML): centrality per member, brokerage per kind and per MC',
    load: async () => (await import('./network.js')).networkCommand,
  },
  {
    command: 'compare <scenarios..>',
    describe:
      'Compare scenarios over the same seeds: mean and 95% CI per outcome, and differences to the first with paired t-tests adjusted for multiple comparisons',
    load: async () => (await import('./compare.js')).compareCommand,
  },
  {
    command: 'robustness <scenarios..>',
    describe:
      'Run a comparison again at every value of each assumed parameter (--vary path=a,b,c) on the same seeds, and tell for each difference whether its sign holds across the values',
    load: async () => (await import('./robustness.js')).robustnessCommand,
  },
  {
    command: 'validate <files..>',
    describe: 'Check scenario files and list every problem found',
    load: async () => (await import('./validate.js')).validateCommand,
  },
  {
    command: 'schema',
    describe: 'Print the JSON Schema of scenario files (for editors with YAML support)',
    load: async () => (await import('./schema.js')).schemaCommand,
  },
  {
    command: 'plot <dir>',
    describe:
      'Build the chart specs of a run, compare, robustness, sweep, sensitivity, check or calibrate folder from its data and render them to SVG and PNG',
    load: async () => (await import('./plot.js')).plotCommand,
  },
  {
    command: 'report <dir>',
    describe:
      'Write DIR/report.html of a run, compare, robustness, sweep, sensitivity, check or calibrate folder: a summary, the results and every chart; offline, prints on A4',
    load: async () => (await import('./report.js')).reportCommand,
  },
  {
    command: 'serve [scenario]',
    describe: 'Serve the teacher page (network view, levers, live charts) on http://127.0.0.1',
    load: async () => (await import('./serve.js')).serveCommand,
  },
  {
    command: 'build-web [scenario]',
    describe: 'Write the teacher page as static files (index.html, app.js) that also open from disk',
    load: async () => (await import('./build-web.js')).buildWebCommand,
  },
  {
    command: 'lesson <action>',
    describe: 'Lessons of the teaching page: lesson check FILE... lists every problem of lesson files',
    load: async () => (await import('./lesson.js')).lessonCommand,
  },
  {
    command: 'sweep [scenario]',
    describe: 'Run a design of parameter values times R seeds on all cores, one tidy row per run; resumable',
    load: async () => (await import('./sweep.js')).sweepCommand,
  },
  {
    command: 'check [scenario]',
    describe:
      'Check a scenario (or the built-in default) against observed targets over N seeds: pass or fail per fitted and held-out target, inputs shown apart (exit 1 if a fitted or held-out target fails)',
    load: async () => (await import('./check.js')).checkCommand,
  },
  {
    command: 'calibrate [scenario]',
    describe:
      'Fit parameters to the fitted targets (simulated minimum distance, rejection ABC) over a Latin hypercube; held-out targets and inputs are never used; resumable',
    load: async () => (await import('./calibrate.js')).calibrateCommand,
  },
  {
    command: 'sensitivity [scenario]',
    describe:
      'Sensitivity of outcomes (or a policy effect) to parameters: Morris screening or Sobol indices, with replicate seeds; resumable',
    load: async () => (await import('./sensitivity.js')).sensitivityCommand,
  },
  {
    command: 'merge <dir>',
    describe:
      "Merge the shards of an experiment (run with --shard into DIR) into the command's usual outputs, the same bytes as on one machine",
    load: async () => (await import('./merge.js')).mergeCommand,
  },
  {
    command: 'submit <scheduler>',
    describe:
      "Write (and for Slurm with --run, submit) the job files that run an experiment's shards on a scheduler and merge them: clustersim submit slurm --out DIR --run -- sweep ...",
    load: async () => (await import('./submit.js')).submitCommand,
  },
];

/**
 * The yargs command of an entry: the name and description at once, the options and the handler from the module,
 * loaded the first time yargs asks for either.
 */
export function lazyCommand(entry: CommandEntry) {
  let body: Promise<CommandBody> | undefined;
  const load = () => {
    body ??= entry.load();
    return body;
  };
  return {
    command: entry.command,
    describe: entry.describe,
    builder: async (y: Argv) => {
      const { builder } = await load();
      return typeof builder === 'function' ? builder(y) : y.options(builder);
    },
    handler: async (args: unknown) => (await load()).handler(args),
  };
}
