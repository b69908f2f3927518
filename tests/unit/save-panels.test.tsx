// The save panels under faults: reading `indexedDB` that throws, a passphrase of spaces, a store
// whose code cannot load, and a part that throws while rendering inside an island.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { questions } from 'virtual:content/questions';
import { SavePanel } from '../../src/features/self-check/SavePanel.tsx';
import { OpenSavedPanel } from '../../src/features/self-check/OpenSavedPanel.tsx';
import { passphraseProblem } from '../../src/features/self-check/saved.ts';
import { ErrorBoundary, IslandBoundary } from '../../src/ui/Island.tsx';
import { tFor, dictionaries } from '../../src/i18n/all.ts';
import { defaultLang } from '../../src/i18n/languages.ts';
import { renderIn } from './render-in.tsx';

const nl = dictionaries()[defaultLang];

const t = tFor(defaultLang);
const value = { route: 'self' as const, answers: {} };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function throwingIndexedDB() {
  vi.stubGlobal('indexedDB', undefined);
  Object.defineProperty(globalThis, 'indexedDB', {
    configurable: true,
    get() {
      throw new DOMException('blocked', 'SecurityError');
    },
  });
}

describe('the save panel', () => {
  it('renders "unavailable" when reading indexedDB throws, instead of crashing', () => {
    throwingIndexedDB();
    vi.stubGlobal('crypto', { subtle: {} });
    render(<SavePanel t={t} value={value} />);
    const panel = screen.getByRole('region', { name: nl.selfCheck.save.title });
    expect(panel.textContent).toBe(nl.selfCheck.save.title + nl.selfCheck.save.unavailable);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('refuses a passphrase of only spaces', () => {
    expect(passphraseProblem('          ', '          ')).toBe('onlySpaces');
    expect(passphraseProblem('kort', 'kort')).toBe('tooShort');
    const strong = () => false; // strength.ts has its own tests
    expect(passphraseProblem('lang genoeg', 'anders', strong)).toBe('mismatch');
    expect(passphraseProblem('  lang genoeg  ', '  lang genoeg  ', strong)).toBeNull();
    vi.stubGlobal('indexedDB', {});
    vi.stubGlobal('crypto', { subtle: {} });
    render(<SavePanel t={t} value={value} />);
    fireEvent.click(screen.getByRole('button', { name: nl.selfCheck.save.choose }));
    for (const label of [nl.selfCheck.save.passphrase, nl.selfCheck.save.repeat]) {
      fireEvent.input(screen.getByLabelText(label), { target: { value: '          ' } });
    }
    fireEvent.click(screen.getByRole('button', { name: nl.selfCheck.save.submit }));
    expect(screen.getByRole('alert').textContent).toBe(nl.selfCheck.save.onlySpaces);
  });

  it('the open panel renders nothing (and does not throw) when reading indexedDB throws', async () => {
    throwingIndexedDB();
    const { container } = render(<OpenSavedPanel t={t} questions={questions} onOpen={() => undefined} />);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(container.textContent).toBe('');
  });
});

describe('error boundaries', () => {
  function Broken(): never {
    throw new Error('kapot');
  }

  it('keep the rest of an island, and its state, when one part throws', () => {
    function Questionnaire() {
      const [answers, setAnswers] = useState(0);
      const [showSave, setShowSave] = useState(false);
      return (
        <div>
          <p>antwoorden: {answers}</p>
          <button onClick={() => setAnswers(answers + 1)}>antwoord</button>
          <button onClick={() => setShowSave(true)}>uitslag</button>
          {showSave && (
            <ErrorBoundary fallback={<p role="alert">{nl.selfCheck.save.error}</p>}>
              <Broken />
            </ErrorBoundary>
          )}
        </div>
      );
    }
    render(<Questionnaire />);
    fireEvent.click(screen.getByText('antwoord'));
    fireEvent.click(screen.getByText('antwoord'));
    fireEvent.click(screen.getByText('uitslag'));
    expect(screen.getByRole('alert').textContent).toBe(nl.selfCheck.save.error);
    expect(screen.getByText(/^antwoorden:/).textContent).toBe('antwoorden: 2');
  });

  it('say what went wrong and offer a way on when a whole island throws', async () => {
    renderIn(
      defaultLang,
      <IslandBoundary t={t}>
        <Broken />
      </IslandBoundary>,
    );
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(nl.island.error));
    expect(screen.getByRole('button', { name: nl.island.reload }).getAttribute('type')).toBe('button');
    expect(screen.getByRole('link', { name: nl.island.elsewhere }).getAttribute('href')).toBe('/organisaties/');
  });
});
