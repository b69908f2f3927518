// The help finder: one question screen at a time, then the result. Which screen comes next is logic
// (src/logic/finder-flow.ts); this component keeps the state and draws the screen. Answers live in this
// component's state only: never in the URL, never stored; the quick exit clears them (src/ui/questionnaire.ts).
import type { OrganisationId } from '../../logic/index.ts';
import type { Lang, T } from '../../i18n/index.ts';
import type { HelpFinderTexts, Routing } from '../../content/schema.ts';
import type { Organisations } from '../../content/types.ts';
import type { FinderAnswers } from '../../logic/index.ts';
import * as flow from '../../logic/finder-flow.ts';
import { useQuestionnaire, type Questionnaire } from '../../ui/questionnaire.ts';
import { QuestionScreen } from './QuestionScreen.tsx';
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
  /** Organisations an earlier screen already showed with their contact (the self-check's result). */
  shown?: readonly OrganisationId[];
}

/** The finder's part of the shared questionnaire behaviour; `start` adds what the self-check filled in. */
const finder: Omit<Questionnaire<flow.FinderState>, 'start'> = {
  empty: flow.restart,
  step: (state) => state.screen,
  // Busy from the first answer until the result.
  busy: (state) => state.screen !== 'result' && state.answers.role !== undefined,
  hasWork: flow.finderHasWork,
  back: flow.back,
};

export function HelpFinder(props: HelpFinderProps) {
  const { t, initial, focusOnMount = false } = props;
  const { state, setState, error, setError, heading, move } = useQuestionnaire(
    { ...finder, start: () => flow.startFinder(initial) },
    t,
    focusOnMount,
  );
  const advance = (result: flow.NextResult) =>
    'error' in result ? setError(t(`finder.${result.error}`)) : move(result.state);

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
