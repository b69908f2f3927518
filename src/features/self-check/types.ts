// The props the self-check's components share: the self-check's own (SelfCheck.tsx), which every stage
// receives, the content of the later steps (loaded when the visitor starts, more.ts) and the answers. A
// module of their own, so a stage imports them from here, not from the component that draws it.
import type { ComponentChildren } from 'preact';
import type { T } from '../../i18n/index.ts';
import type { HelpFinderTexts, Questions, Routing, SelfCheckTexts, PlanTexts } from '../../content/schema.ts';
import type { Indicators, Organisations } from '../../content/types.ts';
import type { SelfCheckRoute } from '../../logic/check-result.ts';
import type { CheckAnswers } from '../../logic/check-flow.ts';

export type Answers = CheckAnswers;

/** The content the steps after the start screen show: it loads when the visitor starts (more.ts). */
export interface SelfCheckContent {
  indicators: Indicators;
  organisations: Organisations;
  routing: Routing;
  finderTexts: HelpFinderTexts;
  /** The plan's texts: "Moet je vannacht weg?" on a result with violence or being locked up. */
  planTexts?: PlanTexts;
}

/** What every stage gets: the island's props with the content of the later steps. */
export interface SelfCheckProps extends SelfCheckContent {
  t: T;
  texts: SelfCheckTexts;
  questions: Questions;
  /** Shown under the result: the optional "bewaren op dit apparaat" panel. */
  renderSave?: (state: { route: SelfCheckRoute; answers: Answers }) => ComponentChildren;
  /** Shown on the start screen: a way to open answers saved earlier. */
  renderOpen?: (open: (state: { route: SelfCheckRoute; answers: Answers }) => void) => ComponentChildren;
}

/** What the start screen gets: the self-check's props without the content of the later steps. */
export type SelfCheckStartProps = Omit<SelfCheckProps, keyof SelfCheckContent>;
