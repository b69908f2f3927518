// Loaded only on the help finder page: replaces the prerendered fallback with the interactive finder.
import { render } from 'preact';
import { createT, loadDictionary, type Lang } from '../../i18n/index.ts';
import { contentFor } from '../../content/for-lang.ts';
import { HelpFinder } from './HelpFinder.tsx';
import { IslandBoundary } from '../../ui/Island.tsx';

export async function mount(el: HTMLElement, lang: Lang): Promise<void> {
  const [dictionary, { helpFinder, organisations, routing }] = await Promise.all([
    loadDictionary(lang),
    contentFor(lang, 'helpFinder', 'organisations', 'routing'),
  ]);
  el.textContent = ''; // the fallback says the finder needs JavaScript; it does not need to stay
  const t = createT(lang, dictionary);
  render(
    <IslandBoundary t={t} lang={lang}>
      <HelpFinder lang={lang} t={t} texts={helpFinder} organisations={organisations} routing={routing} />
    </IslandBoundary>,
    el,
  );
}
