// Reading a Vega SVG in tests: the items of a named mark (summed over facet cells) and the texts it shows.

/** Items of the mark whose class is `name` ("interval_marks" for a vega-lite layer named "interval", "marks" for a single
 * unnamed mark), summed over every group that draws it (one per facet cell or series). */
export function countMarkItems(svg: string, name: string): number {
  const groups = [...svg.matchAll(new RegExp(`<g class="mark-\\w+ role-mark ${name}"[^>]*>(.*?)</g>`, 'gs'))];
  return groups.reduce((n, g) => n + (g[1].match(/role="graphics-symbol"/g) ?? []).length, 0);
}

/** Every item whose aria role description is `description` ("rule mark", "point", "bar", "line mark"...). */
export function countRole(svg: string, description: string): number {
  return (svg.match(new RegExp(`aria-roledescription="${description}"`, 'g')) ?? []).length;
}

/**
 * The texts of a role: "axis-title", "title-text", "axis-label", "legend-label", "mark"; a text of several lines (tspans)
 * with its lines joined by "\n".
 */
export function textsOf(svg: string, role: string): string[] {
  const groups = [...svg.matchAll(new RegExp(`<g class="mark-text role-${role}[^"]*"[^>]*>(.*?)</g>`, 'gs'))];
  return groups.flatMap((g) =>
    [...g[1].matchAll(/<text[^>]*>(.*?)<\/text>/gs)].map((m) => {
      const lines = [...m[1].matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => unescapeXml(t[1]));
      return lines.length > 0 ? lines.join('\n') : unescapeXml(m[1]);
    }),
  );
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}
