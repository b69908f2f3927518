// src/ui/later.tsx: what a later step needs loads once, a failed load can be tried again, and focus that
// went to the waiting line moves on to the step's heading when the step comes.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen } from '@testing-library/preact';
import { renderIn } from './render-in.tsx';
import { useRef } from 'preact/hooks';
import { later, WhenLoaded } from '../../src/ui/later.tsx';
import { tFor } from '../../src/i18n/all.ts';
import { defaultLang } from '../../src/i18n/languages.ts';

afterEach(cleanup);
const t = tFor(defaultLang);

describe('later', () => {
  it('loads once, however often it is asked for', async () => {
    let calls = 0;
    const what = later(async () => ++calls);
    what.preload();
    expect(await what.get()).toBe(1);
    expect(await what.get()).toBe(1);
    expect(what.value).toBe(1);
    expect(calls).toBe(1);
  });

  it('tries again after a failed load, and a failed preload throws nowhere', async () => {
    let calls = 0;
    const what = later(async () => {
      if (++calls === 1) throw new Error('offline');
      return 'ok';
    });
    what.preload();
    await expect(what.get()).rejects.toThrow('offline');
    expect(what.value).toBeUndefined();
    expect(await what.get()).toBe('ok');
  });

  it('shows a waiting line that holds focus, then the step with focus on its heading', async () => {
    let resolve: (v: string) => void = () => undefined;
    const what = later(() => new Promise<string>((r) => (resolve = r)));
    function Step() {
      const heading = useRef<HTMLHeadingElement>(null);
      return (
        <WhenLoaded what={what} t={t} heading={heading}>
          {(text) => (
            <h2 ref={heading} tabIndex={-1}>
              {text}
            </h2>
          )}
        </WhenLoaded>
      );
    }
    renderIn(defaultLang, <Step />);
    const waiting = screen.getByRole('heading', { name: t('later.loading') });
    waiting.focus();
    await act(async () => {
      resolve('the step');
      await what.get();
    });
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'the step' }));
  });

  it('says so when loading fails, and shows the step after "Opnieuw proberen"', async () => {
    let fail = true;
    const what = later(async () => {
      if (fail) throw new Error('offline');
      return 'the step';
    });
    renderIn(
      defaultLang,
      <WhenLoaded what={what} t={t}>
        {(text) => <h2>{text}</h2>}
      </WhenLoaded>,
    );
    await screen.findByRole('heading', { name: t('later.failed') });
    expect(screen.getByRole('alert').textContent).toBe(t('later.kept'));
    fail = false;
    await act(() => screen.getByRole('button', { name: t('later.retry') }).click());
    await screen.findByRole('heading', { name: 'the step' });
  });
});
