// "Alles wissen" in one tab empties every other open tab of the app at once, over a same-origin
// BroadcastChannel: a tab left open could otherwise register the service worker again and bring the
// offline copy back, and it still holds answers in memory. A channel object never receives its own
// messages, so the wiping tab, which uses this same object, is not blanked by its own call.
import { leave } from '../quick-exit/quick-exit.ts';

const CHANNEL = 'hulpwijzer';
const WIPE = 'wipe';
let channel: BroadcastChannel | null | undefined;

function open(): BroadcastChannel | null {
  if (channel === undefined) {
    try {
      channel = new BroadcastChannel(CHANNEL);
    } catch {
      channel = null; // no BroadcastChannel: nothing to tell, nothing to hear
    }
  }
  return channel;
}

/** Tells every other tab of the app to blank itself and forget its answers. */
export function announceWipe(): void {
  try {
    open()?.postMessage(WIPE);
  } catch {
    // Telling the others must never stop the wipe itself.
  }
}

/** In every tab: when another tab wipes, forget everything and blank this one too (no history entry). */
export function listenForWipe(onWipe: () => void = () => leave('about:blank')): void {
  const c = open();
  if (c) c.onmessage = (event) => event.data === WIPE && onWipe();
}
