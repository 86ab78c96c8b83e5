// The page's catalogues: the same keys and list lengths in every language, every word of the template and every lever
// in both, plain one-line lever explanations, the template without words of its own, and Intl formatting per language.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUES,
  fill,
  formatMonth,
  formatNumber,
  LANGS,
  langFromSearch,
  messageAt,
  messagePaths,
} from '../../../src/web/i18n/index.js';
import { REGIONS } from '../../../src/model/geography.js';
import { LEVERS } from '../../../src/web/lever-registry.js';

const web = resolve(import.meta.dirname, '..', '..', '..', 'src', 'web');
const template = readFileSync(join(web, 'page', 'index.html'), 'utf8');

describe('the language of a URL', () => {
  it('falls back to English for a missing or unknown language', () => {
    expect(langFromSearch('')).toBe('en');
    expect(langFromSearch('?lang=fr')).toBe('en');
    expect(langFromSearch('?lang=KO')).toBe('en');
    expect(langFromSearch('?lang=__proto__')).toBe('en');
    expect(langFromSearch('?lang=ko')).toBe('ko');
    expect(langFromSearch('?lang=fr', 'ko')).toBe('ko');
  });
});

describe('fill', () => {
  it('leaves a place without a value as it is, and fills the others', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(fill('Run to {date}', { date: '2009-12' })).toBe('Run to 2009-12');
  });
});

describe('Intl per language', () => {
  it('writes numbers and months as each language does', () => {
    expect(formatNumber('en', 3465)).toBe('3,465');
    expect(formatNumber('ko', 3465)).toBe('3,465');
    expect(formatNumber('en', 0.0301, 4)).toBe('0.0301');
    expect(formatMonth('en', 2005, 60)).toBe('December 2009');
    expect(formatMonth('ko', 2005, 60)).toBe('2009년 12월');
    expect(formatMonth('en', 2005, 0)).toBe('December 2004');
  });
});

describe('the catalogues', () => {
  const paths = Object.fromEntries(LANGS.map((lang) => [lang, messagePaths(CATALOGUES[lang])]));

  it('have the same messages, lists of the same lengths, none empty, in every language', () => {
    const english = [...paths.en.keys()].sort();
    expect(english.length).toBeGreaterThan(150);
    for (const lang of LANGS) {
      expect([...paths[lang].keys()].sort(), lang).toEqual(english);
      for (const [path, text] of paths[lang]) expect(text.trim(), `${lang} ${path}`).not.toBe('');
    }
  });

  it('fill the same {places} in each language', () => {
    const places = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const [path, text] of paths.en) expect(places(paths.ko.get(path)!), path).toEqual(places(text));
  });

  it('write the Korean with Korean letters and the paper’s terms', () => {
    const korean = [...paths.ko.values()].join('\n');
    for (const term of [
      '미니클러스터',
      '산학연',
      '회원사',
      '산업단지',
      '네트워크 활동',
      '애로기술',
      '회비',
      '정부 지원금',
      '거점',
      '전문가 풀',
    ])
      expect(korean, term).toContain(term);
    const english = [...paths.ko.entries()].filter(
      ([, text]) => !/[가-힣]/.test(text) && /[a-z]{3}/i.test(text.replace(/\{\w+\}/g, '')),
    );
    expect(english.map(([path]) => path)).toEqual([]);
  });

  it('name every region of the model, in English as the model does', () => {
    for (const lang of LANGS)
      expect(Object.keys(CATALOGUES[lang].regions).sort(), lang).toEqual(REGIONS.map((r) => r.id).sort());
    for (const region of REGIONS) expect(CATALOGUES.en.regions[region.id as 'gangwon']).toBe(region.name);
  });

  describe.each(LEVERS.map((l) => [l.key, l] as const))('lever %s', (key, lever) => {
    it('has a label and a one-line explanation in every language, plain in English', () => {
      for (const lang of LANGS) {
        const words = CATALOGUES[lang].levers.words[key];
        for (const text of [words.label, words.explain]) {
          expect(text.trim(), lang).not.toBe('');
          expect(text).not.toMatch(/[\n\r]/);
        }
        expect(words.explain, lang).toMatch(/^.{15,200}\.$/);
        expect(CATALOGUES[lang].levers.groups[lever.group].trim()).not.toBe('');
        if (lever.control.kind === 'choice') {
          const names = CATALOGUES[lang].levers.choices[key as 'scope'];
          expect(Object.keys(names).sort()).toEqual(lever.control.options.map((o) => o.value).sort());
        }
        if (lever.control.kind === 'preset') {
          const names = CATALOGUES[lang].levers.choices[key as 'activityMix'];
          expect(Object.keys(names).sort()).toEqual(lever.control.options.map((o) => o.value).sort());
          expect(CATALOGUES[lang].levers.ownMix.trim()).not.toBe('');
        }
        if (lever.control.kind === 'where')
          for (const o of lever.control.options)
            expect(o.value === 'all' || o.value in CATALOGUES[lang].regions, o.value).toBe(true);
      }
      const english = CATALOGUES.en.levers.words[key];
      for (const text of [english.label, english.explain])
        expect(text.replace(/\([^)]*\)/g, '')).not.toMatch(/\b[A-Z]{2,}s?\b/);
      expect(english.explain).toMatch(/^[A-Z].{20,160}\.$/);
    });
  });
});

describe('the page template', () => {
  it('takes every word from the catalogues: each data-i18n key is a message of every language', () => {
    const keys = [...template.matchAll(/data-i18n(?:-label)?="([^"]+)"/g)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(30);
    for (const lang of LANGS)
      for (const key of keys) expect(messageAt(CATALOGUES[lang], key), `${lang} ${key}`).toBeTypeOf('string');
    expect(messageAt(CATALOGUES.en, 'header.nothing')).toBeUndefined();
    expect(messageAt(CATALOGUES.en, 'header')).toBeUndefined();
  });

  it('has no words of its own in the body, outside the elements the catalogues fill', () => {
    const body = template.slice(template.indexOf('<body'), template.indexOf('<script'));
    const text = body
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]+>/g, '\n')
      .split('\n')
      .map((s) => s.trim())
      .filter((s) => s !== '' && !/^(clustersim|0 \/ 0)$/.test(s));
    expect(text).toEqual([]);
  });
});
