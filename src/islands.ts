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

/** How long to wait before the one second try, when a part's code did not load (a bad connection). */
export const RETRY_AFTER_MS = 2000;

/** Loads and renders one island; a failed load is tried once more, after a pause or once back online. */
async function mountOne(el: HTMLElement, load: () => Promise<{ mount: Mount }>, lang: Lang): Promise<void> {
  try {
    await (await load()).mount(el, lang);
  } catch {
    await new Promise((resolve) => {
      setTimeout(resolve, RETRY_AFTER_MS);
      if (!navigator.onLine) addEventListener('online', resolve, { once: true });
    });
    await (await load()).mount(el, lang);
  }
}

/**
 * Renders every island of the page in place of its fallback, each in the page's language. The
 * outcome is on the element as data-island-state: "ready", or "unavailable" when its code could not
 * load twice; then the fallback stays (the page still reads and points the way on) and its first line
 * says the part could not load, instead of asking for JavaScript, which is on.
 */
export function mountIslands(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-island]')) {
    const load = loaders[el.dataset.island ?? ''];
    const lang = isLang(el.dataset.lang) ? el.dataset.lang : defaultLang;
    if (!load) continue;
    mountOne(el, load, lang).then(
      () => {
        el.dataset.islandState = 'ready';
      },
      () => {
        el.dataset.islandState = 'unavailable';
        el.querySelector('[data-island-notice]')?.setAttribute('hidden', '');
        el.querySelector('[data-island-unavailable]')?.removeAttribute('hidden');
      },
    );
  }
}
