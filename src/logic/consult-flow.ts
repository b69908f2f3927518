// Samen kijken's flow as pure functions: the start screen, one topic (a domain's indicator) per screen
// in the order of the domains, and the help finder. Where "Volgende", "Vorige", the arrow keys, "Zoek
// hulp" and "Naar het begin" lead; the component draws the stage these return.
import { domainIds, type DomainId } from './domains.ts';

export type ConsultStage = { name: 'start' } | { name: 'indicator'; index: number } | { name: 'finder' };

export const startConsult = (): ConsultStage => ({ name: 'start' });

/** "Bekijk de signalen": the first topic. */
export const firstTopic = (): ConsultStage => ({ name: 'indicator', index: 0 });

/** "Zoek hulp" (on the start screen and after the last topic). */
export const toFinder = (): ConsultStage => ({ name: 'finder' });

/** Names the stage for focus: a new name, a new heading to move focus to. */
export const consultStepKey = (stage: ConsultStage): string =>
  stage.name === 'indicator' ? `i${stage.index}` : stage.name;

const within = (index: number) => Math.max(0, Math.min(domainIds.length - 1, index));

/** The topic a stage shows, its place among all ("3 van 10") and whether it is the last one. */
export function topicOf(
  stage: ConsultStage,
): { domain: DomainId; n: number; total: number; last: boolean } | undefined {
  if (stage.name !== 'indicator') return undefined;
  const index = within(stage.index);
  return { domain: domainIds[index]!, n: index + 1, total: domainIds.length, last: index === domainIds.length - 1 };
}

/** "Volgende": the next topic; after the last, the help finder. */
export function nextTopic(stage: ConsultStage): ConsultStage {
  if (stage.name !== 'indicator') return stage;
  const index = stage.index + 1;
  return index < domainIds.length ? { name: 'indicator', index } : toFinder();
}

/** "Vorige": the topic before; from the first, the start screen. */
export function previousTopic(stage: ConsultStage): ConsultStage {
  if (stage.name !== 'indicator') return stage;
  return stage.index === 0 ? startConsult() : { name: 'indicator', index: stage.index - 1 };
}

/** How many topics an arrow key moves: right on, left back, any other key none. */
export function arrowDelta(key: string): -1 | 0 | 1 {
  return key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
}

/** An arrow key on a topic: `delta` topics on or back, never past the first or the last. Elsewhere nothing. */
export function stepTopic(stage: ConsultStage, delta: number): ConsultStage {
  if (stage.name !== 'indicator' || !delta) return stage;
  const index = within(stage.index + delta);
  return index === stage.index ? stage : { name: 'indicator', index };
}
