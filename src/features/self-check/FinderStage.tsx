// After the result: the help finder, opened in place (no page load, so the answers stay), with what the
// self-check already knows filled in, and a way back to the result.
import { finderAnswersFrom, type SelfCheckRoute, type SelfCheckSummary } from '../../logic/index.ts';
import { EmbeddedFinder } from '../help-finder/Embedded.tsx';
import type { SelfCheckProps } from './types.ts';
import { shownByResult } from './CheckResult.tsx';

export function FinderStage({
  t,
  finderTexts,
  organisations,
  routing,
  planTexts,
  route,
  summary,
  onBack,
}: SelfCheckProps & {
  route: SelfCheckRoute;
  summary: SelfCheckSummary;
  onBack: () => void;
}) {
  return (
    <EmbeddedFinder
      class="check"
      backLabel={t('selfCheck.backToResult')}
      onBack={onBack}
      t={t}
      texts={finderTexts}
      organisations={organisations}
      routing={routing}
      initial={finderAnswersFrom(route, summary)}
      shown={shownByResult(route, summary)}
      planTexts={planTexts}
    />
  );
}
