// A guided lesson on the page, in five parts: the question and the student's prediction (buttons; the choice is kept
// and shown after), the run to a month, the marked moment to look at, the explanation from the model (with its ODD
// section), and a follow-up to try. The page sets the lesson's scenario and levers (start) and runs it (runTo).
import { stepDate } from '../../scenario/dates.js';
import { fill, type Lang, type Messages } from '../i18n/index.js';
import type { Lesson } from '../lessons/schema.js';
import { make, setText } from './dom.js';

export const LESSON_PARTS = 5;

export interface LessonState {
  lesson?: string;
  part?: number;
  prediction?: number;
}

export interface LessonHost {
  /** Sets the page up for a lesson (scenario, seed, levers, second run) and loads it; undefined: free play again. */
  start(lesson: Lesson | undefined): void;
  /** Plays the run to the month `step`. */
  runTo(step: number): void;
  /** The month the run has reached. */
  step(): number;
  startYear(): number;
  /** The lesson state changed (for the URL). */
  changed(state: LessonState): void;
}

export interface LessonPanel {
  /** A new frame of the run: updates the run part's progress. */
  progress(): void;
  state(): LessonState;
}

export function bindLessonPanel(
  select: HTMLSelectElement,
  body: HTMLElement,
  lessons: readonly Lesson[],
  t: Messages,
  lang: Lang,
  host: LessonHost,
  restored: LessonState,
): LessonPanel {
  let lesson: Lesson | undefined;
  let part = 0;
  let prediction: number | undefined;
  let status: HTMLElement | null = null;
  let next: HTMLButtonElement | null = null;
  const date = (step: number) => stepDate(host.startYear(), step);
  const reached = () => lesson !== undefined && host.step() >= lesson.runTo;
  const state = (): LessonState => (lesson ? { lesson: lesson.id, part, prediction } : {});

  select.add(new Option(t.lessons.none, ''));
  for (const l of lessons) select.add(new Option(l.title[lang], l.id));

  function content(l: Lesson): HTMLElement[] {
    const said =
      prediction !== undefined
        ? [make('p', { className: 'predicted' }, fill(t.lessons.predicted, { choice: l.choices[prediction][lang] }))]
        : [];
    switch (part) {
      case 0: {
        const choices = l.choices.map((c, k) => {
          const button = make('button', { type: 'button', className: 'choice', id: `lesson-choice-${k}` }, c[lang]);
          button.setAttribute('aria-pressed', String(k === prediction));
          button.addEventListener('click', () => {
            prediction = k;
            render(`lesson-choice-${k}`);
          });
          return button;
        });
        const hint = prediction === undefined ? [make('p', { className: 'hint' }, t.lessons.predictFirst)] : said;
        return [
          make('h3', {}, t.lessons.predictTitle),
          make('p', {}, l.question[lang]),
          make('div', { className: 'choices', role: 'group' }, ...choices),
          ...hint,
        ];
      }
      case 1: {
        const button = make(
          'button',
          { type: 'button', id: 'lesson-run' },
          fill(t.lessons.run, { date: date(l.runTo) }),
        );
        button.addEventListener('click', () => host.runTo(l.runTo));
        status = make('p', { id: 'lesson-progress', role: 'status' });
        return [make('h3', {}, t.lessons.runTitle), make('p', {}, l.question[lang]), ...said, button, status];
      }
      case 2:
        return [
          make('h3', {}, t.lessons.lookTitle),
          make('p', {}, fill(t.lessons.lookAt, { date: date(l.look.at) })),
          make('p', {}, l.look.what[lang]),
          ...said,
        ];
      case 3:
        return [
          make('h3', {}, t.lessons.explainTitle),
          ...said,
          make('p', {}, l.explain[lang]),
          make('p', { className: 'odd' }, fill(t.lessons.odd, { section: l.odd })),
        ];
      default:
        return [make('h3', {}, t.lessons.tryTitle), make('p', {}, l.followUp[lang])];
    }
  }

  function progress(): void {
    if (!lesson || part !== 1 || !status || !next) return;
    setText(
      status,
      reached()
        ? fill(t.lessons.ran, { date: date(host.step()) })
        : fill(t.lessons.running, { date: date(host.step()) }),
    );
    if (next.disabled === reached()) next.disabled = !reached();
  }

  function render(focus?: string): void {
    status = null;
    next = null;
    if (!lesson) return void body.replaceChildren();
    const back = make('button', { type: 'button', id: 'lesson-back' }, t.lessons.back);
    back.disabled = part === 0;
    back.addEventListener('click', () => go(part - 1));
    next = make('button', { type: 'button', id: 'lesson-next' }, t.lessons.next);
    next.disabled = part === LESSON_PARTS - 1 || (part === 0 && prediction === undefined);
    next.addEventListener('click', () => go(part + 1));
    const close = make('button', { type: 'button', id: 'lesson-close' }, t.lessons.close);
    close.addEventListener('click', () => choose(undefined));
    const heading = make(
      'p',
      { className: 'part', id: 'lesson-part', tabIndex: '-1' } as Record<string, string>,
      fill(t.lessons.stepOf, { n: part + 1, total: LESSON_PARTS }),
    );
    body.replaceChildren(heading, ...content(lesson), make('div', { className: 'lesson-nav' }, back, next, close));
    body.dataset.part = String(part);
    progress();
    host.changed(state());
    document.getElementById(focus ?? '')?.focus();
  }

  /** Shows part `to`, running to the lesson's month first when the part needs the run; `focus` moves there. */
  function go(to: number, focus = true): void {
    if (!lesson) return;
    part = Math.max(0, Math.min(LESSON_PARTS - 1, to));
    if (part >= 2 && !reached()) host.runTo(lesson.runTo);
    render(focus ? 'lesson-part' : undefined);
  }

  function choose(l: Lesson | undefined, at: LessonState = {}): void {
    lesson = l;
    part = 0;
    prediction = l && at.prediction !== undefined && at.prediction < l.choices.length ? at.prediction : undefined;
    select.value = l?.id ?? '';
    host.start(l);
    if (l && at.part !== undefined && (at.part === 0 || prediction !== undefined)) go(at.part, false);
    else render();
  }

  select.addEventListener('change', () => choose(lessons.find((l) => l.id === select.value)));
  const first = lessons.find((l) => l.id === restored.lesson);
  if (first) choose(first, restored);
  return { progress, state };
}
