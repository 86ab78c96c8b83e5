// Escaping for a self-contained HTML page: text in elements, JSON and scripts inside <script> tags.
import { escapeMarkup } from '../output/xml.js';

/** Text in an HTML element or double-quoted attribute: & < > " as entities (the XML writers' markup escaping). */
export function escapeHtml(text: string): string {
  return escapeMarkup(text);
}

/** JSON safe inside <script type="application/json">: no "<" can close the tag. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Library code safe inside <script>: "</script" and "<!--" cannot end or confuse the tag. */
export function scriptCode(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}
