// Whether a text is well-formed XML in its element structure: every tag complete (attribute values quoted), every
// element closed by its own end tag, comments, CDATA sections and processing instructions closed, one root element and
// no text outside it. @xmldom/xmldom, which builds the tree clustersim reads networks from, repairs unclosed and
// mismatched tags without a word, so a truncated or broken file would be read as some other network; this check comes
// first. Hand-written: no strict XML parser is among the dependencies; this is one linear scan.

export interface XmlPlace {
  line: number;
  column: number;
}

const NAME = '[A-Za-z_:\\u00C0-\\uFFFF][-A-Za-z0-9._:\\u00B7\\u00C0-\\uFFFF]*';
const START_TAG = new RegExp(`<(${NAME})(?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*\\s*(/?)>`, 'y');
const END_TAG = new RegExp(`</(${NAME})\\s*>`, 'y');
const DOCTYPE = /<!DOCTYPE(?:[^[>]|\[[^\]]*\])*>/y;
/** Markup that is not an element, and where it ends. */
const CLOSERS: readonly [string, string][] = [
  ['<?', '?>'],
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
];

/** Line and column (from 1) of an offset. */
function placeOf(text: string, offset: number): XmlPlace {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** Where the first fault of the element structure is, or null when there is none. */
export function xmlStructureFault(text: string): XmlPlace | null {
  const open: string[] = [];
  let roots = 0;
  let at = 0;
  const outside = (from: number, to: number) => open.length === 0 && text.slice(from, to).trim() !== '';
  for (;;) {
    const lt = text.indexOf('<', at);
    const textEnd = lt < 0 ? text.length : lt;
    if (outside(at, textEnd)) return placeOf(text, at + text.slice(at, textEnd).search(/\S/));
    if (lt < 0) break;
    const other = CLOSERS.find(([opener]) => text.startsWith(opener, lt));
    if (other) {
      const end = text.indexOf(other[1], lt + other[0].length);
      if (end < 0 || (other[0] === '<![CDATA[' && open.length === 0)) return placeOf(text, lt);
      at = end + other[1].length;
      continue;
    }
    if (text.startsWith('<!DOCTYPE', lt)) {
      DOCTYPE.lastIndex = lt;
      if (roots > 0 || !DOCTYPE.test(text)) return placeOf(text, lt);
      at = DOCTYPE.lastIndex;
      continue;
    }
    END_TAG.lastIndex = lt;
    const end = END_TAG.exec(text);
    if (end) {
      if (open.pop() !== end[1]) return placeOf(text, lt);
      at = END_TAG.lastIndex;
      continue;
    }
    START_TAG.lastIndex = lt;
    const start = START_TAG.exec(text);
    if (!start || (open.length === 0 && roots++ > 0)) return placeOf(text, lt);
    if (start[2] !== '/') open.push(start[1]);
    at = START_TAG.lastIndex;
  }
  return open.length > 0 || roots === 0 ? placeOf(text, text.length) : null;
}
