// The self-check's flow as pure functions: the start screen, one question per screen, the result and
// the help finder after it. The component draws the stage these return.
import type { SelfCheckAnswer, SelfCheckRoute } from './check-result.ts';

export type Stage = { name: 'start' } | { name: 'question'; index: number } | { name: 'result' } | { name: 'finder' };

export type CheckAnswers = Readonly<Record<string, SelfCheckAnswer | undefined>>;

export interface CheckState {
  route?: SelfCheckRoute;
  answers: CheckAnswers;
  stage: Stage;
}

export const startCheck = (): CheckState => ({ answers: {}, stage: { name: 'start' } });

/** "Begin": the first question of the chosen route; without a route, the start screen says to choose one. */
export function begin(state: CheckState): { state: CheckState } | { error: 'chooseRoute' } {
  if (!state.route) return { error: 'chooseRoute' };
  return { state: { ...state, stage: { name: 'question', index: 0 } } };
}

/** Choosing a route starts with no answers: the two routes ask different questions. */
export function chooseRoute(state: CheckState, route: SelfCheckRoute): CheckState {
  return state.route === route ? state : { ...state, route, answers: {} };
}

/** "Volgende": the next question, or the result after the last one (`count` questions in all). */
export function nextQuestion(state: CheckState, count: number): CheckState {
  if (state.stage.name !== 'question') return state;
  const index = state.stage.index + 1;
  return { ...state, stage: index < count ? { name: 'question', index } : { name: 'result' } };
}

/** "Sla over": this question without an answer (also when one was chosen), then on. */
export function skipQuestion(state: CheckState, id: string, count: number): CheckState {
  return nextQuestion({ ...state, answers: { ...state.answers, [id]: undefined } }, count);
}

/**
 * "Vorige" and the page's "Terug": one stage back, keeping every answer. From the help finder back to
 * the result; undefined on the start screen (leave the self-check).
 */
export function backStage(state: CheckState, count: number): CheckState | undefined {
  const { stage } = state;
  const to = (s: Stage): CheckState => ({ ...state, stage: s });
  switch (stage.name) {
    case 'start':
      return undefined;
    case 'question':
      return to(stage.index === 0 ? { name: 'start' } : { name: 'question', index: stage.index - 1 });
    case 'result':
      return to(count > 0 ? { name: 'question', index: count - 1 } : { name: 'start' });
    case 'finder':
      return to({ name: 'result' });
  }
}

/** Whether leaving now would lose anything the visitor gave. */
export function checkHasWork(state: CheckState): boolean {
  return state.stage.name !== 'start' || Object.values(state.answers).some((a) => a !== undefined);
}
