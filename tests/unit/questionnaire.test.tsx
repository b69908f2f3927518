// The behaviour both questionnaires share (src/ui/questionnaire.ts), on a questionnaire of numbered
// steps: focus follows the step, the page is busy while the questions are open, "Terug" goes one step
// back, other links ask first, and the quick exit empties it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useQuestionnaire, type Questionnaire } from '../../src/ui/questionnaire.ts';
import { forgetAll } from '../../src/ui/forget.ts';
import { tFor } from '../../src/i18n/all.ts';
import { defaultLang } from '../../src/i18n/languages.ts';

afterEach(async () => {
  cleanup();
  await waitFor(() => expect(document.documentElement.dataset.busy).toBeUndefined()); // cleanups run after an unmount
});

const t = tFor(defaultLang);
/** Step 0 is the start, 1–3 the questions, 4 the result; `opened` marks where it was opened. */
interface Steps {
  step: number;
  opened: boolean;
}
const steps: Questionnaire<Steps> = {
  start: () => ({ step: 0, opened: true }),
  empty: () => ({ step: 0, opened: false }),
  step: (s) => String(s.step),
  busy: (s) => s.step > 0 && s.step < 4,
  hasWork: (s) => s.step > 0,
  back: (s) => (s.step > 0 ? { ...s, step: s.step - 1 } : undefined),
};

function Numbered({ focusOnMount = false }: { focusOnMount?: boolean }) {
  const { state, error, setError, heading, move } = useQuestionnaire(steps, t, focusOnMount);
  return (
    <main>
      <a href="/elders/" data-back>
        terug
      </a>
      <a href="/andere-pagina/">andere pagina</a>
      <div data-step>
        <h2 ref={heading} tabIndex={-1}>
          {`stap ${state.step}${state.opened ? '' : ' (leeg)'}`}
        </h2>
        {error && <p role="alert">{error}</p>}
        <button onClick={() => move({ ...state, step: state.step + 1 })}>verder</button>
        <button onClick={() => setError('fout')}>fout</button>
      </div>
    </main>
  );
}
const title = () => screen.getByRole('heading', { level: 2 });
const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const busy = () => document.documentElement.dataset.busy;

describe('useQuestionnaire', () => {
  it('moves focus to the new step, but not on opening the page', () => {
    render(<Numbered />);
    expect(document.activeElement).toBe(document.body);
    press('verder');
    expect(title().textContent).toBe('stap 1');
    expect(document.activeElement).toBe(title());
  });

  it('takes focus at once when it opens inside another flow', () => {
    render(<Numbered focusOnMount />);
    expect(document.activeElement).toBe(title());
  });

  it('clears an error when the visitor moves on', () => {
    render(<Numbered />);
    press('fout');
    expect(screen.getByRole('alert').textContent).toBe('fout');
    press('verder');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('marks the page busy while the questions are open, and idle again at the result', () => {
    const { unmount } = render(<Numbered />);
    expect(busy()).toBeUndefined();
    press('verder');
    expect(busy()).toBe('true');
    press('verder');
    press('verder');
    const idle = vi.fn();
    document.addEventListener('hulpwijzer:idle', idle);
    press('verder');
    expect(title().textContent).toBe('stap 4');
    expect(busy()).toBeUndefined();
    expect(idle).toHaveBeenCalledTimes(1); // the update offer waits for this
    document.removeEventListener('hulpwijzer:idle', idle);
    unmount();
  });

  it('stops being busy when it closes mid-question', async () => {
    const { unmount } = render(<Numbered />);
    press('verder');
    expect(busy()).toBe('true');
    unmount();
    await waitFor(() => expect(busy()).toBeUndefined()); // Preact runs an unmount's cleanups after it
  });

  it('empties itself on the quick exit (not back to how it was opened)', () => {
    render(<Numbered />);
    press('verder');
    press('verder');
    act(() => forgetAll());
    expect(title().textContent).toBe('stap 0 (leeg)');
    expect(busy()).toBeUndefined();
  });

  it('lets the page\'s "Terug" go one step back, and asks before another link loses the answers', () => {
    render(<Numbered />);
    press('verder');
    press('verder');
    press('fout');
    fireEvent.click(screen.getByRole('link', { name: 'terug' }));
    expect(title().textContent).toBe('stap 1');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(title());
    fireEvent.click(screen.getByRole('link', { name: 'andere pagina' }));
    expect(screen.getByRole('group').textContent).toContain(t('leaveGuard.stay'));
  });
});
