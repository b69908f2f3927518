// "Mijn plan" (issue 21) as pure functions: the phases and what matters first (the lists content/plan/
// follows), which steps a phase shows and in which order, the ticks, the counsellor view, and where each
// button leads. The component keeps the state and draws what these return; nothing here touches the DOM.
import type { OrganisationId } from './organisations.ts';

/** Where the visitor is; the last one is the variant for someone who cares about a person inside. */
export const planPhases = ['doubt', 'preparing', 'leaveNow', 'justOut', 'longOut', 'relative'] as const;
export type PlanPhase = (typeof planPhases)[number];

/** What can matter first. Choosing orders the steps; it never hides one. */
export const planPriorities = [
  'children',
  'safety',
  'faith',
  'family',
  'money',
  'home',
  'workSchool',
  'health',
] as const;
export type PlanPriority = (typeof planPriorities)[number];

/** How a step can be ticked; none is required. */
export const planTicks = ['done', 'notForMe', 'later'] as const;
export type PlanTick = (typeof planTicks)[number];

/** A step as the logic needs it: its id, the phases that show it, what it is about, and an anchor. */
export interface PlanStepShape {
  id: string;
  phases: readonly PlanPhase[];
  topics: readonly PlanPriority[];
  /** Never before this step when both are shown (peers come after Onder Controle, never instead). */
  after?: string;
}

export type PlanStage = 'start' | 'priorities' | 'steps' | 'counsellor';

export interface PlanState {
  stage: PlanStage;
  phase?: PlanPhase;
  /** In the order of planPriorities, whatever order they were chosen in. */
  priorities: readonly PlanPriority[];
  ticks: Readonly<Record<string, PlanTick | undefined>>;
}

export const startPlan = (phase?: PlanPhase): PlanState => ({ stage: 'start', phase, priorities: [], ticks: {} });

/** The phase whose steps show without a choice of priorities first: someone leaving tonight needs them now. */
export const urgentPhase: PlanPhase = 'leaveNow';

/** The organisations the leaving-tonight block shows first, in this order: 112, then Veilig Thuis. */
export const leavingTonightHelp = ['alarmnummer-112', 'veilig-thuis'] as const satisfies readonly OrganisationId[];

/**
 * The phase that shows the leaving-tonight block (112 and Veilig Thuis first) above its steps (the
 * results show it by their answers instead: showsLeavingTonight in urgent.ts).
 */
export const phaseShowsLeavingTonight = (phase: PlanPhase | undefined): boolean => phase === urgentPhase;

/** Choosing a phase: on to what matters first, or straight to the steps when leaving now. Ticks stay. */
export function choosePhase(state: PlanState, phase: PlanPhase): PlanState {
  return { ...state, phase, stage: phase === urgentPhase ? 'steps' : 'priorities' };
}

/** Ticking a priority on or off; the list stays in the order of planPriorities. */
export function togglePriority(state: PlanState, priority: PlanPriority): PlanState {
  const on = !state.priorities.includes(priority);
  const next = planPriorities.filter((p) => (p === priority ? on : state.priorities.includes(p)));
  return { ...state, priorities: next };
}

/** A tick, or the same tick again to take it off. */
export function tick(state: PlanState, id: string, value: PlanTick): PlanState {
  const ticks = { ...state.ticks };
  if (ticks[id] === value) delete ticks[id];
  else ticks[id] = value;
  return { ...state, ticks };
}

export const toSteps = (state: PlanState): PlanState => (state.phase ? { ...state, stage: 'steps' } : state);
export const toCounsellor = (state: PlanState): PlanState => (state.phase ? { ...state, stage: 'counsellor' } : state);

/** "Vorige" and the page's "Terug": one screen back, keeping everything chosen; undefined at the start. */
export function backPlan(state: PlanState): PlanState | undefined {
  switch (state.stage) {
    case 'start':
      return undefined;
    case 'priorities':
      return { ...state, stage: 'start' };
    case 'steps':
      return { ...state, stage: state.phase === urgentPhase ? 'start' : 'priorities' };
    case 'counsellor':
      return { ...state, stage: 'steps' };
  }
}

