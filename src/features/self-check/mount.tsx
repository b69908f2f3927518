// Loaded only on the self-check page: replaces the prerendered fallback with the questionnaire.
import { render } from 'preact';
import { createT, loadDictionary, type Lang } from '../../i18n/index.ts';
import { contentFor } from '../../content/for-lang.ts';
import { SelfCheck } from './SelfCheck.tsx';
import { SavePanel } from './SavePanel.tsx';
import { OpenSavedPanel } from './OpenSavedPanel.tsx';
import { ErrorBoundary, IslandBoundary } from '../../ui/Island.tsx';

export async function mount(el: HTMLElement, lang: Lang): Promise<void> {
  const [dictionary, c] = await Promise.all([
    loadDictionary(lang),
    contentFor(lang, 'selfCheck', 'questions', 'indicators', 'organisations', 'routing', 'helpFinder'),
  ]);
  const t = createT(lang, dictionary);
  el.textContent = '';
  // A failing save panel must not take the result (and the answers) with it: it has its own boundary.
  const saveError = <p role="alert">{t('selfCheck.save.error')}</p>;
  render(
    <IslandBoundary t={t} lang={lang}>
      <SelfCheck
        lang={lang}
        t={t}
        texts={c.selfCheck}
        questions={c.questions}
        indicators={c.indicators}
        organisations={c.organisations}
        routing={c.routing}
        finderTexts={c.helpFinder}
        renderSave={(value) => (
          <ErrorBoundary fallback={saveError}>
            <SavePanel t={t} value={value} />
          </ErrorBoundary>
        )}
        renderOpen={(open) => (
          <ErrorBoundary fallback={null}>
            <OpenSavedPanel t={t} questions={c.questions} onOpen={open} />
          </ErrorBoundary>
        )}
      />
    </IslandBoundary>,
    el,
  );
}
