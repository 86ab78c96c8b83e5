// The legend under the network: what each colour means for the colouring chosen (kind, mini-cluster, satisfaction),
// and the grey of park firms that are not members.
import { fill, type Messages } from '../i18n/index.js';
import type { ColourBy } from './network-view.js';
import { KIND_COLOURS, mcColour, NON_MEMBER_COLOUR, satisfactionGradient } from './palette.js';
import { kindWords } from './charts.js';
import { make } from './dom.js';

/** MCs named in the legend; the others are counted. */
const MC_SHOWN = 12;

const swatch = (colour: string, words: string) => {
  const item = make('span', { className: 'swatch' }, words);
  item.style.setProperty('--c', colour);
  return item;
};

export function showLegend(box: HTMLElement, t: Messages, colourBy: ColourBy, mcNames: readonly string[]): void {
  const items: HTMLElement[] = [];
  if (colourBy === 'kind') kindWords(t).forEach((words, k) => items.push(swatch(KIND_COLOURS[k], words)));
  if (colourBy === 'mc') {
    mcNames.slice(0, MC_SHOWN).forEach((name, c) => items.push(swatch(mcColour(c), name)));
    if (mcNames.length > MC_SHOWN)
      items.push(make('span', {}, fill(t.network.mcMore, { n: mcNames.length - MC_SHOWN })));
  }
  if (colourBy === 'satisfaction') {
    const bar = make('span', { className: 'ramp' });
    bar.style.background = satisfactionGradient();
    items.push(make('span', { className: 'scale' }, t.network.satisfactionLow, bar, t.network.satisfactionHigh));
  }
  items.push(swatch(NON_MEMBER_COLOUR, t.network.nonMember));
  box.replaceChildren(...items);
  box.dataset.colourBy = colourBy;
}
