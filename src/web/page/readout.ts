// The readout: the month counter and its date, the latest measures and the measured speed, as text written the way
// the page's language writes numbers and months.
import { stepDate } from '../../scenario/dates.js';
import { fill, formatMonth, formatNumber, type Lang, type Messages } from '../i18n/index.js';
import type { SimStatus, StepRow } from '../protocol.js';
import { element, setText } from './dom.js';

export interface Readout {
  show(latest: StepRow, horizon: number, startYear: number): void;
  status(status: SimStatus | 'loading'): void;
  speed(stepsPerSecond: number, msPerStep: number): void;
  error(message: string): void;
}

export function createReadout(t: Messages, lang: Lang): Readout {
  const counter = element('step-counter');
  const date = element('step-date');
  const speed = element('readout-speed');
  const status = element('status');
  const measure = (v: unknown, digits: number) =>
    typeof v === 'number' ? formatNumber(lang, v, digits) : t.readout.na;
  /** Each field: its element, the recorder's column and the decimals shown. */
  const fields: readonly [id: string, column: string, digits: number][] = [
    ['readout-members', 'members', 0],
    ['readout-ties', 'ties', 0],
    ['readout-density', 'density', 4],
    ['readout-satisfaction', 'meanSatisfaction', 3],
    ['readout-events', 'events', 0],
    ['readout-tasks', 'tasksSolved', 0],
  ];
  return {
    show(latest, horizon, startYear) {
      const step = Number(latest.row.step);
      setText(counter, `${formatNumber(lang, step)} / ${formatNumber(lang, horizon)}`);
      counter.dataset.step = String(step);
      setText(date, formatMonth(lang, startYear, step));
      setText(element('readout-date'), stepDate(startYear, step));
      for (const [id, column, digits] of fields) {
        const field = element(id);
        setText(field, measure(latest.row[column], digits));
        field.dataset.value = String(latest.row[column] ?? '');
      }
    },
    status(s) {
      setText(status, t.header.status[s]);
      if (document.body.dataset.status !== s) document.body.dataset.status = s;
    },
    speed(stepsPerSecond, msPerStep) {
      setText(
        speed,
        fill(t.readout.speedValue, {
          rate: formatNumber(lang, stepsPerSecond, 1),
          ms: formatNumber(lang, msPerStep, 1),
        }),
      );
      speed.dataset.stepsPerSecond = stepsPerSecond.toFixed(2);
    },
    error(message) {
      status.textContent = `${t.header.status.error}: ${message}`;
      document.body.dataset.status = 'error';
    },
  };
}
