// Whether answers were saved earlier, without opening (and so creating) the database and without
// loading Dexie: the self-check's start screen asks this on every visit. Nothing here throws: in some
// locked-down or private modes merely reading `indexedDB` throws a SecurityError.
export const SAVED_DB_NAME = 'hulpwijzer-bewaard';
/**
 * The records the one database can hold, one per kind, each padded to the same size (crypto.ts): the
 * self-check's answers and "Mijn plan". Declared here so the raw checks below need no Dexie.
 */
export const recordIds = ['zelfcheck', 'plan'] as const;
export type RecordId = (typeof recordIds)[number];
const STORE = 'records';

/** The browser's IndexedDB, or null when there is none or reading it throws. */
export function idb(): IDBFactory | null {
  try {
    return typeof indexedDB === 'undefined' || !indexedDB ? null : indexedDB;
  } catch {
    return null;
  }
}

/** Whether this browser can keep encrypted answers (IndexedDB and Web Crypto); never throws. */
export function canStore(): boolean {
  try {
    return idb() !== null && !!globalThis.crypto?.subtle;
  } catch {
    return false;
  }
}

export async function hasSavedAnswers(): Promise<boolean> {
  return hasSavedRecord('zelfcheck');
}

/**
 * Opens the database as it is, without creating it: a database that is not there is aborted in its
 * upgrade and so never made. Null when it is not there or cannot be opened.
 */
function openExisting(factory: IDBFactory): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    try {
      const request = factory.open(SAVED_DB_NAME);
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(null);
      request.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

/** The keys of the records there are; null when that cannot be read. */
function recordKeys(db: IDBDatabase): Promise<string[] | null> {
  return new Promise((resolve) => {
    try {
      if (!db.objectStoreNames.contains(STORE)) return resolve([]);
      // Settled when the transaction is over, not when its request is: a connection closed while its
      // transaction still runs is not closed yet, and deleting the database would then be blocked.
      const tx = db.transaction(STORE, 'readonly');
      const request = tx.objectStore(STORE).getAllKeys();
      tx.oncomplete = () => resolve(request.result.map(String));
      tx.onerror = tx.onabort = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

/** Whether this kind of record was saved, without Dexie and without creating the database. */
export async function hasSavedRecord(record: RecordId): Promise<boolean> {
  try {
    const factory = idb();
    if (!factory || typeof factory.databases !== 'function') return false;
    if (!(await factory.databases()).some((db) => db.name === SAVED_DB_NAME)) return false;
    const db = await openExisting(factory);
    if (!db) return false;
    const keys = await recordKeys(db);
    db.close();
    // Unreadable: say there is something, so the panel offers to open or delete it.
    return keys === null || keys.includes(record);
  } catch {
    return false;
  }
}

/**
 * Removes one kind of record without Dexie; the whole database when no other record is left in it (or
 * when it cannot be read record by record). True when the record is gone.
 */
export async function deleteSavedRecord(record: RecordId): Promise<boolean> {
  try {
    const factory = idb();
    if (!factory) return true;
    const db = await openExisting(factory);
    if (!db) return deleteSavedDatabase();
    const keys = await recordKeys(db);
    const others = keys?.filter((key) => key !== record) ?? [];
    if (keys === null || others.length === 0) {
      db.close();
      return deleteSavedDatabase();
    }
    const done = await new Promise<boolean>((resolve) => {
      try {
        const tx = db.transaction(STORE, 'readwrite');
        tx.objectStore(STORE).delete(record);
        tx.oncomplete = () => resolve(true);
        tx.onerror = tx.onabort = () => resolve(false);
      } catch {
        resolve(false);
      }
    });
    db.close();
    return done;
  } catch {
    return false;
  }
}

/**
 * Removes the saved answers' database without Dexie, so deleting works even when the store's code
 * cannot load (offline without a service worker, or after a new version). True when it is gone.
 */
export function deleteSavedDatabase(): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      const factory = idb();
      if (!factory) return resolve(true);
      const request = factory.deleteDatabase(SAVED_DB_NAME);
      request.onsuccess = () => resolve(true);
      request.onerror = () => resolve(false);
      // Blocked by another tab that has it open: it is deleted once that tab lets go.
      request.onblocked = () => resolve(false);
    } catch {
      resolve(false);
    }
  });
}
