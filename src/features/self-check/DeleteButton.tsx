// Wipes the saved answers, from the save panel and from the open panel.
import { useState } from 'preact/hooks';
import type { T } from '../../i18n/index.ts';
import { deleteSavedDatabase } from '../../storage/exists.ts';
import { within } from '../../storage/within.ts';
import { DELETE_LIMIT_MS } from './saved.ts';

/** Deletes without the store's code (it may not load), and says so when it did not work. */
export function DeleteButton({ t, onDeleted }: { t: T; onDeleted: () => void }) {
  const [failed, setFailed] = useState(false);
  return (
    <>
      <button
        type="button"
        class="button button--secondary"
        onClick={async () => {
          const ok = await within(DELETE_LIMIT_MS, deleteSavedDatabase).catch(() => false);
          if (ok) onDeleted();
          else setFailed(true);
        }}
      >
        {t('selfCheck.save.delete')}
      </button>
      {failed && (
        <p class="error" role="alert">
          {t('selfCheck.save.deleteFailed')}
        </p>
      )}
    </>
  );
}
