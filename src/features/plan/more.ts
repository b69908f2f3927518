// What Mijn plan needs once a phase is chosen, in the page's language: the steps, the organisations they
// name and the code that shows them. Loaded after the visitor's first choice, so the page itself stays
// within its JavaScript budget (src/ui/later.tsx).
import type { Lang } from '../../i18n/index.ts';
import { contentFor } from '../../content/for-lang.ts';
import { later, type Later } from '../../ui/later.tsx';
import type * as Code from './steps.ts';
import type { PlanContent } from './types.ts';

export type PlanMore = PlanContent & typeof Code;

export function planMore(lang: Lang): Later<PlanMore> {
  return later(async () => {
    const [code, c] = await Promise.all([import('./steps.ts'), contentFor(lang, 'plan', 'planOrganisations')]);
    return { ...code, steps: c.plan, organisations: c.planOrganisations };
  });
}
