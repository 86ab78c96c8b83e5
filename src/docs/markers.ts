// Generated blocks in Markdown: the text between `<!-- name:start -->` and `<!-- name:end -->`, read and replaced.

const markers = (name: string) => ({ start: `<!-- ${name}:start -->`, end: `<!-- ${name}:end -->` });

function locate(text: string, name: string): { from: number; to: number } {
  const { start, end } = markers(name);
  const s = text.indexOf(start);
  const e = text.indexOf(end);
  if (s < 0 || e < 0 || e < s) throw new Error(`clustersim/docs: markers ${start} ... ${end} not found in order`);
  if (text.indexOf(start, s + 1) >= 0 || text.indexOf(end, e + 1) >= 0)
    throw new Error(`clustersim/docs: markers of "${name}" appear more than once`);
  return { from: s + start.length, to: e };
}

/** The generated content between the markers, without the blank-line padding the writer adds. */
export function readBlock(text: string, name: string): string {
  const { from, to } = locate(text, name);
  return text.slice(from, to).replace(/^\n+/, '').replace(/\n+$/, '');
}

/** The text with the content between the markers replaced (padded with one newline on each side). */
export function replaceBlock(text: string, name: string, content: string): string {
  const { from, to } = locate(text, name);
  return `${text.slice(0, from)}\n${content}\n${text.slice(to)}`;
}
