// The quick exit's behaviour. Part of the first script on every page, so keep it small and free of
// dependencies. See docs/DECISIONS.md ("One history entry") for why in-app links replace the entry.
import { NEUTRAL_LOCAL, NEUTRAL_SITE } from './neutral.ts';
import { forgetAll } from '../../ui/forget.ts';
import { withBase } from '../../base.ts';

const SHIFT_WINDOW_MS = 5000; // GOV.UK: each Shift press within 5 s of the last
const ESC_WINDOW_MS = 1000; // NSW: Esc twice within 1 s
const TEXT_INPUTS = /^(text|search|email|tel|url|password|number|date|datetime-local|month|time|week)$/;

export function isStandalone(): boolean {
  return (
    ['standalone', 'fullscreen', 'minimal-ui', 'window-controls-overlay'].some(
      (mode) => matchMedia(`(display-mode: ${mode})`).matches,
    ) || (navigator as Navigator & { standalone?: boolean }).standalone === true
  );
}

let neutralStored = false;

/** Called once the service worker is active: from then on the neutral page opens offline too. */
export function markNeutralStored(): void {
  neutralStored = true;
}

/**
 * Offline, or in the installed app, an outside site would fail or open on top of the app. Offline
 * before the offline copy is ready (the first seconds of a first visit), the neutral page cannot load
 * either: then a blank page, never the browser's error page with the site's name.
 */
export function exitTarget(): string {
  if (navigator.onLine && !isStandalone()) return NEUTRAL_SITE;
  return neutralStored || navigator.serviceWorker?.controller ? withBase(NEUTRAL_LOCAL) : 'about:blank';
}

/**
 * Every open tab of the app shares this channel (same origin). A channel object never receives its own
 * messages, so the tab that sends is not told its own news. Null without BroadcastChannel.
 */
let channel: BroadcastChannel | null | undefined;
export function tabsChannel(): BroadcastChannel | null {
  if (channel === undefined) {
    try {
      channel = new BroadcastChannel('hulpwijzer');
    } catch {
      channel = null;
    }
  }
  return channel;
}
const EXIT = 'exit';

/**
 * Leaves by replacing this tab's entry, so Back never shows the app (docs/DECISIONS.md, "One history
 * entry"). Making the entry the neutral page first and then adding one for the target would also drop
 * Forward entries (an organisation's site the visitor came Back from), but Back then stopped Firefox's
 * and WebKit's history tests: that step is left out until it is proven in all three engines.
 */
function go(target: string): void {
  location.replace(target);
}

const texts = () => document.querySelector<HTMLElement>('.quick-exit')?.dataset ?? {};
const announce = (text = '') => {
  const status = document.querySelector('[data-quick-exit-status]');
  if (status) status.textContent = text;
};

/**
 * Runs `then` once the frame after now has been painted. Animation frames do not run in a hidden tab,
 * so a timer stands in there, and also when a frame takes too long.
 */
function afterNextFrame(then: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    then();
  };
  if (document.visibilityState === 'hidden') return once();
  requestAnimationFrame(() => setTimeout(once, 0)); // the task after the frame's paint
  setTimeout(once, 250);
}

/**
 * Cover everything now, then take the page away, forget what was entered and leave without adding a
 * history entry. The order matters on a slow phone. The frame after the input has one change only,
 * the cover, so it can be painted at once: even the announcement (which needs layout) and the title
 * wait until that frame is on screen. Then the page goes and the answers are forgotten. The navigation
 * waits one frame more, so that the neutral "loading" has been rendered (and reached a screen reader)
 * before the page is left; the screen is already blank. `target` defaults to exitTarget().
 */
