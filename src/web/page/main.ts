// The page's entry: reads its state from the URL and the embedded scenarios and lessons, puts in the words of its
// language, starts the simulation worker (a second one to compare two runs) and wires the header, the levers, the
// lesson, the network view, the legend and the charts to them. The page only draws; the workers simulate.
//
//   URL (url-state.ts) -> language, scenario, seed, levers, second run, lesson part, speed
//   header / levers / lesson  --load, play, lever-->  run A (worker)  --frames-->  network, readout, charts
//                                                 \-> run B (worker, same seed)  --frames-->  charts (dashed)
import { stepDate } from '../../scenario/dates.js';
import { CATALOGUES, fill, formatNumber, LANGS } from '../i18n/index.js';
import { LEVERS, type LeverKey } from '../lever-registry.js';
import type { EmbeddedLessons, Lesson } from '../lessons/schema.js';
import { leversOf } from '../levers.js';
import type { AtEnd, EmbeddedScenarios, FromWorker, LeverSettings, ScenarioEntry } from '../protocol.js';
import { createCharts } from './charts.js';
import { applyMessages, element, setText } from './dom.js';
import { saveCsv, savePng } from './export.js';
import { bindInfoPanel } from './info-panel.js';
import { bindInspector } from './inspector.js';
import { showLegend } from './legend.js';
import { bindLessonPanel, type LessonPanel } from './lesson-panel.js';
import { bindLevers } from './lever-controls.js';
import { COLOUR_BYS, createNetworkView, type ColourBy } from './network-view.js';
import { chartMarkers, showPolicies } from './policy-list.js';
import { createReadout } from './readout.js';
import { createRateMeter } from './rate-meter.js';
import { createRun, type Run } from './run.js';
import { seriesCsv } from './series-csv.js';
import { leverDifferences, readState, writeState } from './url-state.js';

const readJson = <T>(id: string): T => JSON.parse(element(id).textContent ?? '') as T;

const restored = readState(location.search);
const lang = restored.lang;
const t = CATALOGUES[lang];
document.documentElement.lang = lang;
document.title = t.title;
applyMessages(document, t);

const embedded = readJson<EmbeddedScenarios>('clustersim-scenarios');
const { lessons } = readJson<EmbeddedLessons>('clustersim-lessons');
const picker = element<HTMLSelectElement>('scenario');
const seed = element<HTMLInputElement>('seed');
const play = element<HTMLButtonElement>('play');
const speed = element<HTMLSelectElement>('speed');
const atEnd = element<HTMLSelectElement>('at-end');
const colourBy = element<HTMLSelectElement>('colour-by');
const compare = element<HTMLInputElement>('compare');
const networkCanvas = element<HTMLCanvasElement>('network');
const view = createNetworkView(networkCanvas);
view.setRegionNames(t.regions);
const charts = createCharts(t, lang);
const readout = createReadout(t, lang);
const rate = createRateMeter();
const presetWords = (id: string) => t.presets[id.replace('preset:', '') as keyof typeof t.presets];
let current: ScenarioEntry =
  embedded.entries.find((e) => e.id === (restored.scenario ?? embedded.selected)) ?? embedded.entries[0];
let second: Run | null = null;
/** The second run's levers: the first's when comparing started, then one changed (a lesson's or the URL's). */
let secondLevers: LeverSettings | null = null;
/** Months where the teacher moved a lever in this run. */
let moves: { step: number; key: LeverKey }[] = [];
let lesson: Lesson | undefined;
let playAfterLoad = false;
/** The lesson panel: bound last, once the runs and levers it sets up exist. */
let lessonPanel: LessonPanel | undefined;
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

const runs = () => (second ? [first, second] : [first]);
const send = (message: Parameters<Run['send']>[0]) => runs().forEach((run) => run.send(message));
const stepNow = () => Number(first.rows[first.rows.length - 1]?.row.step ?? 0);

function showStatus(): void {
  const s = document.body.dataset.status === 'loading' ? 'loading' : first.status;
  setText(play, first.status === 'playing' ? t.header.pause : t.header.play);
  const done = first.status === 'finished' && atEnd.value === 'stop';
  if (play.disabled !== done) play.disabled = done;
  const step = element<HTMLButtonElement>('step');
  if (step.disabled !== done) step.disabled = done;
  if (s !== 'loading') readout.status(first.status);
}

const markers = () =>
  chartMarkers({ policies: current.scenario.policies, levers: controls.read(), moves, lesson, t, lang });

