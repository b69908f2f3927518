// The self-check: a start screen, one question per screen, the result per domain, and on into the
// help finder without a page load. Where each button leads is logic (src/logic/check-flow.ts); this
// component keeps the state and draws the stage. Answers live in this component's state only, unless
// the visitor chooses to save them (the save panel loads its own code). The quick exit forgets them.
import { summarise, domainIds } from '../../logic/index.ts';
import * as flow from '../../logic/check-flow.ts';
import { useQuestionnaire } from '../../ui/questionnaire.ts';
import { StartStage } from './StartStage.tsx';
import { QuestionStage } from './QuestionStage.tsx';
import { CheckResult } from './CheckResult.tsx';
import { FinderStage } from './FinderStage.tsx';
import type { SelfCheckProps } from './types.ts';

const stepKey = (stage: flow.Stage) => (stage.name === 'question' ? `q${stage.index}` : stage.name);

export function SelfCheck(props: SelfCheckProps) {
  const { t, questions } = props;
  const count = (state: flow.CheckState) => (state.route ? questions[state.route].length : 0);
  const { state, setState, error, setError, heading, move } = useQuestionnaire(
    {
      start: flow.startCheck,
      empty: flow.startCheck,
      step: (s) => stepKey(s.stage),
      busy: (s) => s.stage.name !== 'start', // a result (or the finder after it) is not dropped by an update either
      hasWork: flow.checkHasWork,
      back: (s) => flow.backStage(s, count(s)),
    },
    t,
  );
  const { route, answers, stage } = state;
  const list = route ? questions[route] : [];

  if (stage.name === 'start') {
    return (
      <StartStage
        {...props}
        state={state}
        error={error}
        heading={heading}
        onRoute={(r) => {
          setError('');
          setState((s) => flow.chooseRoute(s, r));
        }}
        onBegin={() => {
          const result = flow.begin(state);
          if ('error' in result) setError(t(`selfCheck.${result.error}`));
          else move(result.state);
        }}
        onOpen={(saved) => move({ ...saved, stage: { name: 'result' } })}
      />
    );
  }

  // The flow keeps the index within the route's questions (check-flow.ts).
  const q = stage.name === 'question' ? list[stage.index] : undefined;
  if (stage.name === 'question' && route && q) {
    return (
      <QuestionStage
        // A new form per question: radios reused across questions would join the new group still
        // checked, and the browser then unchecks the answer being restored.
        key={q.id}
        {...props}
        question={q}
        index={stage.index}
        count={list.length}
        answer={answers[q.id]}
        heading={heading}
        onAnswer={(a) => setState((s) => ({ ...s, answers: { ...s.answers, [q.id]: a } }))}
        onNext={() => move(flow.nextQuestion(state, list.length))}
        onSkip={() => move(flow.skipQuestion(state, q.id, list.length))}
        onBack={() => move(flow.backStage(state, list.length) ?? state)}
      />
    );
  }

  const summary = summarise(list, answers, domainIds);

  if (stage.name === 'finder' && route) {
    const backToResult = () => move({ ...state, stage: { name: 'result' } });
    return <FinderStage {...props} route={route} summary={summary} onBack={backToResult} />;
  }

  return (
    <CheckResult
      {...props}
      route={route ?? 'self'}
      list={list}
      answers={answers}
      summary={summary}
      heading={heading}
      onFinder={() => move({ ...state, stage: { name: 'finder' } })}
      onRestart={() => move(flow.startCheck())}
    />
  );
}
