// One step of the plan: why it helps, a short list, the facts with their sources, the organisations of
// the app to turn to, and (with JavaScript) the ticks. The prerendered list uses it without ticks.
import type { ComponentChildren } from 'preact';
import type { PlanStep, PlanSteps } from '../../content/schema.ts';
import type { Organisations } from '../../content/types.ts';
import type { T } from '../../i18n/index.ts';
import { localePath, organisationPath } from '../../routes.ts';
import { Ref, SourceNotes, usedSources } from './Sources.tsx';
import { useLang } from '../../ui/lang.ts';

export function StepCard({
  step,
  sources,
  organisations,
  t,
  level = 3,
  scope,
  children,
}: {
  step: PlanStep;
  sources: PlanSteps['sources'];
  organisations: Partial<Organisations>;
  t: T;
  level?: 3 | 4;
  /** Where a page shows the same step more than once (every phase), what makes its id unique there. */
  scope?: string;
  /** The ticks, under the step. */
  children?: ComponentChildren;
}) {
  const lang = useLang();
  const H = `h${level}` as const;
  const facts = step.facts ?? [];
  const keys = usedSources(facts);
  const id = scope ? `step-${scope}-${step.id}` : `step-${step.id}`;
  return (
    <article class="plan-step" aria-labelledby={id}>
      <H id={id} class="plan-step__title">
        {step.title[lang]}
      </H>
      <p>{step.why[lang]}</p>
      {step.items && (
        <ul class="plan-items">
          {step.items[lang].map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
      {facts.length > 0 && (
        <ul class="plan-facts">
          {facts.map((f) => (
            <li key={f.text[lang]}>
              {f.text[lang]}
              <Ref n={keys.indexOf(f.source) + 1} t={t} />
            </li>
          ))}
        </ul>
      )}
      {step.caution && <p class="notice">{step.caution[lang]}</p>}
      {step.organisations && (
        <ul class="plan-orgs">
          {step.organisations.map((id) => {
            const org = organisations[id];
            return (
              org && (
                <li key={id}>
                  <a href={localePath(lang, organisationPath(id))}>{t('plan.more', { name: org.name[lang] })}</a>
                </li>
              )
            );
          })}
        </ul>
      )}
      <SourceNotes keys={keys} sources={sources} t={t} />
      {children}
    </article>
  );
}
