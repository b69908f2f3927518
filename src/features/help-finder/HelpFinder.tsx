// The help finder: one question screen at a time, then the result. Which screen comes next is logic
// (src/logic/finder-flow.ts); this component keeps the state and draws the screen. Answers live in this
// component's state only: never in the URL, never stored; the quick exit (onForget) clears them.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStepFocus } from '../../ui/step.tsx';
import type { Lang, T } from '../../i18n/index.ts';
import type { HelpFinderTexts, Routing } from '../../content/schema.ts';
import type { Organisations } from '../../content/types.ts';
import type { FinderAnswers } from '../../logic/index.ts';
import * as flow from '../../logic/finder-flow.ts';
import { onForget } from '../../ui/forget.ts';
import { setBusy } from '../../ui/busy.ts';
import { guardFlow } from '../../ui/leave-guard.ts';
import { QuestionScreen } from './FinderScreens.tsx';
import { FinderResult } from './FinderResult.tsx';

export interface HelpFinderProps {
  lang: Lang;
  t: T;
  texts: HelpFinderTexts;
  organisations: Organisations;
  routing: Routing;
  /** Answers filled in elsewhere (the self-check); the visitor sees and can change them. */
  initial?: FinderAnswers;
  /** Move focus to the first question at once (when the finder opens inside another flow). */
  focusOnMount?: boolean;
}

export function HelpFinder(props: HelpFinderProps) {
  const { t, initial, focusOnMount = false } = props;
  const [state, setState] = useState(() => flow.startFinder(initial));
  const [error, setError] = useState('');
  const { heading, markMoved } = useStepFocus(state.screen, focusOnMount);

  const move = (next: flow.FinderState) => {
    markMoved();
    setError('');
    setState(next);
  };
  const advance = (result: flow.NextResult) =>
    'error' in result ? setError(t(`finder.${result.error}`)) : move(result.state);

  // The page's "Terug" goes one screen back; other links ask first while there are answers.
  const current = useRef(state);
  current.current = state;
  useEffect(
    () =>
      guardFlow(
        {
          hasWork: () => flow.finderHasWork(current.current),
          back: () => {
            const previous = flow.back(current.current);
            if (previous) move(previous);
            return previous !== undefined;
          },
        },
        t,
      ),
    [],
  );

  // While the questions are open, a new version waits (it would reload the page and lose answers).
  useEffect(() => {
    setBusy(state.screen !== 'result' && state.answers.role !== undefined);
  }, [state.screen, state.answers.role]);
  useEffect(() => () => setBusy(false), []);
  useEffect(() => onForget(() => setState(flow.restart())), []);

  if (state.screen === 'result') {
    return (
      <FinderResult
        {...props}
        answers={state.answers}
        heading={heading}
        onChange={(screen) => move(flow.change(state, screen))}
        onRestart={() => move(flow.restart())}
      />
    );
  }
  return (
    <QuestionScreen
      key={state.screen} // a new form per screen, so radios of one question never carry over to the next
      {...props}
      state={state}
      error={error}
      heading={heading}
      onAnswers={(answers) => {
        setError('');
        setState((s) => ({ ...s, answers }));
      }}
      onNext={() => advance(flow.next(state))}
      onSkip={() => advance(flow.skipSituations(state))}
      onBack={() => {
        const previous = flow.back(state);
        if (previous) move(previous);
      }}
    />
  );
}
