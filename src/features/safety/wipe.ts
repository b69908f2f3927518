// "Alles wissen": removes everything the app left on this device, then leaves like the quick exit.
// Loaded only on the safety page. Offline (or installed) it goes to about:blank, because the neutral
// page was part of the offline copy that was just deleted.
//
// Every step may fail or hang (a storage API that throws on access, or is null, or never answers), and
// none may stop the others or keep the visitor waiting: each step is isolated, all of them together
// get WIPE_LIMIT_MS, and the page leaves whatever happened.
import { forgetAll } from '../../ui/forget.ts';
import { isStandalone, leave } from '../quick-exit/quick-exit.ts';
import { NEUTRAL_SITE } from '../quick-exit/neutral.ts';
import { clearSiteDataPath } from '../../policy.ts';
import { BASE, withBase } from '../../base.ts';
import { SAVED_DB_NAME } from '../../storage/exists.ts';
import { within } from '../../storage/within.ts';
import { announceWipe } from './broadcast.ts';

export const WIPE_LIMIT_MS = 5000;

/** Starts one step; a step that throws at once becomes a rejected promise like any other failure. */
function step(work: () => unknown): Promise<unknown> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error);
  }
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

export async function wipeDevice(): Promise<void> {
  announceWipe(); // first: no other tab may bring the offline copy back
  forgetAll();
  // Under a sub-path the app shares its origin with the host's own site: remove only what is the app's
  // (its worker's scope, the caches Workbox names after that scope), never the host's.
  const scope = new URL(BASE, location.href).href;
  const ours = (name: string) => BASE === '/' || name.includes(scope);
  const steps = [
    step(async () =>
      Promise.all(
        (await navigator.serviceWorker.getRegistrations()).filter((r) => ours(r.scope)).map((r) => r.unregister()),
      ),
    ),
    step(async () => Promise.all((await caches.keys()).filter(ours).map((key) => caches.delete(key)))),
    step(async () => {
      const names =
        typeof indexedDB.databases === 'function'
          ? (await indexedDB.databases()).map((db) => db.name)
          : [SAVED_DB_NAME];
      await Promise.all(
        names.filter((name): name is string => !!name && (BASE === '/' || name === SAVED_DB_NAME)).map(deleteDatabase),
      );
    }),
    // The app never writes web storage; at the root it owns the origin, so it clears it to be sure.
    ...(BASE === '/' ? [step(() => localStorage.clear()), step(() => sessionStorage.clear())] : []),
  ];
  await within(WIPE_LIMIT_MS, async () => {
    await Promise.allSettled(steps);
    await askHostToClear();
  }).catch(() => undefined);
}

/**
 * Last, and not through the service worker (just unregistered): the answer from this address carries
 * Clear-Site-Data, which clears the HTTP cache too, in browsers that support it. Loaded as a hidden
 * frame, because a browser handles the header on a navigation before it goes on; on a fetch() Chromium
 * honoured it only some of the time. The frame itself is refused (frame-ancestors 'none'), which is fine:
 * the header has done its work by then.
 */
function askHostToClear(): Promise<void> {
  return new Promise<void>((resolve) => {
    const frame = document.createElement('iframe');
    frame.hidden = true;
    frame.addEventListener('load', () => resolve());
    frame.addEventListener('error', () => resolve());
    frame.src = withBase(clearSiteDataPath);
    document.body.append(frame);
  });
}

export function initWipe(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-wipe]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      button.disabled = true;
      button.textContent = button.dataset.busyText ?? button.textContent;
      try {
        await wipeDevice();
      } finally {
        let online = false;
        try {
          online = navigator.onLine && !isStandalone();
        } catch {
          // leave for the blank page
        }
        leave(online ? NEUTRAL_SITE : 'about:blank');
      }
    });
  }
  for (const note of document.querySelectorAll<HTMLElement>('[data-wipe-noscript]')) note.hidden = true;
}
