// "Laten zien aan een hulpverlener": a large, calm view of the chosen steps to show on the screen. Print
// is not the default: it is offered with a warning that paper and print queues leave traces.
import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import * as flow from '../../logic/plan.ts';
import type { PlanProps } from './types.ts';
import { useLang } from '../../ui/lang.ts';

export function Counsellor({
  t,
  steps,
  state,
  heading,
  phaseLabel,
  onBack,
}: PlanProps & {
  state: flow.PlanState;
  heading: RefObject<HTMLHeadingElement | null>;
  phaseLabel: string;
  onBack: () => void;
}) {
  const lang = useLang();
  const [asking, setAsking] = useState(false);
  const { open, done } = flow.counsellorSteps(steps.steps, state);
  const tickOf = (id: string) => state.ticks[id];
  return (
    <section class="plan plan-counsellor" data-step data-counsellor-view aria-labelledby="plan-counsellor-title">
      <h2 id="plan-counsellor-title" ref={heading} tabIndex={-1}>
        {t('plan.counsellorTitle')}
      </h2>
      <p class="plan-chosen">{phaseLabel}</p>
      {open.length + done.length === 0 && <p>{t('plan.counsellorNone')}</p>}
      {open.length > 0 && (
        <>
          <h3>{t('plan.counsellorOpen')}</h3>
          <ol class="plan-counsellor__list">
            {open.map((s) => (
              <li key={s.id}>
                <strong>{s.title[lang]}</strong>
                {tickOf(s.id) === 'later' && <span class="plan-counsellor__tick"> ({t('plan.ticks.later')})</span>}
                <p>{s.why[lang]}</p>
              </li>
            ))}
          </ol>
        </>
      )}
      {done.length > 0 && (
        <>
          <h3>{t('plan.counsellorDone')}</h3>
          <ul class="plan-counsellor__list">
            {done.map((s) => (
              <li key={s.id}>
                <strong>{s.title[lang]}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
      <div class="step-nav plan-noprint">
        <button type="button" class="button" onClick={onBack}>
          {t('plan.counsellorBack')}
        </button>
        {!asking && (
          <button type="button" class="button button--secondary" onClick={() => setAsking(true)}>
            {t('plan.printOffer')}
          </button>
        )}
      </div>
      {asking && (
        <div class="confirm plan-noprint" role="group" aria-labelledby="plan-print-warning">
          <p id="plan-print-warning" class="notice">
            {t('plan.printWarning')}
          </p>
          <button type="button" class="button button--secondary" onClick={() => (setAsking(false), print())}>
            {t('plan.printConfirm')}
          </button>
          <button type="button" class="button" onClick={() => setAsking(false)}>
            {t('plan.printCancel')}
          </button>
        </div>
      )}
    </section>
  );
}
