// Whether answers were saved earlier, without opening (and so creating) the database and without
// loading Dexie: the self-check's start screen asks this on every visit. Nothing here throws: in some
// locked-down or private modes merely reading `indexedDB` throws a SecurityError.
export const SAVED_DB_NAME = 'hulpwijzer-bewaard';

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
  try {
    const factory = idb();
    if (!factory || typeof factory.databases !== 'function') return false;
    return (await factory.databases()).some((db) => db.name === SAVED_DB_NAME);
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
