// The lever panel, generated from the lever registry: one control per lever (a slider, a switch, a choice, or a switch
// with a step and the month it stands for), grouped in boxes, each with its one-line explanation under it; read as
// LeverSettings, shown from the model's current values, and reporting each change the teacher makes.
import { stepDate } from '../../scenario/dates.js';
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
}

/** An element with its properties (id, type, value, ...) and children. */
function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node: HTMLElementTagNameMap[K] = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function controlOf(lever: Lever): Control {
  const id = controlId(lever.key);
  const control = lever.control;
  const row = make('label', { title: `scenario parameter ${lever.path}` });
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
      const shown = () => void (output.value = showValue(control, Number(input.value)));
      shown();
      input.addEventListener('input', shown);
      row.className = 'slider';
      row.append(make('span', {}, lever.label), input, output);
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
      row.append(input, ` ${lever.label}`);
      return {
        row,
        read: () => input.checked,
        write: (v) => void (input.checked !== v && (input.checked = v as boolean)),
        listen: (report) => input.addEventListener('change', report),
      };
    }
    case 'choice': {
      const select = make('select', { id }, ...control.options.map((o) => new Option(o.label, o.value)));
      row.append(`${lever.label} `, select);
      return {
        row,
        read: () => select.value,
        write: (v) => void (select.value !== v && (select.value = v as string)),
        listen: (report) => select.addEventListener('change', report),
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
      row.append(on, ` ${lever.label} `, at, ' = ', month);
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
export function bindLevers(panel: HTMLElement, onChange: (change: LeverChange) => void): LeverControls {
  const controls = new Map<LeverKey, Control>();
  const boxes = new Map<string, HTMLFieldSetElement>();
  for (const lever of LEVERS) {
    const control = controlOf(lever);
    const id = controlId(lever.key);
    const explain = make('p', { id: `${id}-explain`, className: 'explain' }, lever.explain);
    control.row.querySelector(`#${id}`)?.setAttribute('aria-describedby', explain.id);
    let box = boxes.get(lever.group);
    if (!box) {
      box = make('fieldset', {}, make('legend', {}, lever.group));
      boxes.set(lever.group, box);
      panel.append(box);
    }
    box.append(control.row, explain);
    control.listen(() => onChange({ key: lever.key, value: control.read() } as LeverChange));
    controls.set(lever.key, control);
  }
  return {
    read: () => Object.fromEntries(LEVERS.map((l) => [l.key, controls.get(l.key)!.read()])) as LeverSettings,
    show: (levers) => {
      for (const lever of LEVERS) controls.get(lever.key)!.write(levers[lever.key]);
    },
    dateFrom: (startYear) => {
      for (const control of controls.values()) control.dateFrom?.(startYear);
    },
  };
}
