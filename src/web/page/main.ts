// The page's entry: reads the embedded scenarios, starts the simulation worker and wires the header, the lever panel,
// the network view and the charts to it. The page only draws; the worker simulates.
import { leversOf } from '../levers.js';
import type { EmbeddedScenarios, FromWorker, LeverSettings, ScenarioEntry, SimStatus, StepRow } from '../protocol.js';
import { createCharts } from './charts.js';
import { bindLevers } from './lever-controls.js';
import { createNetworkView, type ColourBy } from './network-view.js';
import { createReadout } from './readout.js';
import { startSimWorker } from './sim-client.js';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`clustersim/page: the page has no #${id}`);
  return found as T;
}

function readEmbedded(): EmbeddedScenarios {
  return JSON.parse(element('clustersim-scenarios').textContent ?? '') as EmbeddedScenarios;
}

/** Steps per second over the last two seconds of frames. */
function createRateMeter() {
  const samples: [ms: number, step: number][] = [];
  return {
    reset: () => void (samples.length = 0),
    add(step: number): number {
      const now = performance.now();
      samples.push([now, step]);
      while (samples.length > 2 && now - samples[0][0] > 2000) samples.shift();
      const [t0, s0] = samples[0];
      return now > t0 ? ((step - s0) * 1000) / (now - t0) : 0;
    },
  };
}

const embedded = readEmbedded();
const picker = element<HTMLSelectElement>('scenario');
const seed = element<HTMLInputElement>('seed');
const play = element<HTMLButtonElement>('play');
const colourBy = element<HTMLSelectElement>('colour-by');
const view = createNetworkView(element<HTMLCanvasElement>('network'));
const charts = createCharts();
const readout = createReadout();
const rate = createRateMeter();
let current: ScenarioEntry = embedded.entries.find((e) => e.id === embedded.selected) ?? embedded.entries[0];
let status: SimStatus = 'paused';
let horizon = 0;
let modelLevers: LeverSettings | null = null;
let drawPending = false;

function redraw(): void {
  if (drawPending) return;
  drawPending = true;
  requestAnimationFrame(() => {
    drawPending = false;
    view.draw();
    charts.draw();
  });
}

function setStatus(next: SimStatus): void {
  status = next;
  play.textContent = next === 'playing' ? 'Pause' : 'Play';
  play.disabled = next === 'finished';
  element<HTMLButtonElement>('step').disabled = next === 'finished';
  readout.status(next);
}

/**
 * Shows the levers the model now has, touching only those that changed since the last frame (a timeline policy, say).
 */
function syncLevers(levers: LeverSettings): void {
  const changed = (Object.keys(levers) as (keyof LeverSettings)[]).filter(
    (k) => !modelLevers || levers[k] !== modelLevers[k],
  );
  if (changed.length) controls.show({ ...controls.read(), ...Object.fromEntries(changed.map((k) => [k, levers[k]])) });
  modelLevers = levers;
}

function showRows(rows: readonly StepRow[]): void {
  if (rows.length === 0) return;
  charts.push(rows);
  readout.show(rows[rows.length - 1], horizon);
}

function onMessage(message: FromWorker): void {
  if (message.type === 'error') return readout.error(message.message);
  if (message.type === 'loaded') {
    horizon = message.horizon;
    charts.reset(horizon);
    rate.reset();
    view.setLayout(message.layout);
    modelLevers = message.levers;
    setStatus('paused');
  } else {
    syncLevers(message.levers);
    setStatus(message.status);
    if (message.rows.length) readout.speed(rate.add(message.network.step), message.msPerStep);
  }
  showRows(message.type === 'loaded' ? [message.first] : message.rows);
  view.setNetwork(message.network);
  redraw();
}

const sim = startSimWorker(onMessage, readout.error);
const controls = bindLevers(element('lever-panel'), (change) => sim.send({ type: 'lever', change }));

function load(): void {
  setStatus('paused');
  sim.send({
    type: 'load',
    scenario: current.scenario,
    seed: Math.max(0, Math.round(Number(seed.value) || 0)),
    levers: controls.read(),
  });
}

function pick(id: string): void {
  current = embedded.entries.find((e) => e.id === id) ?? current;
  picker.value = current.id;
  seed.value = String(current.scenario.seed);
  controls.dateFrom(current.scenario.startYear);
  controls.show(leversOf(current.scenario));
  element('scenario-description').textContent = current.scenario.description;
  load();
}

for (const entry of embedded.entries) picker.add(new Option(entry.label, entry.id));
picker.addEventListener('change', () => pick(picker.value));
seed.addEventListener('change', load);
element('reset').addEventListener('click', load);
element('step').addEventListener('click', () => sim.send({ type: 'step' }));
play.addEventListener('click', () => {
  if (status === 'playing') return sim.send({ type: 'pause' });
  setStatus('playing');
  sim.send({ type: 'play' });
});
const speed = element<HTMLSelectElement>('speed');
const sendSpeed = () => sim.send({ type: 'speed', stepsPerSecond: Number(speed.value) });
speed.addEventListener('change', sendSpeed);
colourBy.addEventListener('change', () => {
  view.setColourBy(colourBy.value as ColourBy);
  document.body.classList.toggle('colour-mc', colourBy.value === 'mc');
  redraw();
});
window.addEventListener('resize', redraw);
sendSpeed();
pick(current.id);
