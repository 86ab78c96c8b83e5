// The Info panel, one click away: what the model is, what the picture and the charts show, how a month works, the
// measures, things to notice and to try, how to go further, and a glossary of the page's words; a <dialog>, so the
// browser gives it focus, Escape and a modal backdrop.
import type { Messages } from '../i18n/index.js';
import { element, make } from './dom.js';

export function bindInfoPanel(t: Messages): void {
  const dialog = element<HTMLDialogElement>('info');
  const body = element('info-body');
  for (const section of t.info.sections)
    body.append(make('section', {}, make('h3', {}, section.title), ...section.text.map((p) => make('p', {}, p))));
  const glossary = make('dl', { className: 'glossary' });
  for (const [term, meaning] of t.info.glossary) glossary.append(make('dt', {}, term), make('dd', {}, meaning));
  body.append(make('section', {}, make('h3', {}, t.info.glossaryTitle), glossary));
  const opener = element<HTMLButtonElement>('info-open');
  opener.addEventListener('click', () => dialog.showModal());
  element('info-close').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => opener.focus());
}
