// Whether answers were saved earlier, without opening (and so creating) the database and without
// loading Dexie: the self-check's start screen asks this on every visit.
export const SAVED_DB_NAME = 'hulpwijzer-bewaard';

export async function hasSavedAnswers(): Promise<boolean> {
  try {
    if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return false;
    return (await indexedDB.databases()).some((db) => db.name === SAVED_DB_NAME);
  } catch {
    return false;
  }
}
