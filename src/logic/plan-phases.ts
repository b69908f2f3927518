// The plan's phases on their own: every page's routes need them (src/routes.ts, /mijn-plan/N/), and
// plan.ts is too much to carry onto every interactive page for one list. plan.ts re-exports them.

/** Where the visitor is; the last one is the variant for someone who cares about a person inside. */
export const planPhases = ['doubt', 'preparing', 'leaveNow', 'justOut', 'longOut', 'relative'] as const;
export type PlanPhase = (typeof planPhases)[number];