/**
 * Whether leaving the page would lose anything chosen: priorities or ticks. A phase alone is one tap to
 * choose again (and a link may have chosen it), so leaving does not ask for it.
 */
export const planHasWork = (state: PlanState): boolean =>
  state.priorities.length > 0 || Object.keys(state.ticks).length > 0;

/** The steps a phase shows, in the order of the content. */
export function visibleSteps<S extends PlanStepShape>(steps: readonly S[], phase: PlanPhase): S[] {
  return steps.filter((s) => s.phases.includes(phase));
}

/**
 * The steps of a phase, ordered by what the visitor chose: steps about a chosen priority first, the
 * earlier priority (in planPriorities) first; otherwise the content's order. A step with `after` never
 * comes before its anchor. No step is hidden by a choice.
 */
export function orderSteps<S extends PlanStepShape>(
  steps: readonly S[],
  phase: PlanPhase,
  priorities: readonly PlanPriority[],
): S[] {
  const rank = (s: S) => {
    const ranks = s.topics.filter((t) => priorities.includes(t)).map((t) => planPriorities.indexOf(t));
    return ranks.length ? Math.min(...ranks) : planPriorities.length;
  };
  const sorted = visibleSteps(steps, phase)
    .map((step) => ({ step, rank: rank(step) }))
    .sort((a, b) => a.rank - b.rank) // stable: content order among equals
    .map((x) => x.step);
  // Anchors: a step placed before its anchor moves to just after it.
  for (const step of [...sorted]) {
    if (!step.after) continue;
    const at = sorted.indexOf(step);
    const anchor = sorted.findIndex((s) => s.id === step.after);
    if (anchor > at) {
      sorted.splice(at, 1);
      sorted.splice(anchor, 0, step); // the anchor moved one place up when the step left
    }
  }
  return sorted;
}

/**
 * The counsellor view: the ordered steps the visitor has not set aside ("niet voor mij"), grouped as
 * still open (with "later" last) and done.
 */
export function counsellorSteps<S extends PlanStepShape>(
  steps: readonly S[],
  state: PlanState,
): { open: S[]; done: S[] } {
  if (!state.phase) return { open: [], done: [] };
  const ordered = orderSteps(steps, state.phase, state.priorities);
  const t = (s: S) => state.ticks[s.id];
  return {
    open: [...ordered.filter((s) => t(s) === undefined), ...ordered.filter((s) => t(s) === 'later')],
    done: ordered.filter((s) => t(s) === 'done'),
  };
}

/** What can be saved: only known phases, priorities, step ids and ticks; never a text. */
export interface SavedPlan {
  phase: PlanPhase;
  priorities: PlanPriority[];
  ticks: Record<string, PlanTick>;
}

export function toSaved(state: PlanState): SavedPlan | undefined {
  if (!state.phase) return undefined;
  const ticks: Record<string, PlanTick> = {};
  for (const [id, value] of Object.entries(state.ticks)) if (value) ticks[id] = value;
  return { phase: state.phase, priorities: [...state.priorities], ticks };
}

/** Checks a plan read back from storage against the lists and the steps there are. */
export function isSavedPlan(stepIds: readonly string[]) {
  return (x: unknown): x is SavedPlan => {
    const v = x as SavedPlan;
    if (typeof x !== 'object' || x === null) return false;
    if (!(planPhases as readonly string[]).includes(v.phase)) return false;
    if (!Array.isArray(v.priorities) || !v.priorities.every((p) => (planPriorities as readonly string[]).includes(p)))
      return false;
    if (typeof v.ticks !== 'object' || v.ticks === null || Array.isArray(v.ticks)) return false;
    return Object.entries(v.ticks).every(
      ([id, t]) => stepIds.includes(id) && (planTicks as readonly string[]).includes(t),
    );
  };
}

export const fromSaved = (saved: SavedPlan): PlanState => ({
  stage: 'steps',
  phase: saved.phase,
  priorities: planPriorities.filter((p) => saved.priorities.includes(p)),
  ticks: { ...saved.ticks },
});
