// Text for XML 1.0 documents (GEXF, GraphML), inside elements or double-quoted attributes: the markup characters
// escaped, and the characters XML 1.0 forbids (C0 controls but tab, newline and return; U+FFFE, U+FFFF) dropped, lone
// surrogates replaced by U+FFFD (what writing the text as UTF-8 would make of them anyway). HTML pages share the markup
// escaping.

/** Characters no XML 1.0 document may hold, even as a character reference. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** A high surrogate without a low one after it, or a low one without a high one before it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Anything escapeXml may change (surrogates in pairs included: the slow path tells them apart). */
const NEEDS_WORK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF&<>"']/;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * The markup characters & < > " (and ' if asked) as entities; nothing else changes. Safe in XML and HTML text and
 * attributes.
 */
export function escapeMarkup(text: string, apostrophes = false): string {
  const pattern = apostrophes ? /[&<>"']/g : /[&<>"]/g;
  return text.replace(pattern, (c) => ENTITIES[c]);
}

/** The text with every character XML 1.0 forbids dropped, and lone surrogates replaced by U+FFFD. */
export function xmlChars(text: string): string {
  return text.replace(FORBIDDEN, '').replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Text safe inside an XML 1.0 element or double-quoted attribute: forbidden characters dropped (see xmlChars), & < > "
 * escaped, and ' too when `apostrophes` is set (GEXF writes &apos;, GraphML leaves ' as it is).
 */
export function escapeXml(text: string, apostrophes = false): string {
  return NEEDS_WORK.test(text) ? escapeMarkup(xmlChars(text), apostrophes) : text;
}
