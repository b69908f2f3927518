// Loaded only on the "Samen kijken" page.
import { render } from 'preact';
import { createT, loadDictionary, type Lang } from '../../i18n/index.ts';
import { contentFor } from '../../content/for-lang.ts';
import { Consultation } from './Consultation.tsx';
import { IslandBoundary } from '../../ui/Island.tsx';

export async function mount(el: HTMLElement, lang: Lang): Promise<void> {
  const [dictionary, c] = await Promise.all([
    loadDictionary(lang),
    contentFor(lang, 'indicators', 'organisations', 'routing', 'helpFinder'),
  ]);
  el.textContent = '';
  const t = createT(lang, dictionary);
  render(
    <IslandBoundary t={t} lang={lang}>
      <Consultation
        lang={lang}
        t={t}
        indicators={c.indicators}
        organisations={c.organisations}
        routing={c.routing}
        finderTexts={c.helpFinder}
      />
    </IslandBoundary>,
    el,
  );
}
