// After the result: the help finder, opened in place (no page load, so the answers stay), with what the
// self-check already knows filled in, and a way back to the result.
import { finderAnswersFrom, type SelfCheckRoute, type SelfCheckSummary } from '../../logic/index.ts';
import { HelpFinder } from '../help-finder/HelpFinder.tsx';
import type { SelfCheckProps } from './types.ts';
import { shownByResult } from './CheckResult.tsx';

export function FinderStage({
  lang,
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
    <div class="check">
      <p>
        <button type="button" class="link-button" onClick={onBack}>
          {t('selfCheck.backToResult')}
        </button>
      </p>
      <HelpFinder
        lang={lang}
        t={t}
        texts={finderTexts}
        organisations={organisations}
        routing={routing}
        initial={finderAnswersFrom(route, summary)}
        shown={shownByResult(route, summary)}
        planTexts={planTexts}
        focusOnMount
      />
    </div>
  );
}
