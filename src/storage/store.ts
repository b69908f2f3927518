// The opt-in store for self-check answers and for "Mijn plan": ciphertext only, through Dexie, in one
// IndexedDB database that "Alles wissen" removes. One fixed-size record per kind (recordIds in exists.ts).
// Loaded only when the visitor chooses to save or open saved answers.
import Dexie, { type Table } from 'dexie';
import { decrypt, DamagedData, encrypt, WrongPassphrase, type Envelope } from './crypto.ts';
import { deleteSavedDatabase, idb, SAVED_DB_NAME, type RecordId } from './exists.ts';

export const DB_NAME = SAVED_DB_NAME;
const RECORD_ID: RecordId = 'zelfcheck';

interface StoredRecord {
  id: string;
  envelope: Envelope;
}

class SavedDatabase extends Dexie {
  records!: Table<StoredRecord, string>;
  constructor() {
    super(DB_NAME);
    this.version(1).stores({ records: 'id' });
  }
}

export type LoadResult<T> =
  { ok: true; value: T } | { ok: false; reason: 'none' | 'wrong-passphrase' | 'damaged' | 'unavailable' };

export function storageAvailable(): boolean {
  return idb() !== null;
}

async function withDatabase<T>(work: (db: SavedDatabase) => Promise<T>): Promise<T> {
  const db = new SavedDatabase();
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

/** Encrypts and stores the value; false when this browser cannot store (some private modes). */
export async function saveEncrypted(
  passphrase: string,
  value: unknown,
  iterations?: number,
  record: RecordId = RECORD_ID,
): Promise<boolean> {
  if (!storageAvailable()) return false;
  const envelope = await encrypt(passphrase, value, iterations);
  try {
    await withDatabase((db) => db.records.put({ id: record, envelope }));
    return true;
  } catch {
    // Storage full, or the database could not be written: leave nothing behind that says otherwise.
    // An earlier save that is still whole stays; an empty database goes.
    const earlier = await withDatabase((db) => db.records.count()).catch(() => 0);
    if (earlier === 0) await deleteSavedDatabase();
    return false;
  }
}

/**
 * Reads and decrypts the saved value, and checks its shape with `isValid`. Never throws and never
 * deletes anything: a wrong passphrase, damaged or foreign data and a missing store are reported.
 */
export async function loadEncrypted<T>(
  passphrase: string,
  isValid: (x: unknown) => x is T,
  record: RecordId = RECORD_ID,
): Promise<LoadResult<T>> {
  if (!storageAvailable()) return { ok: false, reason: 'unavailable' };
  let stored: unknown;
  try {
    stored = await withDatabase((db) => db.records.get(record));
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  if (stored === undefined) return { ok: false, reason: 'none' };
  try {
    const value = await decrypt(passphrase, (stored as Partial<StoredRecord>).envelope);
    return isValid(value) ? { ok: true, value } : { ok: false, reason: 'damaged' };
  } catch (error) {
    if (error instanceof WrongPassphrase) return { ok: false, reason: 'wrong-passphrase' };
    if (error instanceof DamagedData) return { ok: false, reason: 'damaged' };
    return { ok: false, reason: 'damaged' };
  }
}

/** Removes the whole database. */
export async function deleteSaved(): Promise<void> {
  if (storageAvailable()) await Dexie.delete(DB_NAME);
}
