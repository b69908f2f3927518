// Loaded only on the self-check page: replaces the prerendered fallback with the questionnaire.
import type { Lang } from '../../i18n/index.ts';
import { mountIsland } from '../../ui/mount-island.tsx';
import { ErrorBoundary } from '../../ui/Island.tsx';
import { SelfCheck } from './SelfCheck.tsx';
import { SavePanel } from './SavePanel.tsx';
import { OpenSavedPanel } from './OpenSavedPanel.tsx';

export function mount(el: HTMLElement, lang: Lang): Promise<void> {
  return mountIsland(
    el,
    lang,
    ['selfCheck', 'questions', 'indicators', 'organisations', 'routing', 'helpFinder', 'planTexts'],
    (t, c) => (
      <SelfCheck
        lang={lang}
        t={t}
        texts={c.selfCheck}
        questions={c.questions}
        indicators={c.indicators}
        organisations={c.organisations}
        routing={c.routing}
        finderTexts={c.helpFinder}
        planTexts={c.planTexts}
        // A failing save panel must not take the result (and the answers) with it: it has its own boundary.
        renderSave={(value) => (
          <ErrorBoundary fallback={<p role="alert">{t('selfCheck.save.error')}</p>}>
            <SavePanel t={t} value={value} />
          </ErrorBoundary>
        )}
        renderOpen={(open) => (
          <ErrorBoundary fallback={null}>
            <OpenSavedPanel t={t} questions={c.questions} onOpen={open} />
          </ErrorBoundary>
        )}
      />
    ),
  );
}
