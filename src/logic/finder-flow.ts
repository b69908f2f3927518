// The help finder's flow as pure functions: where "Verder", "Vorige", "Liever niet zeggen", "Wijzig"
// and "Opnieuw beginnen" lead, and what the step counter says. The component only draws the screen
// these return (a component draws; the flow is logic, tested with tables).
import { itemsFor, questionScreens, screensFor } from './finder.ts';
import type { FinderAnswers, QuestionScreen, Screen } from './finder.ts';

export { questionScreens, type QuestionScreen };

export interface FinderState {
  answers: FinderAnswers;
  screen: Screen;
  /** Changing one answer from the result: "Verder" leads back to the result. */
  editing: boolean;
}

const empty = (): FinderAnswers => ({ items: {} });

/** The first screen: with the role already known (from the self-check), "danger now", which is always asked. */
export function startFinder(initial?: FinderAnswers): FinderState {
  const answers = initial ?? empty();
  return { answers, screen: answers.role ? 'danger' : 'role', editing: false };
}

/** "Stap 3 van hooguit 5": the number of the screen among all that can come, and that fixed total. */
export function stepOf(screen: Screen): { n: number; total: number } | undefined {
  const n = questionScreens.indexOf(screen as QuestionScreen);
  return n === -1 ? undefined : { n: n + 1, total: questionScreens.length };
}

export type NextResult = { state: FinderState } | { error: 'chooseRole' };

/**
 * "Verder": the next screen that applies to the answers. While changing one answer from the result,
 * the next screen is the first one the change made relevant and that has no answer yet, or else the
 * result again.
 */
export function next(state: FinderState): NextResult {
  const { answers, screen, editing } = state;
  if (screen === 'role' && !answers.role) return { error: 'chooseRole' };
  const screens = screensFor(answers);
  const later = screens.slice(screens.indexOf(screen) + 1);
  if (!editing) return { state: { ...state, screen: later[0] ?? 'result' } };
  const open = later.find(
    (s) => (s === 'report' && !answers.wantsToReport) || (s === 'anonymous' && !answers.anonymous),
  );
  return { state: { ...state, screen: open ?? 'result', editing: open !== undefined } };
}

/** "Vorige" (and the page's "Terug"): one screen back, or undefined on the first screen (leave the finder). */
export function back(state: FinderState): FinderState | undefined {
  if (state.editing) return { ...state, screen: 'result', editing: false };
  const screens = screensFor(state.answers);
  const previous = screens[screens.indexOf(state.screen) - 1];
  return previous ? { ...state, screen: previous } : undefined;
}

/** "Liever niet zeggen" for the whole checklist: every item without an answer counts as no; then on. */
export function skipSituations(state: FinderState): NextResult {
  const role = state.answers.role ?? 'self';
  const items = Object.fromEntries(itemsFor(role).map((i) => [i, state.answers.items[i] ?? 'private']));
  return next({ ...state, answers: { ...state.answers, items } });
}

/** "Wijzig" on the result: open that screen; "Verder" then leads back to the result. */
export function change(state: FinderState, screen: QuestionScreen): FinderState {
  return { ...state, screen, editing: true };
}

/** "Opnieuw beginnen": every answer gone, the first screen. */
export function restart(): FinderState {
  return startFinder();
}

/** Whether leaving now would lose anything the visitor gave. */
export function finderHasWork(state: FinderState): boolean {
  const a = state.answers;
  return (
    a.role !== undefined ||
    a.acuteDanger !== undefined ||
    Object.keys(a.items).length > 0 ||
    a.wantsToReport !== undefined ||
    a.anonymous !== undefined
  );
}
