// The one script on every page. It must stay small (it counts towards the first page's JavaScript
// budget): the quick exit and in-app navigation run at once; anything else loads only where a page
// asks for it, and the service worker registers after the page has loaded.
import { initQuickExit } from './features/quick-exit/quick-exit.ts';
import { initNavigation } from './ui/navigation.ts';
import { initOnlineState } from './ui/online.ts';

if (typeof window !== 'undefined') {
  initQuickExit();
  initNavigation();
  initOnlineState();
  // The code this page loads later. Once all of it has loaded or failed, <html data-scripts="settled">:
  // a failed load is never an unhandled error (the next page tries again; islands retry on their own),
  // and tests know when nothing is loading any more.
  const loads: Promise<unknown>[] = [];
  if (document.querySelector('[data-wipe]')) loads.push(import('./features/safety/wipe.ts').then((m) => m.initWipe()));
  if (document.querySelector('[data-island]')) loads.push(import('./islands.ts').then((m) => m.mountIslands()));
  const registerLater = () => {
    loads.push(import('./pwa/register.ts').then((m) => m.registerServiceWorker()));
    void Promise.allSettled(loads).then(() => (document.documentElement.dataset.scripts = 'settled'));
  };
  if (document.readyState === 'complete') registerLater();
  else addEventListener('load', registerLater, { once: true });
}

/** Build time only: renders one URL to HTML (vite-prerender-plugin calls this for every page). */
export async function prerender(data: { url: string }) {
  const { renderPage } = await import('./prerender.tsx');
  return renderPage(data.url);
}
