// Loaded only on the self-check page: replaces the prerendered fallback with the questionnaire. The
// start screen comes with the page; the later steps load when the visitor starts (more.ts).
import type { Lang } from '../../i18n/index.ts';
import { islandContentOnLoad } from '../../content/island-parts.ts';
import { mountIsland } from '../../ui/mount-island.tsx';
import { ErrorBoundary } from '../../ui/Island.tsx';
import { SelfCheck } from './SelfCheck.tsx';
import { OpenSaved } from './OpenSaved.tsx';
import { SaveLater } from './SaveLater.tsx';
import { selfCheckMore } from './more.ts';

export function mount(el: HTMLElement, lang: Lang): Promise<void> {
  const more = selfCheckMore(lang);
  return mountIsland(el, lang, islandContentOnLoad['self-check'], (t, c) => (
    <SelfCheck
      t={t}
      texts={c.selfCheck}
      questions={c.questions}
      more={more}
      renderSave={(value) => <SaveLater more={more} t={t} value={value} />}
      renderOpen={(open) => (
        <ErrorBoundary fallback={null}>
          <OpenSaved t={t} questions={c.questions} onOpen={open} />
        </ErrorBoundary>
      )}
    />
  ));
}
