// The help finder: one question screen at a time, then the result. Which screen comes next is logic
// (src/logic/finder-flow.ts); this component keeps the state and draws the screen. Answers live in this
// component's state only: never in the URL, never stored; the quick exit clears them (src/ui/questionnaire.ts).
import type { Role } from '../../logic/index.ts';
import * as flow from '../../logic/finder-flow.ts';
import { useQuestionnaire, type Questionnaire } from '../../ui/questionnaire.ts';
import { QuestionScreen } from './QuestionScreen.tsx';
import { FinderResult } from './FinderResult.tsx';
import type { HelpFinderProps } from './types.ts';

/** The finder's part of the shared questionnaire behaviour; `start` and `empty` add what the page knows. */
const finder: Omit<Questionnaire<flow.FinderState>, 'start' | 'empty' | 'busy' | 'hasWork'> = {
  step: (state) => state.screen,
  back: flow.back,
};

/** The state without the role the page set: what the visitor gave. */
function given(state: flow.FinderState, role: Role | undefined): flow.FinderState {
  if (!role || state.answers.role !== role) return state;
  const answers = { ...state.answers };
  delete answers.role;
  return { ...state, answers };
}

export function HelpFinder(props: HelpFinderProps) {
  const { t, initial, focusOnMount = false, about: role } = props;
  /** The first screen with nothing entered: the role question, or the page's role and the next question. */
  const fresh = () => (role ? flow.startFinder({ items: {}, role }) : flow.restart());
  const { state, setState, error, setError, heading, move } = useQuestionnaire(
    {
      ...finder,
      start: () => (initial ? flow.startFinder(initial) : fresh()),
      empty: fresh,
      hasWork: (state) => flow.finderHasWork(given(state, role)),
      // Busy from the first answer until the result.
      // Busy from the first answer, the result included: an update must not drop a result.
      busy: (state) => flow.finderHasWork(given(state, role)),
    },
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
        onRestart={() => move(fresh())}
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
