// The summary of a run: the final state, totals over the run, and tasks solved per calendar year by kind (like the
// paper's Table 2).
import type { Model } from '../model/types.js';
import { SUMMED_OUTCOMES, taskColumn } from '../metrics/outcomes.js';
import type { Row } from '../metrics/recorder.js';
import { TASK_KINDS } from '../scenario/schema.js';

export interface YearTasks {
  year: number;
  rnd: number;
  management: number;
  marketing: number;
  hr: number;
  other: number;
  total: number;
}

export interface Summary {
  steps: number;
  final: Row;
  /** Totals over the run of the monthly counts the registry sums (events, tasksSolved, ...). */
  totals: Record<string, number>;
  tasksSolvedPerYear: YearTasks[];
}

const TASK_COLUMNS = TASK_KINDS.map(taskColumn);

function sum(rows: Row[], column: string): number {
  return rows.reduce((s, row) => s + (typeof row[column] === 'number' ? (row[column] as number) : 0), 0);
}

export function summarise(model: Model, rows: Row[]): Summary {
  const stepped = rows.slice(1);
  const years = new Map<number, YearTasks>();
  for (const row of stepped) {
    const year = Number(String(row.date).slice(0, 4));
    const entry = years.get(year) ?? { year, rnd: 0, management: 0, marketing: 0, hr: 0, other: 0, total: 0 };
    TASK_KINDS.forEach((kind, k) => {
      entry[kind] += row[TASK_COLUMNS[k]] as number;
      entry.total += row[TASK_COLUMNS[k]] as number;
    });
    years.set(year, entry);
  }
  return {
    steps: model.step,
    final: rows[rows.length - 1],
    totals: Object.fromEntries(SUMMED_OUTCOMES.map((o) => [o.name, sum(stepped, o.name)])),
    tasksSolvedPerYear: [...years.values()],
  };
}
