// The screens that ask one question (danger now, reporting, anonymity), worded for the role, with
// 112 at once when there is danger now.
import type { T } from '../../i18n/index.ts';
import { answers as answerOptions, type Answer } from '../../logic/index.ts';
import type { ScreenProps } from './types.ts';
import { useLang } from '../../ui/lang.ts';

// The screens that ask one question, each with its texts and the answer it sets.
const singles = {
  danger: { texts: 'danger', answer: 'acuteDanger' },
  report: { texts: 'report', answer: 'wantsToReport' },
  anonymous: { texts: 'anonymous', answer: 'anonymous' },
} as const;

export function SingleQuestion({
  t,
  texts,
  state,
  heading,
  onAnswers,
  screen,
}: ScreenProps & { screen: keyof typeof singles }) {
  const lang = useLang();
  const single = singles[screen];
  const words = texts[single.texts];
  const role = state.answers.role ?? 'self';
  const value = state.answers[single.answer];
  return (
    <>
      <fieldset class="answer-group" aria-describedby={`${screen}-hint`}>
        <legend>
          <h2 ref={heading} tabIndex={-1}>
            {words.question[role][lang]}
          </h2>
        </legend>
        <p id={`${screen}-hint`} class="hint">
          {words.hint[lang]}
        </p>
        <Choices
          name={screen}
          options={answerOptions}
          value={value}
          onChange={(v) => onAnswers({ ...state.answers, [single.answer]: v })}
          t={t}
        />
      </fieldset>
      {screen === 'danger' && value === 'yes' && (
        <div class="panel panel--urgent" role="status">
          <p>{texts.danger.yesNow[lang]}</p>
          <a class="button button--danger" href="tel:112">
            {t('emergency.call')}
          </a>
        </div>
      )}
    </>
  );
}

/** The answers to one question as radio buttons: native keyboard use, one tab stop per question. */
function Choices({
  name,
  options,
  value,
  onChange,
  t,
}: {
  name: string;
  options: readonly Answer[];
  value: Answer | undefined;
  onChange: (value: Answer) => void;
  t: T;
}) {
  return (
    <div class="choices">
      {options.map((option) => (
        <label key={option} class="choice">
          <input
            type="radio"
            autocomplete="off"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          <span>{t(`finder.answer.${option}`)}</span>
        </label>
      ))}
    </div>
  );
}