export function leave(target?: string, tellOthers = true): void {
  const root = document.documentElement;
  root.classList.add('exiting'); // CSS covers the screen in the next frame
  afterNextFrame(() => {
    try {
      if (tellOthers) tabsChannel()?.postMessage(EXIT); // every other tab of the app leaves too
    } catch {
      // telling the others must never stop this exit
    }
    announce(texts().leaving); // the live region is the one element that stays in the page
    document.title = texts().neutralTitle ?? '';
    root.classList.add('exited'); // and now the page itself goes
    forgetAll();
    afterNextFrame(() => go(target ?? exitTarget())); // reading media queries can force a style update
  });
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.test(target.type);
}

/**
 * Wires up the control and the shortcuts. `exit` is injectable for tests (the app always uses
 * leave()); the returned function removes the listeners again.
 */
export function initQuickExit(exit: () => void = () => leave()): () => void {
  const listening = new AbortController();
  const options = { capture: true, signal: listening.signal };
  const box = document.querySelector<HTMLElement>('.quick-exit');
  const title = document.title;

  let presses = 0;
  let lastShift = 0;
  let shiftHeld = false;
  let shiftModified = false; // Shift held for a capital or a shortcut does not count
  let lastEsc = 0;
  let resetTimer: ReturnType<typeof setTimeout> | undefined;

  /** Shows the count as dots and says how many presses are left ("expired" when time ran out). */
  const show = (count: number, expired = false) => {
    presses = count;
    if (box) box.dataset.presses = String(count);
    announce(count ? texts()[`left-${3 - count}`] : expired ? texts().expired : ''); // data-left-2, data-left-1
  };

  const countShift = (event: Event) => {
    const now = Date.now();
    const count = now - lastShift <= SHIFT_WINDOW_MS ? presses + 1 : 1;
    lastShift = now;
    if (count >= 3) return exitNow(event);
    show(count);
    clearTimeout(resetTimer);
    resetTimer = setTimeout(() => show(0, true), SHIFT_WINDOW_MS);
  };

  /** Leaves, and keeps the rest of the page's handlers from running before the blank frame. */
  const exitNow = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
    clearTimeout(resetTimer);
    exit();
  };

  document.addEventListener(
    'click',
    (event) => {
      if ((event.target as Element | null)?.closest?.('[data-quick-exit]')) exitNow(event);
    },
    options,
  );

  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Shift') {
        if (!event.repeat) {
          shiftHeld = true;
          shiftModified = false;
        }
        return;
      }
      // Any other key starts the count again, also one pressed with Shift (Shift+Tab, a capital):
      // that Shift press does not count either.
      if (shiftHeld) shiftModified = true;
      if (presses) {
        clearTimeout(resetTimer);
        show(0);
      }
      if (event.key === 'Escape' && !isTyping(event.target)) {
        const now = Date.now();
        if (now - lastEsc <= ESC_WINDOW_MS) return exitNow(event);
        lastEsc = now;
      }
    },
    options,
  );

  document.addEventListener(
    'keyup',
    (event) => {
      if (event.key !== 'Shift' || !shiftHeld) return;
      shiftHeld = false;
      if (!shiftModified) countShift(event);
    },
    options,
  );

  // Another tab pressed "Snel weg": this one leaves as well, at once (its own exit target).
  tabsChannel()?.addEventListener(
    'message',
    (event) => {
      if (event.data === EXIT && !document.documentElement.classList.contains('exiting')) leave(undefined, false);
    },
    { signal: listening.signal },
  );

  // A page restored from the back/forward cache must not keep any answer. One that had left stays
  // covered and loads again, so it cannot show the app (go() replaced its entry with the exit's target).
  addEventListener(
    'pageshow',
    (event) => {
      if (!event.persisted) return;
      if (document.documentElement.classList.contains('exited')) return location.reload();
      document.documentElement.classList.remove('exiting', 'exited');
      document.title = title;
      forgetAll();
      clearTimeout(resetTimer);
      show(0);
    },
    { signal: listening.signal },
  );

  return () => {
    listening.abort();
    clearTimeout(resetTimer);
  };
}
