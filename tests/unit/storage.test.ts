// The opt-in encrypted store. Web Crypto runs in Vitest's node environment (not in jsdom), and
// fake-indexeddb stands in for the browser's IndexedDB.
// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  decrypt,
  encrypt,
  PBKDF2_ITERATIONS,
  DamagedData,
  WrongPassphrase,
  type Envelope,
} from '../../src/storage/crypto.ts';
import { deleteSaved, loadEncrypted, saveEncrypted } from '../../src/storage/store.ts';
import { hasSavedAnswers } from '../../src/storage/exists.ts';

const FAST = 1000; // iterations for the tests; the default is checked separately
const answers = { route: 'self', answers: { 'self-leider-1': 'yes' } };
const isAnswers = (x: unknown): x is typeof answers =>
  typeof x === 'object' &&
  x !== null &&
  (x as typeof answers).route === 'self' &&
  typeof (x as typeof answers).answers === 'object';

/** Flips one byte of a base64 string. */
function tamper(b64: string): string {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  bytes[bytes.length - 1]! ^= 0xff;
  return btoa(String.fromCharCode(...bytes));
}

afterEach(async () => {
  await deleteSaved();
  vi.unstubAllGlobals();
});

describe('encryption', () => {
  it('round-trips a value, with a high PBKDF2 iteration count by default', async () => {
    const envelope = await encrypt('een lang wachtwoord', answers);
    expect(envelope.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS });
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(JSON.stringify(envelope)).not.toContain('self-leider-1');
    expect(await decrypt('een lang wachtwoord', envelope)).toEqual(answers);
  });

  it('tells a wrong passphrase apart from tampered data', async () => {
    const envelope = await encrypt('juist wachtwoord', answers, FAST);
    await expect(decrypt('fout wachtwoord', envelope)).rejects.toBeInstanceOf(WrongPassphrase);
    const tampered: Envelope = { ...envelope, payload: { ...envelope.payload, data: tamper(envelope.payload.data) } };
    await expect(decrypt('juist wachtwoord', tampered)).rejects.toBeInstanceOf(DamagedData);
    await expect(decrypt('juist wachtwoord', { foreign: true })).rejects.toBeInstanceOf(DamagedData);
  });
});

describe('the store', () => {
  it('saves ciphertext only and reads it back with the passphrase', async () => {
    expect(await hasSavedAnswers()).toBe(false);
    expect(await saveEncrypted('wachtwoord 1', answers, FAST)).toBe(true);
    expect(await hasSavedAnswers()).toBe(true);
    expect(await loadEncrypted('wachtwoord 1', isAnswers)).toEqual({ ok: true, value: answers });
  });

  it('says a wrong passphrase is wrong and deletes nothing', async () => {
    await saveEncrypted('wachtwoord 1', answers, FAST);
    expect(await loadEncrypted('wachtwoord 2', isAnswers)).toEqual({ ok: false, reason: 'wrong-passphrase' });
    expect(await loadEncrypted('wachtwoord 1', isAnswers)).toEqual({ ok: true, value: answers });
  });

  it('reports tampered or foreign data as damaged, never crashing', async () => {
    await saveEncrypted('wachtwoord 1', answers, FAST);
    const request = indexedDB.open('hulpwijzer-bewaard');
    const db = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
    const store = db.transaction('records', 'readwrite').objectStore('records');
    const get = store.get('zelfcheck');
    const record = await new Promise<{ id: string; envelope: Envelope }>(
      (resolve) => (get.onsuccess = () => resolve(get.result)),
    );
    record.envelope.payload.data = tamper(record.envelope.payload.data);
    await new Promise((resolve) => (store.put(record).onsuccess = resolve));
    db.close();
    expect(await loadEncrypted('wachtwoord 1', isAnswers)).toEqual({ ok: false, reason: 'damaged' });

    await saveEncrypted('wachtwoord 1', { something: 'else' }, FAST);
    expect(await loadEncrypted('wachtwoord 1', isAnswers)).toEqual({ ok: false, reason: 'damaged' });
  });

  it('wipes everything', async () => {
    await saveEncrypted('wachtwoord 1', answers, FAST);
    await deleteSaved();
    expect(await hasSavedAnswers()).toBe(false);
    expect(await loadEncrypted('wachtwoord 1', isAnswers)).toEqual({ ok: false, reason: 'none' });
  });

  it('reports saving as unavailable without IndexedDB, and nothing else breaks', async () => {
    vi.stubGlobal('indexedDB', undefined);
    expect(await saveEncrypted('wachtwoord 1', answers, FAST)).toBe(false);
    expect(await loadEncrypted('wachtwoord 1', isAnswers)).toEqual({ ok: false, reason: 'unavailable' });
    expect(await hasSavedAnswers()).toBe(false);
  });
});
