// clustersim merge DIR [--out OUT]: checks that every shard of the plan in DIR is there exactly once, done and whole
// (naming the missing, duplicated, foreign and torn ones), then runs the experiment's own command on the shards' runs
// instead of running them again, so that OUT holds exactly what the command writes on one machine.
import { join, resolve } from 'node:path';
import { relativeInputs } from '../../distributed/plan.js';
import type { Argv } from 'yargs';
import type { CommandBody } from './index.js';
import { collectRuns } from '../../distributed/collect.js';
import { UserError } from '../../errors.js';
import { forceOption } from '../output-arg.js';
import type { MergedRuns } from '../shard-arg.js';
import { calibrateCommand } from './calibrate.js';
import { checkCommand } from './check.js';
import { compareCommand } from './compare.js';
import { sensitivityCommand } from './sensitivity.js';
import { sweepCommand } from './sweep.js';

export interface MergeArgs {
  dir: string;
  out?: string;
  force?: boolean;
}

/** The commands whose shards merge knows how to gather, by the name in plan.json. */
const MERGEABLE: Record<string, CommandBody['handler']> = {
  calibrate: calibrateCommand.handler,
  check: checkCommand.handler,
  compare: compareCommand.handler,
  sensitivity: sensitivityCommand.handler,
  sweep: sweepCommand.handler,
};

export const MERGE_OUT = 'merged';

export async function mergeShards(args: MergeArgs): Promise<void> {
  const { plan, lines } = collectRuns(args.dir);
  const handler = MERGEABLE[plan.command];
  if (!handler)
    throw new UserError(
      `${join(args.dir, 'plan.json')}: clustersim merge does not know the command ${JSON.stringify(plan.command)}`,
    );
  const relative = relativeInputs(plan);
  if (relative.length > 0 && resolve(plan.cwd ?? '') !== resolve(process.cwd()))
    throw new UserError(
      `clustersim merge: the plan names ${relative.join(', ')} relative to ${plan.cwd}, where the shards ran: run merge from that folder`,
    );
  const merged: MergedRuns = { dir: args.dir, plan, lines };
  const out = args.out ?? join(args.dir, MERGE_OUT);
  await (handler as (a: Record<string, unknown>) => Promise<void>)({
    ...plan.args,
    out,
    force: args.force ?? false,
    workers: 1,
    merged,
  });
}

export const mergeCommand: CommandBody = {
  builder: (y: Argv) =>
    y
      .positional('dir', {
        type: 'string',
        demandOption: true,
        describe: 'the shared folder the shards wrote (their --out)',
      })
      .option('out', { type: 'string', describe: `output folder (default: DIR/${MERGE_OUT})` })
      .option('force', forceOption),
  handler: (args: MergeArgs) => mergeShards(args),
};
