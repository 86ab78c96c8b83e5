// Lesson files: bad ones first (every problem named with file, line and path, nothing thrown but LessonError), then
// every file of lessons/ (both languages, its scenario offered by the page, its ODD section a heading of docs/ODD.md,
// the moment to look at reached by the run), and a folder listing that leaves out what does not load.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LessonError, listLessons, loadLesson } from '../../../src/web/lessons/load.js';
import { lessonsDir, scenariosDir } from '../../../src/web/paths.js';
import { listScenarios } from '../../../src/web/scenario-list.js';
import { tempFolder } from '../../helpers/temp.js';

const root = resolve(import.meta.dirname, '..', '..', '..');
const scenarioIds = listScenarios({ dir: scenariosDir() }).entries.map((e) => e.id);
const both = (text: string) => ({ en: text, ko: `${text} (한국어)` });
const good = {
  id: 'tiny',
  title: both('Tiny'),
  scenario: 'preset:classroom',
  levers: { subsidyLevel: 0.5, withdrawalAt: null, scope: 'region' },
  question: both('What?'),
  choices: [both('this'), both('that')],
  runTo: 24,
  look: { at: 12, what: both('Look') },
  explain: both('Because.'),
  odd: '7.3',
  followUp: both('Try.'),
};

let dir: string;
beforeAll(async () => void (dir = tempFolder('clustersim-lessons-test-')));

async function lessonFile(name: string, content: unknown): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

function problemsOf(file: string, scenarios?: string[]): string[] {
  try {
    loadLesson(file, scenarios);
  } catch (error) {
    expect(error).toBeInstanceOf(LessonError);
    return (error as LessonError).message.split('\n').map((line) => line.replace(`${file}:`, ''));
  }
  return [];
}

describe('a bad lesson file', () => {
  it('names every problem with its line and path, the value found and what was expected', async () => {
    const file = await lessonFile('bad.json', {
      ...good,
      id: 'Bad Id',
      levers: { subsidyLevel: 5, colour: 'red', scope: 'moon' },
      choices: [both('only one')],
      odd: 'seven',
    });
    expect(problemsOf(file)).toEqual([
      '2:9: id: expected lower-case letters, digits and dashes, got "Bad Id"',
      '11:14: levers.scope: Invalid option: expected one of "park"|"region"|"national", got "moon"',
      '9:21: levers.subsidyLevel: Too big: expected number to be <=2, got 5',
      '8:13: levers: Unrecognized key: "colour", got {"subsidyLevel":5,"colour":"red","scope":"moon"}',
      '17:14: choices: Too small: expected array to have >=2 items, got [{"en":"only one","ko":"only one (한국어)"}]',
      '35:10: odd: expected a section number of docs/ODD.md, such as 7.3, got "seven"',
    ]);
  });

  it('needs every text in both languages, and a moment the run reaches', async () => {
    const file = await lessonFile('half.yaml', {
      ...good,
      title: { en: 'Only English' },
      look: { at: 30, what: both('x') },
    });
    expect(problemsOf(file)).toEqual([
      '3:12: title.ko: Invalid input: expected string, received undefined, got nothing',
    ]);
    const late = await lessonFile('late.yaml', { ...good, look: { at: 30, what: both('x') } });
    expect(problemsOf(late)).toEqual([
      '29:11: look.at: expected a month at or before runTo: the run must reach the moment to look at, got 30',
    ]);
  });

  it('names a scenario the page does not offer, and files that are not lessons at all', async () => {
    const file = await lessonFile('elsewhere.json', { ...good, scenario: 'scenarios/nowhere.yaml' });
    const [problem] = problemsOf(file, ['preset:classroom', 'preset:national']);
    expect(problem).toBe(
      '7:15: scenario: expected one of the page\'s scenarios (preset:classroom, preset:national), got "scenarios/nowhere.yaml"',
    );
    expect(problemsOf(await lessonFile('list.yaml', '- a\n- b\n'))).toEqual([
      ' a lesson must be a mapping of keys to values, got a list',
    ]);
    expect(problemsOf(join(dir, 'missing.yaml'))).toEqual([' cannot read the file: no such file']);
  });

  it('is left out of the folder listing with a warning; the good ones stay', async () => {
    const folder = await mkdtemp(join(dir, 'folder-'));
    await writeFile(join(folder, 'a.json'), JSON.stringify(good));
    await writeFile(join(folder, 'b.json'), JSON.stringify({ ...good, odd: 'x' }));
    await writeFile(join(folder, 'c.json'), JSON.stringify(good));
    await writeFile(join(folder, 'notes.txt'), 'not a lesson');
    const { lessons, warnings } = listLessons(folder);
    expect(lessons.map((l) => l.id)).toEqual(['tiny']);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^skipped b\.json: .*odd: expected a section number/);
    expect(warnings[1]).toBe('skipped c.json: a lesson with id "tiny" came first');
    expect(listLessons(join(dir, 'no-such-folder'))).toEqual({ lessons: [], warnings: [] });
  });
});

describe('the lessons of lessons/', () => {
  const files = readdirSync(lessonsDir()).filter((f) => f.endsWith('.yaml'));
  const odd = readFileSync(join(root, 'docs', 'ODD.md'), 'utf8');

  it('are at least the four of the paper’s questions', () => {
    const ids = files.map((f) => loadLesson(join(lessonsDir(), f), scenarioIds).id).sort();
    expect(ids).toEqual(['fees', 'opening-the-networks', 'subsidy-end', 'widening-to-the-region']);
  });

  it.each(files)('%s loads, cites a section of the ODD and compares one setting', (name) => {
    const lesson = loadLesson(join(lessonsDir(), name), scenarioIds);
    expect(odd).toMatch(new RegExp(`^#{2,3} ${lesson.odd.replace('.', '\\.')}[. ]`, 'm'));
    expect(lesson.choices.length).toBeGreaterThanOrEqual(2);
    expect(lesson.compare && Object.keys(lesson.compare).sort()).toEqual(Object.keys(lesson.levers).sort());
    for (const key of Object.keys(lesson.levers) as (keyof typeof lesson.levers)[])
      expect(lesson.compare?.[key], key).not.toEqual(lesson.levers[key]);
  });
});
