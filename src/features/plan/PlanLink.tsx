// A link to "Mijn plan", for the lead to drop into results, the danger block and "Voor naasten". With a
// phase it opens the plan with that phase chosen, through a neutral path ("/mijn-plan/3/"): the phase is
// never a word in the address, the history or the title (docs/DECISIONS.md, "Mijn plan: a neutral path
// per entry").
import type { ComponentChildren } from 'preact';
import type { T } from '../../i18n/index.ts';
import type { PlanPhase } from '../../logic/plan.ts';
import { localePath, planPath } from '../../routes.ts';
import { useLang } from '../../ui/lang.ts';

export function PlanLink({
  t,
  phase,
  children,
}: {
  t: T;
  /** The phase to open; without it the plan starts with the choice of phase. */
  phase?: PlanPhase;
  /** The link's text; "Mijn plan" by default. */
  children?: ComponentChildren;
}) {
  const lang = useLang();
  return (
    <a class="plan-link" href={localePath(lang, planPath(phase))}>
      {children ?? t('plan.nav')}
    </a>
  );
}

/** The way on to the plan from a result or a page: to its own variant for a relative. */
export function PlanLinkFor({ t, audience }: { t: T; audience: 'self' | 'relative' }) {
  return (
    <PlanLink t={t} phase={audience === 'relative' ? 'relative' : undefined}>
      {t(audience === 'relative' ? 'plan.fromResultRelative' : 'plan.fromResult')}
    </PlanLink>
  );
}
