// The simulation worker: holds the model off the page's thread, steps it on a timer while playing, and posts each
// tick's rows and the network to the page. Like d3-force, step() stays synchronous; the timer lives here.
import type { Model } from '../../model/types.js';
import { layoutNetwork } from '../layout.js';
import type { AtEnd, FromWorker, SimStatus, StepRow, ToWorker } from '../protocol.js';
import { MAX_STEPS } from '../../scenario/schema.js';
import { leversOf } from '../levers.js';
import { advance, changeLever, measure, snapshot, startModel } from './session.js';

interface WorkerScope {
  postMessage(message: FromWorker, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}
const scope = self as unknown as WorkerScope;

/** Longest a tick at full speed keeps stepping before it posts a frame and reads new messages, ms. */
const TICK_BUDGET_MS = 40;
/** How far a run that goes on past its last month is extended each time it gets there: a year. */
const EXTENSION_STEPS = 12;

const state = {
  model: null as Model | null,
  horizon: 0,
  /** The longest the run may be extended to (the schema's longest run). */
  maxHorizon: MAX_STEPS,
  atEnd: 'stop' as AtEnd,
  /** Play pauses at this step (a lesson's "run to"); Infinity: at the horizon. */
  until: Number.POSITIVE_INFINITY,
  playing: false,
  /** 0: as fast as the machine goes. */
  stepsPerSecond: 10,
  timer: undefined as ReturnType<typeof setTimeout> | undefined,
  /** Smoothed compute time of a step, ms. */
  msPerStep: 0,
};

function status(model: Model): SimStatus {
  if (model.step >= state.horizon) return 'finished';
  return state.playing ? 'playing' : 'paused';
}

function postFrame(model: Model, rows: StepRow[]): void {
  const network = snapshot(model);
  const message: FromWorker = {
    type: 'frame',
    rows,
    network,
    levers: leversOf(model),
    status: status(model),
    msPerStep: state.msPerStep,
    horizon: state.horizon,
  };
  scope.postMessage(message, [network.member.buffer, network.ties.buffer]);
}

function stop(): void {
  state.playing = false;
  clearTimeout(state.timer);
  state.timer = undefined;
}

function schedule(spentMs: number): void {
  const delay = state.stepsPerSecond === 0 ? 0 : Math.max(0, 1000 / state.stepsPerSecond - spentMs);
  state.timer = setTimeout(tick, delay);
}

/** At the last month of a run that goes on: a year more. */
function extend(model: Model): void {
  if (state.atEnd === 'continue' && model.step >= state.horizon && state.horizon < state.maxHorizon)
    state.horizon = Math.min(state.maxHorizon, state.horizon + EXTENSION_STEPS);
}

/** Runs one step (or, at full speed, as many as fit in the tick budget) and posts them. */
function runSteps(model: Model): void {
  const rows: StepRow[] = [];
  const started = performance.now();
  do {
    extend(model);
    const t0 = performance.now();
    rows.push(advance(model));
    const ms = performance.now() - t0;
    state.msPerStep = state.msPerStep === 0 ? ms : 0.8 * state.msPerStep + 0.2 * ms;
  } while (
    state.playing &&
    state.stepsPerSecond === 0 &&
    model.step < state.horizon &&
    model.step < state.until &&
    performance.now() - started < TICK_BUDGET_MS
  );
  extend(model);
  if (model.step >= state.until || model.step >= state.horizon) {
    stop();
    state.until = Number.POSITIVE_INFINITY;
  }
  postFrame(model, rows);
  if (state.playing) schedule(performance.now() - started);
}

function tick(): void {
  state.timer = undefined;
  if (!state.model || !state.playing) return;
  extend(state.model);
  if (state.model.step < state.horizon) runSteps(state.model);
}

function load(message: Extract<ToWorker, { type: 'load' }>): void {
  stop();
  const model = startModel(message.scenario, message.seed, message.levers);
  state.model = model;
  state.horizon = message.scenario.steps;
  state.until = Number.POSITIVE_INFINITY;
  state.msPerStep = 0;
  const network = snapshot(model);
  const layout = layoutNetwork(model);
  const loaded: FromWorker = {
    type: 'loaded',
    layout,
    horizon: state.horizon,
    first: measure(model),
    network,
    levers: leversOf(model),
  };
  scope.postMessage(loaded, [layout.x.buffer, layout.y.buffer, network.member.buffer, network.ties.buffer]);
}

function handle(message: ToWorker): void {
  if (message.type === 'load') return load(message);
  const model = state.model;
  if (!model) return;
  switch (message.type) {
    case 'play':
      extend(model);
      if (state.playing || model.step >= state.horizon) return postFrame(model, []);
      state.until = message.until ?? Number.POSITIVE_INFINITY;
      if (model.step >= state.until) return postFrame(model, []);
      state.playing = true;
      return schedule(0);
    case 'atEnd':
      state.atEnd = message.mode;
      return;
    case 'pause':
      stop();
      return postFrame(model, []);
    case 'step':
      stop();
      extend(model);
      if (model.step < state.horizon) runSteps(model);
      return;
    case 'speed':
      state.stepsPerSecond = message.stepsPerSecond;
      if (state.playing) {
        clearTimeout(state.timer);
        schedule(0);
      }
      return;
    case 'lever':
      changeLever(model, message.change);
      return;
  }
}

scope.onmessage = (event) => {
  try {
    handle(event.data);
  } catch (error) {
    stop();
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) }, []);
  }
};
