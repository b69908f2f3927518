// Registers the service worker (the offline copy) after the page has loaded, and offers a new version
// only with the visitor's consent and never while a questionnaire is open (registerType "prompt":
// reloading by itself would lose answers). Loaded lazily by main.ts.
import { Workbox } from 'workbox-window';
import { whenIdle } from '../ui/busy.ts';
import { BASE, withBase } from '../base.ts';
import { listenForWipe } from '../features/safety/broadcast.ts';
import { markNeutralStored } from '../features/quick-exit/quick-exit.ts';
import { trustedTypesPolicy } from '../policy.ts';
import type { TrustedScriptURL, TrustedTypePolicyFactory } from 'trusted-types/lib';

/**
 * The worker's address as the page's Trusted Types policy requires it (src/policy.ts): one named
 * policy that accepts this one address and refuses any other. Browsers without Trusted Types take
 * the plain string.
 */
function workerUrl(): string | TrustedScriptURL {
  const url = withBase('/sw.js');
  const policy = (window as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes?.createPolicy(
    trustedTypesPolicy,
    {
      createScriptURL: (input: string) => {
        if (input !== url) throw new TypeError(`Not the service worker: ${input}`);
        return input;
      },
    },
  );
  return policy ? policy.createScriptURL(url) : url;
}

export function registerServiceWorker(): void {
  listenForWipe(); // "Alles wissen" in another tab blanks this one, before it could register again
  try {
    if (!('serviceWorker' in navigator) || !navigator.serviceWorker) return;
    // Under a sub-path, the worker's scope is that path only: it never touches the rest of the host's site.
    const wb = new Workbox(workerUrl(), { scope: BASE });
    wb.addEventListener('waiting', () => whenIdle(() => offerUpdate(wb)));
    wb.addEventListener('activated', markNeutralStored); // the offline copy, neutral page included, is whole
    void wb
      .register()
      .then((registration) => {
        if (registration?.active) markNeutralStored();
        // Look for a new version when the visitor comes back to the app (installed apps stay open long).
        document.addEventListener('visibilitychange', () => {
          if (document.visibilityState === 'visible') void registration?.update().catch(() => undefined);
        });
      })
      .catch(() => undefined);
  } catch {
    // Service workers blocked (some private or locked-down modes): the app works online without one.
  }
}

/** An inline offer under the header: never a dialog, never over the quick exit. */
function offerUpdate(wb: Workbox): void {
  const slot = document.getElementById('update-slot');
  if (!slot || slot.firstChild) return;
  const { available = '', reload = '', later = '' } = slot.dataset;
  const box = document.createElement('div');
  box.className = 'update-offer';
  box.setAttribute('role', 'status');
  const text = document.createElement('p');
  text.textContent = available;
  const accept = document.createElement('button');
  accept.type = 'button';
  accept.className = 'button';
  accept.textContent = reload;
  accept.dataset.updateAccept = '';
  const decline = document.createElement('button');
  decline.type = 'button';
  decline.className = 'button button--secondary';
  decline.textContent = later;
  accept.addEventListener('click', () => {
    wb.addEventListener('controlling', () => location.reload());
    wb.messageSkipWaiting();
  });
  decline.addEventListener('click', () => box.remove());
  box.append(text, accept, decline);
  slot.append(box);
}
