// The shortcut rules, with a fake clock. The exit itself is proven in a real browser
// (tests/browser/quick-exit.test.ts); here it is replaced by a counter.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { QuickExit } from '../../src/features/quick-exit/QuickExit.tsx';
import { initQuickExit } from '../../src/features/quick-exit/quick-exit.ts';
import { tFor } from '../../src/i18n/all.ts';
import { defaultLang } from '../../src/i18n/languages.ts';

let exits = 0;
const key = (type: 'keydown' | 'keyup', key: string, target: EventTarget = document.body) =>
  target.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true }));
const pressShift = () => {
  key('keydown', 'Shift');
  key('keyup', 'Shift');
};

let stop: () => void;
const status = () => document.querySelector('[data-quick-exit-status]')!.textContent;

beforeEach(() => {
  vi.useFakeTimers();
  // As in index.html: the live region sits outside the page, so it outlives the exit's hiding.
  document.body.innerHTML = '<div id="root"></div><div role="status" data-quick-exit-status></div>';
  render(<QuickExit t={tFor(defaultLang)} />, document.getElementById('root')!);
  exits = 0;
  stop = initQuickExit(() => exits++);
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('quick exit shortcuts', () => {
  it('leaves after Shift three times within five seconds of each other', () => {
    pressShift();
    vi.advanceTimersByTime(4000);
    pressShift();
    vi.advanceTimersByTime(4000);
    expect(exits).toBe(0);
    pressShift();
    expect(exits).toBe(1);
  });

  it('starts counting again when more than five seconds pass between presses', () => {
    pressShift();
    pressShift();
    vi.advanceTimersByTime(5001);
    pressShift();
    expect(exits).toBe(0);
    expect(document.querySelector<HTMLElement>('.quick-exit')!.dataset.presses).toBe('1');
  });

  it('does not count Shift used for a capital letter', () => {
    for (let i = 0; i < 3; i++) {
      key('keydown', 'Shift');
      key('keydown', 'A');
      key('keyup', 'Shift');
    }
    expect(exits).toBe(0);
  });

  it('announces the presses left in the live region and shows the dots', () => {
    const t = tFor(defaultLang);
    pressShift();
    const box = document.querySelector<HTMLElement>('.quick-exit')!;
    expect(box.dataset.presses).toBe('1');
    expect(status()).toBe(t('quickExit.pressesLeft', { count: 2 }));
    pressShift();
    expect(status()).toBe(t('quickExit.pressesLeft', { count: 1 }));
  });

  it('says so when the count runs out, and clears the dots', () => {
    pressShift();
    vi.advanceTimersByTime(5001);
    expect(document.querySelector<HTMLElement>('.quick-exit')!.dataset.presses).toBe('0');
    expect(status()).toBe(tFor(defaultLang)('quickExit.expired'));
  });

  it.each([
    ['Shift+Tab', 'Tab'],
    ['a capital', 'A'],
  ])('starts the count again after %s between presses, and that Shift does not count', (_name, other) => {
    pressShift();
    pressShift();
    key('keydown', 'Shift');
    key('keydown', other);
    key('keyup', 'Shift');
    expect(document.querySelector<HTMLElement>('.quick-exit')!.dataset.presses).toBe('0');
    pressShift();
    expect(exits).toBe(0);
    expect(document.querySelector<HTMLElement>('.quick-exit')!.dataset.presses).toBe('1');
  });

  it('starts the count again after any other key between presses', () => {
    pressShift();
    pressShift();
    key('keydown', 'ArrowDown');
    pressShift();
    expect(exits).toBe(0);
  });

  it('leaves after Esc twice within one second, but not when the presses are further apart', () => {
    key('keydown', 'Escape');
    vi.advanceTimersByTime(1500);
    key('keydown', 'Escape');
    expect(exits).toBe(0);
    vi.advanceTimersByTime(500);
    key('keydown', 'Escape');
    expect(exits).toBe(1);
  });

  it('ignores Esc while typing in a text field, not on a radio button', () => {
    const field = document.createElement('input');
    const radio = document.createElement('input');
    radio.type = 'radio';
    document.body.append(field, radio);
    key('keydown', 'Escape', field);
    key('keydown', 'Escape', field);
    expect(exits).toBe(0);
    key('keydown', 'Escape', radio);
    key('keydown', 'Escape', radio);
    expect(exits).toBe(1);
  });

  it('resets a page restored from the back/forward cache that had only begun to leave', () => {
    document.documentElement.classList.add('exiting');
    dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect([...document.documentElement.classList]).toEqual([]);
  });

  it('keeps a page that had left covered when it comes back from the back/forward cache', () => {
    document.documentElement.classList.add('exiting', 'exited');
    dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect([...document.documentElement.classList]).toEqual(['exiting', 'exited']);
    document.documentElement.classList.remove('exiting', 'exited');
  });

  it('leaves on a click on the control', () => {
    document.querySelector<HTMLAnchorElement>('[data-quick-exit]')!.click();
    expect(exits).toBe(1);
  });
});
