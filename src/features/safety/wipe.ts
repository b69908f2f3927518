// "Alles wissen": removes everything the app left on this device, then leaves like the quick exit.
// Loaded only on the safety page. Offline (or installed) it goes to about:blank, because the neutral
// page was part of the offline copy that was just deleted.
import { forgetAll } from '../../ui/forget.ts';
import { isStandalone, leave } from '../quick-exit/quick-exit.ts';
import { NEUTRAL_SITE } from '../quick-exit/neutral.ts';

export async function wipeDevice(): Promise<void> {
  forgetAll();
  const tasks: Array<Promise<unknown>> = [];
  if ('serviceWorker' in navigator) {
    tasks.push(navigator.serviceWorker.getRegistrations().then((rs) => Promise.all(rs.map((r) => r.unregister()))));
  }
  if ('caches' in self) tasks.push(caches.keys().then((keys) => Promise.all(keys.map((k) => caches.delete(k)))));
  if ('indexedDB' in self && typeof indexedDB.databases === 'function') {
    tasks.push(
      indexedDB.databases().then((dbs) =>
        Promise.all(
          dbs.map(
            (db) =>
              new Promise<void>((resolve) => {
                if (!db.name) return resolve();
                const request = indexedDB.deleteDatabase(db.name);
                request.onsuccess = request.onerror = request.onblocked = () => resolve();
              }),
          ),
        ),
      ),
    );
  }
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    // Storage may be blocked; then there is nothing in it either.
  }
  await Promise.allSettled(tasks);
}

export function initWipe(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-wipe]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      button.disabled = true;
      button.textContent = button.dataset.busyText ?? button.textContent;
      await wipeDevice();
      leave(navigator.onLine && !isStandalone() ? NEUTRAL_SITE : 'about:blank');
    });
  }
  for (const note of document.querySelectorAll<HTMLElement>('[data-wipe-noscript]')) note.hidden = true;
}
