// Small DOM helpers of the page: an element by id (an error naming it when the template lacks it), an element built
// with its properties and children, and the template's words put in from the catalogue of the page's language.
import { messageAt, type Messages } from '../i18n/index.js';

export function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`clustersim/page: the page has no #${id}`);
  return found as T;
}

/** Sets an element's text only when it changes: a frame that rewrites the same words costs no layout. */
export function setText(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/** An element with its properties (id, type, value, ...) and children. */
export function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node: HTMLElementTagNameMap[K] = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/**
 * Puts the catalogue's words into the template: the text of every [data-i18n] element, the aria-label of every
 * [data-i18n-label] one. A key the catalogue lacks is an error that names it (tests/web/i18n.test.ts checks them all).
 */
export function applyMessages(root: ParentNode, t: Messages): void {
  const words = (key: string) => {
    const text = messageAt(t, key);
    if (text === undefined) throw new Error(`clustersim/page: the catalogue has no message "${key}"`);
    return text;
  };
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n]')) node.textContent = words(node.dataset.i18n!);
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n-label]'))
    node.setAttribute('aria-label', words(node.dataset.i18nLabel!));
}
