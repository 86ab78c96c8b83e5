// The lever panel, generated from the lever registry: one control per lever (a slider, a switch, a choice, a choice of
// preset values, a choice of region, or a switch with a step and the month it stands for), grouped in boxes, each with its one-line explanation under it; read as
// LeverSettings, shown from the model's current values, and reporting each change the teacher makes.
import { stepDate } from '../../scenario/dates.js';
import { formatNumber, type Lang, type Messages } from '../i18n/index.js';
import { make } from './dom.js';
import {
  LEVERS,
  showValue,
  type Lever,
  type LeverChange,
  type LeverKey,
  type LeverSettings,
} from '../lever-registry.js';

export interface LeverControls {
  read(): LeverSettings;
  /**
   * Shows the levers' values; only controls whose value differs are touched, so a slider being dragged is left alone.
   */
  show(levers: LeverSettings): void;
  /** Dates the steps of timed levers for a scenario whose step 1 is January of startYear. */
  dateFrom(startYear: number): void;
}

/** The year the steps of timed levers are dated from until a scenario says otherwise (the schema's default). */
const DEFAULT_START_YEAR = 2005;

/** The id of a lever's input (for a timed lever: its step); its explanation is `${id}-explain`. */
export const controlId = (key: LeverKey) => `lever-${key}`;

/** One lever's control on the page. */
interface Control {
  row: HTMLElement;
  read(): unknown;
  write(value: unknown): void;
  /** Calls report whenever the teacher changes the control. */
  listen(report: () => void): void;
  /** A timed control: shows the month of its step for a scenario starting in startYear. */
  dateFrom?(startYear: number): void;
  /** A where control: usable only while its timed lever is on. */
  enable?(on: boolean): void;
}

function controlOf(lever: Lever, t: Messages, lang: Lang): Control {
  const words = t.levers.words[lever.key];
  const id = controlId(lever.key);
  const control = lever.control;
  const row = make('label');
  switch (control.kind) {
    case 'slider': {
      const input = make('input', {
        id,
        type: 'range',
        min: String(control.min),
        max: String(control.max),
        step: String(control.step),
        value: String(control.min),
      });
      const output = make('output', { id: `${id}-value` });
      const number = (v: number, digits: number) => formatNumber(lang, v, digits);
      const shown = () => void (output.value = showValue(control, Number(input.value), number, t.levers.units.krw));
      shown();
      input.addEventListener('input', shown);
      row.className = 'slider';
      row.append(make('span', {}, words.label), input, output);
      return {
        row,
        read: () => Number(input.value),
        write: (v) => {
          if (Number(input.value) !== v) input.value = String(v);
          shown();
        },
        listen: (report) => input.addEventListener('input', report),
      };
    }
    case 'switch': {
      const input = make('input', { id, type: 'checkbox' });
      row.className = 'switch';
      row.append(input, ` ${words.label}`);
      return {
        row,
        read: () => input.checked,
        write: (v) => void (input.checked !== v && (input.checked = v as boolean)),
        listen: (report) => input.addEventListener('change', report),
      };
    }
    case 'choice': {
      const names: Record<string, string> = t.levers.choices[lever.key as keyof Messages['levers']['choices']];
      const select = make('select', { id }, ...control.options.map((o) => new Option(names[o.value], o.value)));
      row.append(`${words.label} `, select);
      return {
        row,
        read: () => select.value,
        write: (v) => void (select.value !== v && (select.value = v as string)),
        listen: (report) => select.addEventListener('change', report),
      };
    }
    case 'preset':
    case 'where': {
      // A preset's null (the scenario's own values) is the option ''; a where lever's options are the regions' names.
      const names: Record<string, string> =
        control.kind === 'where'
          ? { ...t.regions, all: t.levers.everywhere }
          : { ...t.levers.choices[lever.key as keyof Messages['levers']['choices']], '': t.levers.ownMix };
      const values = [...(control.kind === 'preset' ? [''] : []), ...control.options.map((o) => o.value)];
      const select = make('select', { id }, ...values.map((v) => new Option(names[v], v)));
      const toValue = (v: string) => (control.kind === 'preset' && v === '' ? null : v);
      row.append(`${words.label} `, select);
      return {
        row,
        read: () => toValue(select.value),
        write: (v) => void (toValue(select.value) !== v && (select.value = (v as string | null) ?? '')),
        listen: (report) => select.addEventListener('change', report),
        enable: (on) => void (select.disabled = !on),
      };
    }
    case 'timed': {
      const on = make('input', { id: `${id}-switch`, type: 'checkbox' });
      const at = make('input', { id, type: 'number', min: '0', step: '1', value: String(control.firstAt) });
      const month = make('output', { id: `${id}-date` });
      let startYear = DEFAULT_START_YEAR;
      const step = () => Math.max(0, Math.round(Number(at.value) || 0));
      const dated = () => void (month.value = stepDate(startYear, step()));
      dated();
      at.addEventListener('input', dated);
      row.className = 'switch';
      at.setAttribute('aria-label', `${words.label} (${t.levers.month})`);
      row.append(on, ` ${words.label} `, at, ' = ', month);
      return {
        row,
        read: () => (on.checked ? step() : null),
        write: (v) => {
          if (on.checked !== (v !== null)) on.checked = v !== null;
          if (v !== null && Number(at.value) !== v) at.value = String(v);
          dated();
        },
        listen: (report) => {
          on.addEventListener('change', report);
          at.addEventListener('change', report);
        },
        dateFrom: (year) => {
          startYear = year;
          dated();
        },
      };
    }
  }
}

/** Builds the levers' controls into the panel and reports each change the teacher makes. */
export function bindLevers(
  panel: HTMLElement,
  t: Messages,
  lang: Lang,
  onChange: (change: LeverChange) => void,
): LeverControls {
  const controls = new Map<LeverKey, Control>();
  const boxes = new Map<string, HTMLFieldSetElement>();
  for (const lever of LEVERS) {
    const control = controlOf(lever, t, lang);
    const id = controlId(lever.key);
    const explain = make('p', { id: `${id}-explain`, className: 'explain' }, t.levers.words[lever.key].explain);
    control.row.querySelector(`#${id}`)?.setAttribute('aria-describedby', explain.id);
    let box = boxes.get(lever.group);
    if (!box) {
      box = make('fieldset', {}, make('legend', {}, t.levers.groups[lever.group]));
      boxes.set(lever.group, box);
      panel.append(box);
    }
    box.append(control.row, explain);
    control.listen(() => onChange({ key: lever.key, value: control.read() } as LeverChange));
    controls.set(lever.key, control);
  }
  // A where lever places its timed lever's policy: it can be chosen only while there is one.
  const enableWhere = () => {
    for (const lever of LEVERS)
      if (lever.control.kind === 'where')
        controls.get(lever.key)!.enable?.(controls.get(lever.control.timed as LeverKey)!.read() !== null);
  };
  for (const control of controls.values()) control.listen(enableWhere);
  enableWhere();
  return {
    read: () => Object.fromEntries(LEVERS.map((l) => [l.key, controls.get(l.key)!.read()])) as LeverSettings,
    show: (levers) => {
      for (const lever of LEVERS) controls.get(lever.key)!.write(levers[lever.key]);
      enableWhere();
    },
    dateFrom: (startYear) => {
      for (const control of controls.values()) control.dateFrom?.(startYear);
    },
  };
}
