// The files of a robustness folder: robustness.csv (every difference at every value), verdicts.csv and
// robustness.md (per assumed parameter, policy and outcome: the sign at each value and the verdict), robustness.json
// (the plan, the verdicts, the warnings), and the files given beside them (chart specs, the manifest).
import { comparisonTitle } from '../charts/outcomes.js';
import type { FileContents } from '../output/atomic.js';
import { toCsv } from '../output/csv.js';
import { VERDICTS, type RobustnessResult } from './robustness.js';

const ROW_COLUMNS = [
  'assumption',
  'value',
  'isDefault',
  'scenario',
  'outcome',
  'diff',
  'diffLo',
  'diffHi',
  'relDiff',
  'pAdjusted',
  'sign',
];

/** A difference as the tables print it: 4 significant digits. */
const short = (x: number) => (Number.isFinite(x) ? String(Number(x.toPrecision(4))) : 'NA');

/** The Markdown summary: a table per assumed parameter, then the count of each verdict. */
export function formatRobustness(result: RobustnessResult): string {
  const lines = [
    `# Robustness of ${result.scenarios.slice(1).join(', ')} against ${result.scenarios[0]}`,
    '',
    `${result.runs} runs per scenario and value, the same seeds at every value. A sign is that of the 95% interval of`,
    'the paired difference (policy minus reference): + above 0, - below 0, 0 when it reaches 0. A difference **holds**',
    'when its sign is the same and clear at every value, **weakens** when its interval reaches 0 at some value,',
    '**flips** when it is clearly positive at one value and clearly negative at another, and is **unclear** when it',
    'reaches 0 at every value.',
    '',
  ];
  for (const a of result.assumptions) {
    const verdicts = result.verdicts.filter((v) => v.assumption === a.path);
    const heads = a.values.map((v) => (v === a.default ? `${v} (as set)` : String(v)));
    lines.push(`## ${a.path}`, '');
    lines.push(`| policy | outcome | ${heads.join(' | ')} | verdict | difference, min to max |`);
    lines.push(`|---|---|${heads.map(() => '---|').join('')}---|---|`);
    for (const v of verdicts) {
      lines.push(
        `| ${v.scenario} | ${comparisonTitle(v.outcome)} | ${v.signs.join(' | ')} | ${v.verdict} | ${short(v.minDiff)} to ${short(v.maxDiff)} |`,
      );
    }
    const counts = VERDICTS.map((k) => `${verdicts.filter((v) => v.verdict === k).length} ${k}`);
    lines.push('', counts.join(', ') + '.', '');
  }
  if (result.warnings.length > 0) lines.push('## Warnings', '', ...result.warnings.map((w) => `- ${w}`), '');
  return lines.join('\n');
}

export function robustnessFiles(result: RobustnessResult, extra: FileContents = {}): FileContents {
  const { rows, ...summary } = result;
  return {
    'robustness.json':
      JSON.stringify(summary, (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2) + '\n',
    'robustness.csv': toCsv(rows as unknown as Record<string, unknown>[], ROW_COLUMNS),
    'verdicts.csv': toCsv(
      result.verdicts.map((v) => ({ ...v, signs: v.signs.join(' ') })),
      ['assumption', 'scenario', 'outcome', 'signs', 'verdict', 'minDiff', 'maxDiff'],
    ),
    'robustness.md': formatRobustness(result),
    ...extra,
  };
}
