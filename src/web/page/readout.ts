// The readout: the step counter, the calendar month, the latest measures and the measured speed, as text.
import type { SimStatus, StepRow } from '../protocol.js';

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`clustersim/readout: the page has no #${id}`);
  return found;
}

const FIELDS: readonly [id: string, read: (s: StepRow) => string][] = [
  ['readout-members', (s) => String(s.row.members)],
  ['readout-ties', (s) => String(s.row.ties)],
  ['readout-density', (s) => (typeof s.row.density === 'number' ? s.row.density.toFixed(4) : 'NA')],
  [
    'readout-satisfaction',
    (s) => (typeof s.row.meanSatisfaction === 'number' ? s.row.meanSatisfaction.toFixed(3) : 'NA'),
  ],
  ['readout-events', (s) => String(s.row.events)],
  ['readout-tasks', (s) => String(s.row.tasksSolved)],
];

export interface Readout {
  show(latest: StepRow, horizon: number): void;
  status(status: SimStatus): void;
  speed(stepsPerSecond: number, msPerStep: number): void;
  error(message: string): void;
}

export function createReadout(): Readout {
  const counter = element('step-counter');
  const date = element('step-date');
  const speed = element('readout-speed');
  const status = element('status');
  return {
    show(latest, horizon) {
      counter.textContent = `${latest.row.step} / ${horizon}`;
      counter.dataset.step = String(latest.row.step);
      date.textContent = String(latest.row.date);
      for (const [id, read] of FIELDS) element(id).textContent = read(latest);
    },
    status(s) {
      status.textContent = s;
      document.body.dataset.status = s;
    },
    speed(stepsPerSecond, msPerStep) {
      speed.textContent = `${stepsPerSecond.toFixed(1)} steps/s, ${msPerStep.toFixed(1)} ms/step`;
      speed.dataset.stepsPerSecond = stepsPerSecond.toFixed(2);
    },
    error(message) {
      status.textContent = `error: ${message}`;
      document.body.dataset.status = 'error';
    },
  };
}
