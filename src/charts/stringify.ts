// Spec files as readable JSON: two-space indentation, but each row of inlined data on one line, so files stay short and
// diffable.

function isFlatRecord(value: unknown): boolean {
  return (
    !!value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => v === null || typeof v !== 'object')
  );
}

function write(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const inner = indent + '  ';
    if (value.every(isFlatRecord)) return `[\n${value.map((v) => inner + JSON.stringify(v)).join(',\n')}\n${indent}]`;
    return `[\n${value.map((v) => inner + write(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const inner = indent + '  ';
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${write(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** JSON text of a spec, ending with a newline. */
export function stringifySpec(spec: unknown): string {
  return write(spec, '') + '\n';
}

/** The files of a chart folder: { 'charts/<name>': text } (prefix configurable), for writeFolderAtomically. */
export function chartFiles(specs: Record<string, unknown>, folder = 'charts'): Record<string, string> {
  return Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [folder ? `${folder}/${name}` : name, stringifySpec(spec)]),
  );
}
