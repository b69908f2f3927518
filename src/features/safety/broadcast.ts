// "Alles wissen" in one tab empties every other open tab of the app at once, over a same-origin
// BroadcastChannel: a tab left open could otherwise register the service worker again and bring the
// offline copy back, and it still holds answers in memory. A channel object never receives its own
// messages, so the wiping tab, which uses this same object, is not blanked by its own call.
// The quick exit uses the same channel (quick-exit.ts) to take every tab away at once.
import { leave, tabsChannel as open } from '../quick-exit/quick-exit.ts';

const WIPE = 'wipe';

/** Tells every other tab of the app to blank itself and forget its answers. */
export function announceWipe(): void {
  try {
    open()?.postMessage(WIPE);
  } catch {
    // Telling the others must never stop the wipe itself.
  }
}

/** In every tab: when another tab wipes, forget everything and blank this one too (no history entry). */
export function listenForWipe(onWipe: () => void = () => leave('about:blank', false)): void {
  const c = open();
  c?.addEventListener('message', (event) => event.data === WIPE && onWipe());
}
