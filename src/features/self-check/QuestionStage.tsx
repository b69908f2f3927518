// The self-check's question screen: one question at a time, with help for now on a red-flag answer.
import type { RefObject } from 'preact';
import { BackButtonNote, StepForm, StepNav } from '../../ui/step.tsx';
import type { Question } from '../../content/schema.ts';
import { selfCheckAnswers, urgentHelp, type SelfCheckAnswer } from '../../logic/index.ts';
import { UrgentHelp } from '../organisations/UrgentHelp.tsx';
import type { SelfCheckProps } from './types.ts';
import { useLang } from '../../ui/lang.ts';

export function QuestionStage(
  props: SelfCheckProps & {
    question: Question;
    index: number;
    count: number;
    answer: SelfCheckAnswer | undefined;
    heading: RefObject<HTMLHeadingElement | null>;
    onAnswer: (answer: SelfCheckAnswer) => void;
    onNext: () => void;
    onSkip: () => void;
    onBack: () => void;
  },
) {
  const lang = useLang();
  const { t, texts, indicators, organisations, question: q, index, count, answer, heading } = props;
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
              <input
                type="radio"
                autocomplete="off"
                name={q.id}
                value={option}
                checked={answer === option}
                onChange={() => props.onAnswer(option)}
              />
              <span>{t(`selfCheck.answer.${option}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {index === 0 && <BackButtonNote t={t} />}
      {q.redFlag && (answer === 'yes' || answer === 'sometimes') && (
        <UrgentHelp
          ids={urgentHelp([q.redFlag])}
          organisations={organisations}
          t={t}
          title={t('selfCheck.urgentTitle')}
          intro={texts.redFlag[lang]}
        />
      )}
      <StepNav>
        <button type="button" class="button button--secondary" onClick={props.onBack}>
          {t('selfCheck.previous')}
        </button>
        <button type="submit" class="button">
          {index === count - 1 ? t('selfCheck.finish') : t('selfCheck.next')}
        </button>
        <button type="button" class="button button--secondary step-nav__apart" onClick={props.onSkip}>
          {t('selfCheck.skip')}
        </button>
      </StepNav>
    </StepForm>
  );
}
