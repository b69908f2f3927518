// The self-check's start screen and its question screen (one question at a time).
import type { RefObject } from 'preact';
import { BlockChoice, StepForm, StepNav } from '../../ui/step.tsx';
import type { Question } from '../../content/schema.ts';
import { selfCheckAnswers, selfCheckRoutes as routes, urgentHelp } from '../../logic/index.ts';
import type { SelfCheckAnswer, SelfCheckRoute } from '../../logic/index.ts';
import type { CheckState } from '../../logic/check-flow.ts';
import { UrgentHelp } from '../organisations/UrgentHelp.tsx';
import type { Answers, SelfCheckProps } from './SelfCheck.tsx';

export function StartStage(props: SelfCheckProps & {
  state: CheckState;
  error: string;
  heading: RefObject<HTMLHeadingElement | null>;
  onRoute: (route: SelfCheckRoute) => void;
  onBegin: () => void;
  onOpen: (saved: { route: SelfCheckRoute; answers: Answers }) => void;
}) {
  const { lang, t, texts, state, error, heading, onRoute, onBegin, onOpen } = props;
  return (
    <>
      <StepForm class="check" onSubmit={onBegin}>
        <h2 ref={heading} tabIndex={-1}>
          {texts.start.heading[lang]}
        </h2>
        <ul>
          {texts.start.points[lang].map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
        <p class="notice">{texts.start.contentNote[lang]}</p>
        <p>{texts.start.past[lang]}</p>
        <fieldset aria-describedby={error ? 'check-error' : undefined}>
          <legend>
            <h3>{texts.start.route[lang]}</h3>
          </legend>
          {error && (
            <p id="check-error" class="error" role="alert">
              {error}
            </p>
          )}
          {routes.map((r) => (
            <BlockChoice
              key={r}
              name="route"
              value={r}
              checked={state.route === r}
              onChange={() => onRoute(r)}
              label={texts.start.routes[r].label[lang]}
              hint={texts.start.routes[r].hint[lang]}
            />
          ))}
        </fieldset>
        <StepNav>
          <button type="submit" class="button">
            {t('selfCheck.start')}
          </button>
        </StepNav>
      </StepForm>
      {props.renderOpen?.(onOpen)}
    </>
  );
}

export function QuestionStage(props: SelfCheckProps & {
  question: Question;
  index: number;
  count: number;
  answer: SelfCheckAnswer | undefined;
  heading: RefObject<HTMLHeadingElement | null>;
  onAnswer: (answer: SelfCheckAnswer) => void;
  onNext: () => void;
  onSkip: () => void;
  onBack: () => void;
}) {
  const { lang, t, texts, indicators, organisations, question: q, index, count, answer, heading } = props;
  const domain = indicators[q.domain];
  return (
    <StepForm class="check" onSubmit={props.onNext}>
      <fieldset>
        <legend>
          <h2 ref={heading} tabIndex={-1} class="question">
            <span class="question__progress">{t('selfCheck.progress', { n: index + 1, total: count })}</span>{' '}
            <span>{q.text[lang]}</span>
          </h2>
        </legend>
        {domain && <p class="hint">{domain.title[lang]}</p>}
        <div class="choices">
          {selfCheckAnswers.map((option) => (
            <label key={option} class="choice">
              <input type="radio" name={q.id} value={option} checked={answer === option} onChange={() => props.onAnswer(option)} />
              <span>{t(`selfCheck.answer.${option}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {q.redFlag && (answer === 'yes' || answer === 'sometimes') && (
        <UrgentHelp
          ids={urgentHelp([q.redFlag])}
          organisations={organisations}
          lang={lang}
          t={t}
          title={t('selfCheck.urgentTitle')}
          intro={texts.redFlag[lang]}
        />
      )}
      <StepNav>
        <button type="submit" class="button">
          {index === count - 1 ? t('selfCheck.finish') : t('selfCheck.next')}
        </button>
        <button type="button" class="button button--secondary" onClick={props.onSkip}>
          {t('selfCheck.skip')}
        </button>
        <button type="button" class="button button--secondary" onClick={props.onBack}>
          {t('selfCheck.previous')}
        </button>
      </StepNav>
    </StepForm>
  );
}
