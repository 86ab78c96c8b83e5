// The element structure of XML: faults first (unclosed, mismatched and incomplete tags, unquoted attributes, a second
// root, text outside the root, unclosed comments, an empty text), each at its line and column; then well-formed texts
// with a declaration, comments, CDATA, a DOCTYPE, '>' in attributes and a byte-order mark.
import { describe, expect, it } from 'vitest';
import { xmlStructureFault } from '../../src/output/well-formed.js';

describe('xmlStructureFault', () => {
  it('finds the first fault of the element structure, at its line and column', () => {
    expect(xmlStructureFault('<a><b></a>')).toEqual({ line: 1, column: 7 });
    expect(xmlStructureFault('<a>\n  <b>\n</a>')).toEqual({ line: 3, column: 1 });
    expect(xmlStructureFault('<a></b>')).toEqual({ line: 1, column: 4 });
    expect(xmlStructureFault('<a>\n<b/>')).toEqual({ line: 2, column: 5 });
    expect(xmlStructureFault('<a x=1/>')).toEqual({ line: 1, column: 1 });
    expect(xmlStructureFault('<a x="<"/>')).toEqual({ line: 1, column: 1 });
    expect(xmlStructureFault('<a></a><b/>')).toEqual({ line: 1, column: 8 });
    expect(xmlStructureFault('x<a/>')).toEqual({ line: 1, column: 1 });
    expect(xmlStructureFault('<a/>\n  x')).toEqual({ line: 2, column: 3 });
    expect(xmlStructureFault('<a><!-- x </a>')).toEqual({ line: 1, column: 4 });
    expect(xmlStructureFault('<a><b')).toEqual({ line: 1, column: 4 });
    expect(xmlStructureFault('')).toEqual({ line: 1, column: 1 });
  });

  it('finds a text cut short, as a killed write would leave it', () => {
    const whole =
      '<?xml version="1.0"?>\n<gexf>\n  <graph>\n    <nodes>\n      <node id="1"/>\n    </nodes>\n  </graph>\n</gexf>\n';
    expect(xmlStructureFault(whole)).toBeNull();
    for (let cut = 1; cut < whole.trimEnd().length; cut++)
      expect(xmlStructureFault(whole.slice(0, cut)), `cut at ${cut}`).not.toBeNull();
  });

  it('passes well-formed texts: a declaration, comments, CDATA, a DOCTYPE, > in attributes, a byte-order mark', () => {
    expect(xmlStructureFault('<a/>')).toBeNull();
    expect(
      xmlStructureFault(
        '<?xml version="1.0"?>\n<!-- c --><a x="1" y=\'>\'><b/><![CDATA[<x></y>]]>text</a>\n<!-- end -->\n',
      ),
    ).toBeNull();
    expect(xmlStructureFault('<!DOCTYPE a [<!ENTITY x "y">]>\n<a>&x;</a>')).toBeNull();
    expect(xmlStructureFault('\uFEFF<a/>')).toBeNull();
    expect(xmlStructureFault('<graphml xmlns:y="u"><y:key  a = "1" /></graphml>')).toBeNull();
  });
});
