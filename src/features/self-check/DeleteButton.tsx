// Wipes one kind of saved record (the self-check's answers, or the plan), from the save and open panels;
// the database itself goes when nothing else is left in it.
import { useState } from 'preact/hooks';
import type { T } from '../../i18n/index.ts';
import { deleteSavedRecord, type RecordId } from '../../storage/exists.ts';
import { within } from '../../storage/within.ts';
import { DELETE_LIMIT_MS } from './saved.ts';

/** Deletes without the store's code (it may not load), and says so when it did not work. */
export function DeleteButton({
  t,
  onDeleted,
  record = 'zelfcheck',
  label = t('selfCheck.save.delete'),
}: {
  t: T;
  onDeleted: () => void;
  record?: RecordId;
  label?: string;
}) {
  const [failed, setFailed] = useState(false);
  return (
    <>
      <button
        type="button"
        class="button button--secondary"
        onClick={async () => {
          const ok = await within(DELETE_LIMIT_MS, () => deleteSavedRecord(record)).catch(() => false);
          if (ok) onDeleted();
          else setFailed(true);
        }}
      >
        {label}
      </button>
      {failed && (
        <p class="error" role="alert">
          {t('selfCheck.save.deleteFailed')}
        </p>
      )}
    </>
  );
}
