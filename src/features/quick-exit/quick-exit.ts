// The quick exit's behaviour. Part of the first script on every page, so keep it small and free of
// dependencies. See docs/DECISIONS.md ("One history entry") for why in-app links replace the entry.
import { NEUTRAL_LOCAL, NEUTRAL_SITE } from './neutral.ts';
import { forgetAll } from '../../ui/forget.ts';

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

/** Offline, or in the installed app, an outside site would fail or open on top of the app. */
export function exitTarget(): string {
  return navigator.onLine && !isStandalone() ? NEUTRAL_SITE : NEUTRAL_LOCAL;
}

/** Hide everything now, forget what was entered, then leave without adding a history entry. */
export function leave(target: string = exitTarget()): void {
  const root = document.documentElement;
  root.classList.add('exiting'); // CSS hides the body in the next frame
  document.title = document.querySelector<HTMLElement>('.quick-exit')?.dataset.neutralTitle ?? '';
  forgetAll();
  location.replace(target);
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
  const status = box?.querySelector<HTMLElement>('[data-quick-exit-status]');
  const title = document.title;

  let presses = 0;
  let lastShift = 0;
  let shiftHeld = false;
  let shiftModified = false; // Shift held for a capital or a shortcut does not count
  let lastEsc = 0;
  let resetTimer: ReturnType<typeof setTimeout> | undefined;

  const show = (count: number) => {
    presses = count;
    if (box) box.dataset.presses = String(count);
    if (status) status.textContent = count === 0 ? '' : (box?.dataset[`left-${3 - count}`] ?? ''); // data-left-2, data-left-1
  };

  const countShift = () => {
    const now = Date.now();
    const count = now - lastShift <= SHIFT_WINDOW_MS ? presses + 1 : 1;
    lastShift = now;
    if (count >= 3) return exit();
    show(count);
    clearTimeout(resetTimer);
    resetTimer = setTimeout(() => show(0), SHIFT_WINDOW_MS);
  };

  document.addEventListener(
    'click',
    (event) => {
      const link = (event.target as Element | null)?.closest?.('[data-quick-exit]');
      if (!link) return;
      event.preventDefault();
      event.stopPropagation();
      exit();
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
      if (shiftHeld) shiftModified = true;
      else if (presses) show(0); // another key between presses starts the count again
      if (event.key === 'Escape' && !isTyping(event.target)) {
        const now = Date.now();
        if (now - lastEsc <= ESC_WINDOW_MS) return exit();
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
      if (!shiftModified) countShift();
    },
    options,
  );

  // A page restored from the back/forward cache must not stay blank, nor keep any answer.
  addEventListener(
    'pageshow',
    (event) => {
      if (!event.persisted) return;
      document.documentElement.classList.remove('exiting');
      document.title = title;
      forgetAll();
      show(0);
    },
    { signal: listening.signal },
  );

  return () => {
    listening.abort();
    clearTimeout(resetTimer);
  };
}