function writeUrl(): void {
  const levers = controls.read();
  const query = writeState({
    lang,
    scenario: current.id,
    seed: Number(seed.value),
    levers: leverDifferences(levers, leversOf(current.scenario)),
    compare: second && secondLevers ? leverDifferences(secondLevers, levers) : undefined,
    ...lessonPanel?.state(),
    speed: Number(speed.value),
    atEnd: atEnd.value as AtEnd | 'loop',
  });
  try {
    history.replaceState(null, '', `?${query}`);
  } catch {
    // Some browsers refuse to change the address of a page opened from disk; the page works on without it.
  }
}

function showDifferences(): void {
  const out = element('compare-differs');
  element('chart-second').hidden = !second;
  if (!second || !secondLevers) return void (out.textContent = '');
  const keys = Object.keys(leverDifferences(secondLevers, controls.read())) as LeverKey[];
  out.textContent = keys.length
    ? fill(t.compare.differs, { levers: keys.map((k) => t.levers.words[k].label).join(', ') })
    : t.compare.same;
}

function onFrame(run: Run, message: FromWorker): void {
  if (message.type === 'error') return readout.error(message.message);
  const isFirst = run === first;
  if (message.type === 'loaded') {
    if (isFirst) {
      charts.reset(message.horizon);
      rate.reset();
      view.setLayout(message.layout);
      inspector.clear();
      showLegend(element('legend-items'), t, colourBy.value as ColourBy, message.layout.mcNames);
      document.body.dataset.status = 'paused';
    } else charts.clearSecond();
    charts.push([message.first], isFirst ? 0 : 1);
    if (playAfterLoad && isFirst) {
      playAfterLoad = false;
      send({ type: 'play' });
    }
  } else {
    charts.push(message.rows, isFirst ? 0 : 1);
    if (isFirst) {
      if (message.rows.length) readout.speed(rate.add(message.network.step), message.msPerStep);
      const changed = changedLevers(message.levers);
      if (Object.keys(changed).length) controls.show({ ...controls.read(), ...changed });
      charts.setHorizon(message.horizon);
      if (message.status === 'finished' && atEnd.value === 'loop') {
        playAfterLoad = true;
        load();
      }
    }
  }
  if (!isFirst) return redraw();
  view.setNetwork(message.network);
  readout.show(first.rows[first.rows.length - 1], first.horizon, current.scenario.startYear);
  showStatus();
  inspector.refresh();
  lessonPanel?.progress();
  redraw();
}

/** The levers the model now has that differ from the last frame's (a timeline policy, say). */
let modelLevers: LeverSettings | null = null;
function changedLevers(levers: LeverSettings): Partial<LeverSettings> {
  const changed = LEVERS.filter((l) => !modelLevers || levers[l.key] !== modelLevers[l.key]);
  modelLevers = levers;
  return Object.fromEntries(changed.map((l) => [l.key, levers[l.key]]));
}

const first = createRun(onFrame, readout.error);
const controls = bindLevers(element('lever-panel'), t, lang, (change) => {
  first.send({ type: 'lever', change });
  moves.push({ step: stepNow(), key: change.key });
  charts.setMarkers(markers());
  showDifferences();
  writeUrl();
  redraw();
});
const inspector = bindInspector(
  networkCanvas,
  element('inspect'),
  view,
  () => ({ layout: first.layout, network: first.network }),
  t,
  lang,
  redraw,
);

function load(): void {
  document.body.dataset.status = 'loading';
  modelLevers = null;
  moves = [];
  const levers = controls.read();
  const startSeed = Math.max(0, Math.round(Number(seed.value) || 0));
  first.send({ type: 'load', scenario: current.scenario, seed: startSeed, levers });
  if (second && secondLevers)
    second.send({ type: 'load', scenario: current.scenario, seed: startSeed, levers: secondLevers });
  charts.setMarkers(markers());
  showDifferences();
  writeUrl();
}

function pick(id: string, setup: { seed?: number; levers?: Partial<LeverSettings> } = {}): void {
  current = embedded.entries.find((e) => e.id === id) ?? current;
  picker.value = current.id;
  seed.value = String(setup.seed ?? current.scenario.seed);
  controls.dateFrom(current.scenario.startYear);
  controls.show({ ...leversOf(current.scenario), ...setup.levers });
  modelLevers = null;
  const dated = (step: number) => stepDate(current.scenario.startYear, step);
  charts.setDateOf(dated);
  const preset = current.id.startsWith('preset:') ? presetWords(current.id) : undefined;
  element('scenario-description').textContent = preset?.description ?? current.scenario.description;
  showPolicies(element('policy-list'), t, current.scenario.policies, current.scenario.startYear);
}

