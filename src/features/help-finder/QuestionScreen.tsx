// One question screen of the help finder: its step number, the question (one component per screen:
// RoleQuestion, SingleQuestion for danger, report and anonymity, Checklist) and its buttons. Each
// screen draws the answers it is given and reports changes; where "Verder" leads is finder-flow.ts's.
import { StepForm, StepNav } from '../../ui/step.tsx';
import { stepOf } from '../../logic/finder-flow.ts';
import type { ScreenProps } from './types.ts';
import { RoleQuestion } from './RoleQuestion.tsx';
import { SingleQuestion } from './SingleQuestion.tsx';
import { Checklist } from './Checklist.tsx';

/** One question screen with its step number and buttons. */
export function QuestionScreen(props: ScreenProps) {
  const { t, state, onNext, onSkip, onBack } = props;
  const { screen, editing } = state;
  const step = stepOf(screen);
  return (
    <StepForm class="finder" onSubmit={onNext}>
      {step && <p class="step-count">{t('finder.step', step)}</p>}
      {screen === 'role' && <RoleQuestion {...props} />}
      {(screen === 'danger' || screen === 'report' || screen === 'anonymous') && (
        <SingleQuestion {...props} screen={screen} />
      )}
      {screen === 'situations' && <Checklist {...props} />}
      <StepNav>
        {screen !== 'role' && (
          <button type="button" class="button button--secondary" onClick={onBack}>
            {editing ? t('finder.backToResult') : t('finder.previous')}
          </button>
        )}
        <button type="submit" class="button">
          {editing ? t('finder.toResult') : t('finder.next')}
        </button>
        {screen === 'situations' && (
          <button type="button" class="button button--secondary step-nav__apart" onClick={onSkip}>
            {t('finder.skipScreen')}
          </button>
        )}
      </StepNav>
    </StepForm>
  );
}
