// What the plan page shows without JavaScript (and before the island loads): every phase with its steps
// as a plain list, in the content's order; the phase a neutral path opened with comes first, and the
// phase "Ik moet nu weg" starts with the leaving-tonight block.
import type { PlanSteps, PlanTexts } from '../../content/schema.ts';
import type { Organisations } from '../../content/types.ts';
import type { T } from '../../i18n/index.ts';
import { planPhases, phaseShowsLeavingTonight, visibleSteps, type PlanPhase } from '../../logic/plan.ts';
import { StepCard } from './StepCard.tsx';
import { LeavingTonight } from './LeavingTonight.tsx';
import { useLang } from '../../ui/lang.ts';

export function StaticPlan({
  steps,
  texts,
  organisations,
  t,
  first,
}: {
  steps: PlanSteps;
  texts: PlanTexts;
  organisations: Partial<Organisations>;
  t: T;
  first?: PlanPhase;
}) {
  const lang = useLang();
  const phases = first ? [first, ...planPhases.filter((p) => p !== first)] : planPhases;
  return (
    <div class="plan-static">
      <h2>{t('plan.allPhases')}</h2>
      <ul class="plan-toc">
        {phases.map((p) => (
          <li key={p}>
            <a href={`#fase-${planPhases.indexOf(p) + 1}`}>{texts.phases[p].label[lang]}</a>
          </li>
        ))}
      </ul>
      {phases.map((p) => (
        <section key={p} id={`fase-${planPhases.indexOf(p) + 1}`} class="plan-phase-list" data-static-phase={p}>
          <h2>{texts.phases[p].label[lang]}</h2>
          {phaseShowsLeavingTonight(p) && (
            <LeavingTonight texts={texts} organisations={organisations} t={t} level={3} />
          )}
          <ol class="plan-steps">
            {visibleSteps(steps.steps, p).map((step) => (
              <li key={step.id}>
                <StepCard step={step} scope={p} sources={steps.sources} organisations={organisations} t={t} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