function setCompare(on: boolean, levers?: Partial<LeverSettings>): void {
  compare.checked = on;
  second?.stop();
  second = on ? createRun(onFrame, readout.error) : null;
  secondLevers = on ? { ...controls.read(), ...levers } : null;
  if (second) second.send({ type: 'speed', stepsPerSecond: Number(speed.value) });
  if (second) second.send({ type: 'atEnd', mode: atEnd.value === 'continue' ? 'continue' : 'stop' });
}

lessonPanel = bindLessonPanel(
  element<HTMLSelectElement>('lesson'),
  element('lesson-body'),
  lessons,
  t,
  lang,
  {
    start(l) {
      lesson = l;
      // A lesson restored from a link keeps the link's seed and levers: the teacher may have moved some.
      const link = l && l.id === restored.lesson && !lessonPanel ? restored : undefined;
      if (l) {
        pick(l.scenario, { seed: link?.seed ?? l.seed, levers: { ...l.levers, ...link?.levers } });
        const compareWith = link?.compare ?? l.compare;
        setCompare(compareWith !== undefined, compareWith);
      }
      load();
    },
    runTo(step) {
      send({ type: 'play', until: step });
    },
    step: stepNow,
    startYear: () => current.scenario.startYear,
    changed: () => writeUrl(),
  },
  restored,
);

for (const value of [1, 2, 5, 10, 20, 0])
  speed.add(
    new Option(
      value ? fill(t.header.stepsPerSecond, { n: formatNumber(lang, value) }) : t.header.fastest,
      String(value),
    ),
  );
for (const code of LANGS) {
  const option = new Option(CATALOGUES[code].lang.name, code);
  option.lang = code;
  element<HTMLSelectElement>('lang').add(option);
}
element<HTMLSelectElement>('lang').value = lang;
for (const entry of embedded.entries)
  picker.add(new Option(entry.id.startsWith('preset:') ? presetWords(entry.id).label : entry.label, entry.id));

picker.addEventListener('change', () => {
  pick(picker.value);
  if (second) setCompare(true);
  load();
});
seed.addEventListener('change', load);
element('reset').addEventListener('click', load);
element('step').addEventListener('click', () => send({ type: 'step' }));
play.addEventListener('click', () => send({ type: first.status === 'playing' ? 'pause' : 'play' }));
speed.addEventListener('change', () => {
  send({ type: 'speed', stepsPerSecond: Number(speed.value) });
  writeUrl();
});
atEnd.addEventListener('change', () => {
  send({ type: 'atEnd', mode: atEnd.value === 'continue' ? 'continue' : 'stop' });
  showStatus();
  writeUrl();
});
colourBy.addEventListener('change', () => {
  view.setColourBy(colourBy.value as ColourBy);
  showLegend(element('legend-items'), t, colourBy.value as ColourBy, first.layout?.mcNames ?? []);
  redraw();
});
compare.addEventListener('change', () => {
  setCompare(compare.checked);
  load();
});
element('lang').addEventListener('change', (event) => {
  const query = new URLSearchParams(location.search);
  query.set('lang', (event.target as HTMLSelectElement).value);
  location.search = query.toString();
});
element('export-png').addEventListener('click', () =>
  savePng(networkCanvas, `clustersim-${current.scenario.name}-month-${stepNow()}.png`),
);
element('export-csv').addEventListener('click', () =>
  saveCsv(
    seriesCsv(
      runs().map((r) => r.rows),
      current.scenario.startYear,
    ),
    `clustersim-${current.scenario.name}.csv`,
  ),
);
window.addEventListener('resize', redraw);
bindInfoPanel(t);

// Start: the URL's state, or the selected scenario at a class-friendly 2 months a second.
speed.value = String(restored.speed ?? 2);
atEnd.value = restored.atEnd ?? 'stop';
if (COLOUR_BYS.includes(colourBy.value as ColourBy)) view.setColourBy(colourBy.value as ColourBy);
send({ type: 'speed', stepsPerSecond: Number(speed.value) });
send({ type: 'atEnd', mode: atEnd.value === 'continue' ? 'continue' : 'stop' });
if (!lesson) {
  pick(current.id, { seed: restored.seed, levers: restored.levers });
  if (restored.compare) setCompare(true, restored.compare);
  load();
}
writeUrl();
