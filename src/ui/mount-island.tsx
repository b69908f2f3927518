// How every island renders once its code has loaded (src/islands.ts): its dictionary and its part of
// the content in the page's language, then the view in place of the prerendered fallback, inside a
// boundary that says what went wrong and offers a way on. Imported only by the islands' mount files,
// so none of this is on a page that has no island.
import { render, type VNode } from 'preact';
import { createT, loadDictionary, type Lang, type T } from '../i18n/index.ts';
import { contentFor } from '../content/for-lang.ts';
import type { Content } from '../content/types.ts';
import type { IslandPart } from '../content/island-parts.ts';
import { IslandBoundary } from './Island.tsx';
import { LangProvider } from './lang.ts';

export async function mountIsland<P extends IslandPart>(
  el: HTMLElement,
  lang: Lang,
  parts: P[],
  view: (t: T, content: Pick<Content, P>) => VNode,
): Promise<void> {
  const [dictionary, content] = await Promise.all([loadDictionary(lang), contentFor(lang, ...parts)]);
  const t = createT(lang, dictionary);
  el.textContent = ''; // the fallback says the part needs JavaScript; it does not need to stay
  render(
    <LangProvider value={lang}>
      <IslandBoundary t={t}>{view(t, content)}</IslandBoundary>
    </LangProvider>,
    el,
  );
}
