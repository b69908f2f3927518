// Interactive parts of a page ("islands") load here; the rest of every page stays static HTML.
// Each island loads only its own code and its own language, and renders over a prerendered fallback
// that works without JavaScript (docs/DECISIONS.md, "Islands render, they do not hydrate").
import { defaultLang, isLang, type Lang } from './i18n/languages.ts';

type Mount = (el: HTMLElement, lang: Lang) => Promise<void>;

const loaders: Record<string, () => Promise<{ mount: Mount }>> = {
  'help-finder': () => import('./features/help-finder/mount.tsx'),
  'self-check': () => import('./features/self-check/mount.tsx'),
  consultation: () => import('./features/consultation/mount.tsx'),
  plan: () => import('./features/plan/mount.tsx'),
};

/** Renders every island of the page in place of its fallback, each in the page's language. */
export function mountIslands(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-island]')) {
    const load = loaders[el.dataset.island ?? ''];
    const lang = isLang(el.dataset.lang) ? el.dataset.lang : defaultLang;
    // If the code cannot load, the fallback simply stays: the page still reads and points the way on.
    if (load)
      void load()
        .then((m) => m.mount(el, lang))
        .catch(() => undefined);
  }
}
