// What both questionnaires (the help finder and the self-check) do the same way around their own flow:
// the state and its error line, focus that follows the step, the page's "Terug" going one step back
// (other links ask first while there are answers), the page marked busy while questions are open (an
// update waits), and everything forgotten on the quick exit. Which step comes next stays each flow's
// own (src/logic/finder-flow.ts, check-flow.ts).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { T } from '../i18n/index.ts';
import { setBusy } from './busy.ts';
import { onForget } from './forget.ts';
import { guardFlow } from './leave-guard.ts';
import { useStepFocus } from './step.tsx';

/** How a questionnaire's state behaves; the functions may change between renders (the latest is used). */
export interface Questionnaire<S> {
  /** The state on opening. */
  start: () => S;
  /** The state after the quick exit: nothing the visitor entered. */
  empty: () => S;
  /** Names the step; focus moves to its heading when this changes after the visitor moved on. */
  step: (state: S) => string;
  /** While true, the page is busy: a new version waits instead of reloading away the answers. */
  busy: (state: S) => boolean;
  /** Whether leaving the page would lose answers. */
  hasWork: (state: S) => boolean;
  /** One step back, or undefined on the first step. */
  back: (state: S) => S | undefined;
}

export function useQuestionnaire<S>(questionnaire: Questionnaire<S>, t: T, focusOnMount = false) {
  const [state, setState] = useState(questionnaire.start);
  const [error, setError] = useState('');
  const { heading, markMoved } = useStepFocus(questionnaire.step(state), focusOnMount);

  /** To another step: focus follows, and an earlier error no longer applies. */
  const move = (next: S) => {
    markMoved();
    setError('');
    setState(next);
  };

  // The effects below are registered once and read the latest state and functions from here.
  const latest = useRef({ questionnaire, state, move });
  latest.current = { questionnaire, state, move };
  useEffect(
    () =>
      guardFlow(
        {
          hasWork: () => latest.current.questionnaire.hasWork(latest.current.state),
          back: () => {
            const previous = latest.current.questionnaire.back(latest.current.state);
            if (previous) latest.current.move(previous);
            return previous !== undefined;
          },
        },
        t,
      ),
    [t], // the island's language never changes, so this registers once
  );

  const busy = questionnaire.busy(state);
  useEffect(() => {
    setBusy(busy);
  }, [busy]);
  useEffect(() => () => setBusy(false), []);
  useEffect(() => onForget(() => setState(latest.current.questionnaire.empty())), []);

  return { state, setState, error, setError, heading, move };
}
