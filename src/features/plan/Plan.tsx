// "Mijn plan": choose a phase, what matters first, then the steps in that order, each to tick, and a
// calm view to show a care worker. Where each button leads and in which order the steps come is logic
// (src/logic/plan.ts); this component keeps the state, in memory only, and draws the stage. The quick
// exit and "Alles wissen" forget it (useQuestionnaire registers with src/ui/forget.ts).
import { useEffect, useState } from 'preact/hooks';
import * as flow from '../../logic/plan.ts';
import { useQuestionnaire } from '../../ui/questionnaire.ts';
import { RestartButton, StepForm, StepNav } from '../../ui/step.tsx';
import { useLoaded, Waiting, type Later } from '../../ui/later.tsx';
import type { PlanMore } from './more.ts';
import type { PlanContent, PlanProps } from './types.ts';
import { useLang } from '../../ui/lang.ts';

/** The island's props: the steps' code and content come in `more`, loaded after the first choice. */
export type PlanIslandProps = Omit<PlanProps, keyof PlanContent> & { more: Later<PlanMore> };

const opening = (entry?: flow.PlanPhase) => (entry ? flow.choosePhase(flow.startPlan(), entry) : flow.startPlan());

export function Plan(island: PlanIslandProps) {
  const { t, texts, more } = island;
  const lang = useLang();
  const [stopped, setStopped] = useState(false);
  const { state, heading, move, setState } = useQuestionnaire<flow.PlanState>(
    {
      start: () => opening(island.entry),
      empty: flow.startPlan,
      step: (s) => s.stage,
      busy: flow.planHasWork,
      hasWork: flow.planHasWork,
      back: flow.backPlan,
    },
    t,
  );
  // After a step change the heading scrolls to the top, below the sticky bar by the root's scroll-padding;
  // where the bar wraps to two lines (narrow phones) that is not enough, so the rest is scrolled here.
  useEffect(() => {
    const frame = requestAnimationFrame(() => clearOfBar(heading.current));
    return () => cancelAnimationFrame(frame);
  }, [state.stage, heading]);
  const loaded = useLoaded(more, state.stage === 'steps' || state.stage === 'counsellor');
  const go = (next: flow.PlanState) => {
    more.preload(); // the steps come next: their code and content load while the visitor chooses
    setStopped(false);
    move(next);
  };
  const phaseLabel = state.phase ? texts.phases[state.phase].label[lang] : '';

  if (state.stage === 'start' || !state.phase) {
    return (
      <div class="plan" data-plan-stage="start">
        {stopped && <p role="status">{t('plan.stopped')}</p>}
        <section class="plan-stage" data-step aria-labelledby="plan-phase-title">
          <h2 id="plan-phase-title" ref={heading} tabIndex={-1}>
            {texts.phaseQuestion[lang]}
          </h2>
          <ul class="plan-phases">
            {flow.planPhases.map((p) => (
              <li key={p}>
                <button
                  type="button"
                  class="choice choice--block plan-phase"
                  aria-pressed={state.phase === p}
                  data-phase={p}
                  onClick={() => go(flow.choosePhase(state, p))}
                >
                  <strong>{texts.phases[p].label[lang]}</strong>
                  <span class="choice__hint">{texts.phases[p].hint[lang]}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
        {island.renderOpen?.((saved) => go(flow.fromSaved(saved)))}
      </div>
    );
  }

  if (state.stage === 'priorities') {
    return (
      <StepForm class="plan plan-stage" onSubmit={() => go(flow.toSteps(state))}>
        <p class="plan-chosen">{t('plan.chosen', { phase: phaseLabel })}</p>
        <fieldset aria-describedby="plan-priority-hint">
          <legend>
            <h2 ref={heading} tabIndex={-1}>
              {texts.priorityQuestion[lang]}
            </h2>
          </legend>
          <p id="plan-priority-hint">{texts.priorityHint[lang]}</p>
          {flow.planPriorities.map((p) => (
            <label key={p} class="choice">
              <input
                type="checkbox"
                name="priority"
                value={p}
                checked={state.priorities.includes(p)}
                onChange={() => {
                  more.preload();
                  setState((s) => flow.togglePriority(s, p));
                }}
              />
              <span>{texts.priorities[p][lang]}</span>
            </label>
          ))}
        </fieldset>
        <StepNav>
          <button type="button" class="button button--secondary" onClick={() => go({ ...state, stage: 'start' })}>
            {t('plan.previous')}
          </button>
          <button type="submit" class="button">
            {t('plan.toSteps')}
          </button>
        </StepNav>
      </StepForm>
    );
  }

  if (!loaded.value) {
    return <Waiting t={t} heading={heading} failed={loaded.failed} onRetry={loaded.retry} />;
  }
  const { steps, organisations, StepCard, LeavingTonight, Counsellor } = loaded.value;
  const props: PlanProps = { ...island, ...loaded.value };

  if (state.stage === 'counsellor') {
    return (
      <Counsellor
        {...props}
        state={state}
        heading={heading}
        phaseLabel={phaseLabel}
        onBack={() => go(flow.backPlan(state) ?? state)}
      />
    );
  }

  const ordered = flow.orderSteps(steps.steps, state.phase, state.priorities);
  const saved = flow.toSaved(state);
  return (
    <div class="plan" data-plan-stage="steps">
      <section class="plan-stage" data-step aria-labelledby="plan-steps-title">
        <h2 id="plan-steps-title" ref={heading} tabIndex={-1}>
          {t('plan.stepsTitle')}
        </h2>
        <p class="plan-chosen">{t('plan.chosen', { phase: phaseLabel })}</p>
        <div class="plan-actions">
          <button type="button" class="button button--secondary" onClick={() => go({ ...state, stage: 'start' })}>
            {t('plan.change')}
          </button>
          <button type="button" class="button button--secondary" onClick={() => go({ ...state, stage: 'priorities' })}>
            {t('plan.prioritiesChange')}
          </button>
        </div>
      </section>
      {flow.phaseShowsLeavingTonight(state.phase) && (
        <LeavingTonight texts={texts} organisations={organisations} t={t} />
      )}
      {state.priorities.length > 0 && <p>{t('plan.stepsOrdered')}</p>}
      {ordered.length === 0 && <p>{t('plan.noneForPhase')}</p>}
      <ol class="plan-steps" data-plan-steps>
        {ordered.map((step) => (
          <li key={step.id} data-step-id={step.id}>
            <StepCard step={step} sources={steps.sources} organisations={organisations} t={t}>
              <div class="plan-ticks" role="group" aria-label={t('plan.tickLegend')}>
                {flow.planTicks.map((tick) => (
                  <button
                    key={tick}
                    type="button"
                    class="button button--secondary plan-tick"
                    aria-pressed={state.ticks[step.id] === tick}
                    data-tick={tick}
                    onClick={() => setState((s) => flow.tick(s, step.id, tick))}
                  >
                    {t(`plan.ticks.${tick}`)}
                  </button>
                ))}
              </div>
            </StepCard>
          </li>
        ))}
      </ol>
      <div class="plan-actions">
        <button type="button" class="button" data-counsellor onClick={() => go(flow.toCounsellor(state))}>
          {t('plan.counsellor')}
        </button>
      </div>
      {saved && props.renderSave?.(saved)}
      <div class="plan-actions">
        <RestartButton
          label={t('plan.stop')}
          t={t}
          onConfirm={() => {
            move(flow.startPlan());
            setStopped(true);
          }}
        />
      </div>
    </div>
  );
}

/** Scrolls a heading that ended up under the sticky top bar down into view, with a little room. */
function clearOfBar(heading: HTMLElement | null): void {
  const bar = document.querySelector('.top-bar');
  if (!heading || !bar || document.activeElement !== heading) return;
  const overlap = bar.getBoundingClientRect().bottom + 8 - heading.getBoundingClientRect().top;
  if (overlap > 0) scrollBy(0, -overlap);
}
