// The props the plan's components share: the plan's own (Plan.tsx), which its views receive too. A
// module of their own, so a view imports them from here, not from the component that draws it.
import type { ComponentChildren } from 'preact';
import type { PlanSteps, PlanTexts } from '../../content/schema.ts';
import type { Organisations } from '../../content/types.ts';
import type { T } from '../../i18n/index.ts';
import type * as flow from '../../logic/plan.ts';

/** What the steps and the counsellor's view show: it loads after the visitor's first choice (more.ts). */
export interface PlanContent {
  steps: PlanSteps;
  /** The organisations the plan names (content part planOrganisations). */
  organisations: Partial<Organisations>;
}

export interface PlanProps extends PlanContent {
  t: T;
  texts: PlanTexts;
  /** The phase the page's address opened with (a neutral path, src/routes.ts). */
  entry?: flow.PlanPhase;
  /** Under the steps: the optional "bewaren op dit apparaat" panel. */
  renderSave?: (value: flow.SavedPlan) => ComponentChildren;
  /** On the first screen: a way to open a plan saved earlier. */
  renderOpen?: (open: (value: flow.SavedPlan) => void) => ComponentChildren;
}
