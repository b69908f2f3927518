// The help finder inside another flow, opened in place (no page load, so that flow's answers stay): the
// self-check after its result, and Samen kijken. A way back above it, and focus on its first question.
// It comes with that flow's later steps, whose content it uses, so its result needs nothing more.
import { useMemo } from 'preact/hooks';
import { ready } from '../../ui/later.tsx';
import { HelpFinder } from './HelpFinder.tsx';
import type { HelpFinderProps } from './types.ts';
import * as result from './FinderResult.tsx';

export function EmbeddedFinder({
  class: className,
  backLabel,
  onBack,
  intro,
  ...finder
}: Omit<HelpFinderProps, 'focusOnMount'> & {
  class: string;
  backLabel: string;
  onBack: () => void;
  /** A line above the finder (Samen kijken: to the client). */
  intro?: string;
}) {
  const { organisations, routing, planTexts } = finder;
  const more = useMemo(
    () => ready({ ...result, organisations, routing, planTexts }),
    [organisations, routing, planTexts],
  );
  return (
    <div class={className}>
      <p>
        <button type="button" class="link-button" onClick={onBack}>
          {backLabel}
        </button>
      </p>
      {intro && <p class="consult__to-client">{intro}</p>}
      <HelpFinder {...finder} more={more} focusOnMount />
    </div>
  );
}
