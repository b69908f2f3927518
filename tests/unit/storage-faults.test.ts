// The encrypted store under bad conditions: its size says nothing, an empty passphrase is refused, a
// stored record cannot make opening hang, and a failed save leaves nothing behind.
// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { decrypt, DamagedData, encrypt, ITERATION_BOUNDS, type Envelope } from '../../src/storage/crypto.ts';
import { deleteSaved, loadEncrypted, saveEncrypted } from '../../src/storage/store.ts';
import { canStore, deleteSavedDatabase, hasSavedAnswers, SAVED_DB_NAME } from '../../src/storage/exists.ts';
import { loadContent } from '../../src/content/load.ts';
import { selfCheckAnswers } from '../../src/logic/index.ts';

const FAST = ITERATION_BOUNDS.min;
const questions = loadContent(join(import.meta.dirname, '../../content')).questions;
const isAny = (x: unknown): x is unknown => x !== undefined;

afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  await deleteSaved();
});

/** Every question of a route answered the same way. */
const all = (route: 'self' | 'relative', answer: string) => ({
  route,
  answers: Object.fromEntries(questions[route].map((q) => [q.id, answer])),
});

describe('the stored size', () => {
  it('is the same whatever was answered, up to the longest possible questionnaire', async () => {
    const longest = [...selfCheckAnswers].sort((a, b) => b.length - a.length)[0]!;
    const values = [
      { route: 'self', answers: {} },
      { route: 'self', answers: { [questions.self[0]!.id]: 'yes' } },
      all('self', 'yes'),
      all('self', 'no'),
      all('self', longest),
      all('relative', longest),
    ];
    const sizes = new Set<number>();
    for (const value of values) sizes.add((await encrypt('een wachtwoord', value, FAST)).payload.data.length);
    expect(sizes.size).toBe(1);
  });
});

describe('the passphrase', () => {
  it.each(['', ' ', '         ', '\t \n '])('is refused when it holds only spaces (%j)', async (passphrase) => {
    await expect(encrypt(passphrase, { a: 1 }, FAST)).rejects.toThrow();
    expect(await saveEncrypted(passphrase, { a: 1 }, FAST).catch(() => false)).toBe(false);
    expect(await hasSavedAnswers()).toBe(false);
  });
});

describe('a stored record', () => {
  it.each([2e9, ITERATION_BOUNDS.max + 1, 0, 1.5])(
    'with iterations %s is damaged at once, not derived',
    async (iterations) => {
      const envelope = await encrypt('een wachtwoord', { a: 1 }, FAST);
      const bad: Envelope = { ...envelope, kdf: { ...envelope.kdf, iterations } };
      const derive = vi.spyOn(crypto.subtle, 'deriveKey');
      const started = Date.now();
      await expect(decrypt('een wachtwoord', bad)).rejects.toBeInstanceOf(DamagedData);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(derive).not.toHaveBeenCalled();
    },
  );
});

describe('a failed save', () => {
  it('leaves no database behind when the storage is full', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await saveEncrypted('een wachtwoord', { a: 1 }, FAST)).toBe(false);
    expect(await hasSavedAnswers()).toBe(false);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(SAVED_DB_NAME);
  });

  it('keeps an earlier save that is still whole', async () => {
    expect(await saveEncrypted('een wachtwoord', { a: 1 }, FAST)).toBe(true);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await saveEncrypted('een wachtwoord', { a: 2 }, FAST)).toBe(false);
    vi.restoreAllMocks();
    expect(await loadEncrypted('een wachtwoord', isAny)).toEqual({ ok: true, value: { a: 1 } });
  });
});

describe('when reading indexedDB throws (locked-down or private modes)', () => {
  it('nothing throws: saving is unavailable, nothing is saved, deleting reports success', async () => {
    vi.stubGlobal('indexedDB', undefined);
    Object.defineProperty(globalThis, 'indexedDB', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    expect(canStore()).toBe(false);
    expect(await hasSavedAnswers()).toBe(false);
    expect(await deleteSavedDatabase()).toBe(true);
    expect(await saveEncrypted('een wachtwoord', { a: 1 }, FAST)).toBe(false);
    expect(await loadEncrypted('een wachtwoord', isAny)).toEqual({ ok: false, reason: 'unavailable' });
  });
});
