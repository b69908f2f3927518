// The help finder's question screens: who you are, danger now, the checklist, reporting, anonymity.
// Each draws the answers it is given and reports changes; where "Verder" leads is finder-flow.ts's.
import type { RefObject } from 'preact';
import { BlockChoice, StepForm, StepNav } from '../../ui/step.tsx';
import type { T } from '../../i18n/index.ts';
import {
  answers as answerOptions,
  itemsFor,
  roles,
  type Answer,
  type FinderAnswers,
  type SituationItem,
} from '../../logic/index.ts';
import { stepOf, type FinderState } from '../../logic/finder-flow.ts';
import type { HelpFinderProps } from './HelpFinder.tsx';

interface ScreenProps extends HelpFinderProps {
  state: FinderState;
  error: string;
  heading: RefObject<HTMLHeadingElement | null>;
  onAnswers: (answers: FinderAnswers) => void;
  onNext: () => void;
  onSkip: () => void;
  onBack: () => void;
}

/** One question screen with its step number and buttons. */
export function QuestionScreen(props: ScreenProps) {
  const { t, state, onNext, onSkip, onBack } = props;
  const { screen, editing } = state;
  const step = stepOf(screen);
  return (
    <StepForm class="finder" onSubmit={onNext}>
      {step && <p class="step-count">{t('finder.step', step)}</p>}
      {screen === 'role' && <RoleQuestion {...props} />}
      {(screen === 'danger' || screen === 'report' || screen === 'anonymous') && <SingleQuestion {...props} screen={screen} />}
      {screen === 'situations' && <Checklist {...props} />}
      <StepNav>
        <button type="submit" class="button">
          {editing ? t('finder.toResult') : t('finder.next')}
        </button>
        {screen === 'situations' && (
          <button type="button" class="button button--secondary" onClick={onSkip}>
            {t('finder.skipScreen')}
          </button>
        )}
        {screen !== 'role' && (
          <button type="button" class="button button--secondary" onClick={onBack}>
            {editing ? t('finder.backToResult') : t('finder.previous')}
          </button>
        )}
      </StepNav>
    </StepForm>
  );
}

function RoleQuestion({ lang, texts, state, error, heading, onAnswers }: ScreenProps) {
  return (
    <fieldset aria-describedby={error ? 'finder-error' : undefined}>
      <legend>
        <h2 ref={heading} tabIndex={-1}>
          {texts.role.question[lang]}
        </h2>
      </legend>
      {error && (
        <p id="finder-error" class="error" role="alert">
          {error}
        </p>
      )}
      {roles.map((r) => (
        <BlockChoice
          key={r}
          name="role"
          value={r}
          checked={state.answers.role === r}
          onChange={() => onAnswers({ ...state.answers, role: r })}
          label={texts.role.options[r].label[lang]}
          hint={texts.role.options[r].hint[lang]}
        />
      ))}
    </fieldset>
  );
}

// The screens that ask one question, each with its texts and the answer it sets.
const singles = {
  danger: { texts: 'danger', answer: 'acuteDanger' },
  report: { texts: 'report', answer: 'wantsToReport' },
  anonymous: { texts: 'anonymous', answer: 'anonymous' },
} as const;

function SingleQuestion({ lang, t, texts, state, heading, onAnswers, screen }: ScreenProps & { screen: keyof typeof singles }) {
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
        <Choices name={screen} options={answerOptions} value={value} onChange={(v) => onAnswers({ ...state.answers, [single.answer]: v })} t={t} />
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

/**
 * "Wat speelt er?": one checkbox per situation that applies to the role, least heavy first. A ticked
 * item can be marked "not sure", which counts as "weet ik niet" (no, but shown under "als het zo blijkt").
 */
function Checklist({ lang, t, texts, state, heading, onAnswers }: ScreenProps) {
  const { answers } = state;
  const role = answers.role ?? 'self';
  const set = (item: SituationItem, value: Answer) => onAnswers({ ...answers, items: { ...answers.items, [item]: value } });
  return (
    <fieldset class="checklist" aria-describedby="situations-hint">
      <legend>
        <h2 ref={heading} tabIndex={-1}>
          {texts.situations.question[lang]}
        </h2>
      </legend>
      <p id="situations-hint" class="hint">
        {texts.situations.hint[lang]}
      </p>
      {itemsFor(role).map((item) => {
        const value = answers.items[item];
        const ticked = value === 'yes' || value === 'unknown';
        return (
          <div key={item} class="checklist__item">
            <label class="choice">
              <input type="checkbox" name={item} checked={ticked} onChange={(e) => set(item, e.currentTarget.checked ? 'yes' : 'no')} />
              <span>{texts.situations.items[item][role][lang]}</span>
            </label>
            {answers.prefilled?.includes(item) && <p class="note">{t('finder.prefilled')}</p>}
            {ticked && (
              <label class="choice choice--sub">
                <input
                  type="checkbox"
                  name={`${item}-unsure`}
                  checked={value === 'unknown'}
                  onChange={(e) => set(item, e.currentTarget.checked ? 'unknown' : 'yes')}
                />
                <span>{t('finder.notSure')}</span>
              </label>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

/** The answers to one question as radio buttons: native keyboard use, one tab stop per question. */
function Choices({ name, options, value, onChange, t }: {
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
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
          <span>{t(`finder.answer.${option}`)}</span>
        </label>
      ))}
    </div>
  );
}
