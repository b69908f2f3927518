// The props the help finder's components share: the questions' (HelpFinder.tsx and every question
// screen), the result's content (loaded later, more.ts) and the result's props (FinderResult.tsx). A
// module of their own, so a child imports its props from here, not from the component that draws it.
import type { RefObject } from 'preact';
import type { T } from '../../i18n/index.ts';
import type { HelpFinderTexts, Routing, PlanTexts } from '../../content/schema.ts';
import type { Organisations } from '../../content/types.ts';
import type { FinderAnswers, OrganisationId, Role } from '../../logic/index.ts';
import type { FinderState } from '../../logic/finder-flow.ts';

/** What only the result shows: it loads after the first answer (more.ts), not with the questions. */
export interface HelpFinderContent {
  organisations: Organisations;
  routing: Routing;
  /** The plan's texts, for "Moet je vannacht weg?" on a result with danger now (not in Samen kijken). */
  planTexts?: PlanTexts;
}

/** The finder's questions and what the page knows; the result's code and content come in `more`. */
export interface FinderQuestionsProps {
  t: T;
  texts: HelpFinderTexts;
  /** Answers filled in elsewhere (the self-check); the visitor sees and can change them. */
  initial?: FinderAnswers;
  /** Move focus to the first question at once (when the finder opens inside another flow). */
  focusOnMount?: boolean;
  /**
   * Whom the finder is about when the page already knows it (Samen kijken: the client, so `self`): the
   * role question is skipped, also after "Opnieuw beginnen" and the quick exit. "Vorige" on the first
   * question still opens it, for the client who is there for someone else.
   */
  about?: Role;
  /** Organisations an earlier screen already showed with their contact (the self-check's result). */
  shown?: readonly OrganisationId[];
}

/** What the result gets: the questions' props and the result's content. */
export interface HelpFinderProps extends FinderQuestionsProps, HelpFinderContent {}

export interface ScreenProps extends FinderQuestionsProps {
  state: FinderState;
  error: string;
  heading: RefObject<HTMLHeadingElement | null>;
  onAnswers: (answers: FinderAnswers) => void;
  onNext: () => void;
  onSkip: () => void;
  onBack: () => void;
}
