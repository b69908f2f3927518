// Encryption for the opt-in "bewaren op dit apparaat": Web Crypto only, no library.
// PBKDF2-SHA-256 turns the visitor's passphrase into an AES-GCM key; a small key-check value, sealed
// with the same key, tells a wrong passphrase apart from damaged data (AES-GCM fails the same way for
// both). Works in browsers (secure contexts) and in Node for the tests.

/** OWASP's 2023 advice for PBKDF2-HMAC-SHA256. Stored with the data, so it can be raised later. */
export const PBKDF2_ITERATIONS = 600_000;
/**
 * What a stored record may ask for before it is used: below the minimum it was not written by this app
 * (the tests use the minimum), above the maximum opening would take minutes on a cheap phone.
 */
export const ITERATION_BOUNDS = { min: 1_000, max: 2_000_000 } as const;
/**
 * Every payload is padded to this many bytes (or a multiple, should a value ever be larger), so the size
 * of what is stored says nothing about how many questions were answered, or how. The longest possible
 * self-check is about 2.5 KB of JSON.
 */
export const PADDED_LENGTH = 8192;
const CHECK_TEXT = 'hulpwijzer-sleutelcontrole-v1';

export interface Sealed {
  iv: string; // base64, 12 random bytes
  data: string; // base64 ciphertext with the GCM tag
}

export interface Envelope {
  v: 1;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  check: Sealed;
  payload: Sealed;
}

export class WrongPassphrase extends Error {
  constructor() {
    super('wrong passphrase');
    this.name = 'WrongPassphrase';
  }
}
export class DamagedData extends Error {
  constructor(detail: string) {
    super(`damaged data: ${detail}`);
    this.name = 'DamagedData';
  }
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false, // the key never leaves Web Crypto
    ['encrypt', 'decrypt'],
  );
}

async function seal(key: CryptoKey, plain: Uint8Array): Promise<Sealed> {
  const iv = random(12);
  const data = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource }, key, plain as BufferSource),
  );
  return { iv: toBase64(iv), data: toBase64(data) };
}

async function unseal(key: CryptoKey, sealed: Sealed): Promise<Uint8Array> {
  return new Uint8Array(
    await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.iv) as BufferSource },
      key,
      fromBase64(sealed.data) as BufferSource,
    ),
  );
}

/** JSON padded with spaces to a fixed length; JSON.parse ignores the trailing spaces. */
export function pad(value: unknown): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(value));
  const padded = new Uint8Array(Math.max(1, Math.ceil(json.length / PADDED_LENGTH)) * PADDED_LENGTH).fill(0x20);
  padded.set(json);
  return padded;
}

/** A passphrase must contain something other than spaces. */
export function isUsablePassphrase(passphrase: string): boolean {
  return passphrase.trim().length > 0;
}

export async function encrypt(passphrase: string, value: unknown, iterations = PBKDF2_ITERATIONS): Promise<Envelope> {
  if (!isUsablePassphrase(passphrase)) throw new Error('empty passphrase');
  if (!Number.isInteger(iterations) || iterations < ITERATION_BOUNDS.min || iterations > ITERATION_BOUNDS.max)
    throw new RangeError('iterations');
  const salt = random(16);
  const key = await deriveKey(passphrase, salt, iterations);
  return {
    v: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    check: await seal(key, new TextEncoder().encode(CHECK_TEXT)),
    payload: await seal(key, pad(value)),
  };
}

/** Whether a value read back from storage has the shape of an envelope (it may be foreign or damaged). */
export function isEnvelope(x: unknown): x is Envelope {
  const sealed = (s: unknown) =>
    typeof s === 'object' &&
    s !== null &&
    typeof (s as Sealed).iv === 'string' &&
    (s as Sealed).iv.length <= 32 &&
    typeof (s as Sealed).data === 'string' &&
    (s as Sealed).data.length <= 1_000_000;
  const e = x as Envelope;
  return (
    typeof x === 'object' &&
    x !== null &&
    e.v === 1 &&
    typeof e.kdf === 'object' &&
    e.kdf?.name === 'PBKDF2' &&
    e.kdf.hash === 'SHA-256' &&
    Number.isInteger(e.kdf.iterations) &&
    e.kdf.iterations >= ITERATION_BOUNDS.min &&
    e.kdf.iterations <= ITERATION_BOUNDS.max &&
    typeof e.kdf.salt === 'string' &&
    e.kdf.salt.length <= 64 &&
    sealed(e.check) &&
    sealed(e.payload)
  );
}

/** The value inside; WrongPassphrase if the key check fails, DamagedData if anything else is wrong. */
export async function decrypt(passphrase: string, envelope: unknown): Promise<unknown> {
  if (!isEnvelope(envelope)) throw new DamagedData('not an envelope');
  let key: CryptoKey;
  try {
    key = await deriveKey(passphrase, fromBase64(envelope.kdf.salt), envelope.kdf.iterations);
  } catch {
    throw new DamagedData('salt');
  }
  let check: string;
  try {
    check = new TextDecoder().decode(await unseal(key, envelope.check));
  } catch {
    throw new WrongPassphrase();
  }
  if (check !== CHECK_TEXT) throw new DamagedData('key check');
  try {
    return JSON.parse(new TextDecoder().decode(await unseal(key, envelope.payload)));
  } catch {
    throw new DamagedData('payload');
  }
}
