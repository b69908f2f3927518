// "Bewaren op dit apparaat" and opening saved answers. These panels are small; the store (Dexie and
// the encryption) loads only when the visitor submits a passphrase.
import { useEffect, useState } from 'preact/hooks';
import type { T } from '../../i18n/index.ts';
import type { Questions } from '../../content/schema.ts';
import { selfCheckAnswers, type SelfCheckRoute } from '../../logic/index.ts';
import { canStore, deleteSavedDatabase, hasSavedAnswers } from '../../storage/exists.ts';
import { isUsablePassphrase } from '../../storage/crypto.ts';
import { within } from '../../storage/within.ts';
import { onForget } from '../../ui/forget.ts';
import type { Answers } from './SelfCheck.tsx';

export interface SavedSelfCheck {
  route: SelfCheckRoute;
  answers: Answers;
}

const MIN_LENGTH = 8;
/**
 * Loading the store and deriving the key take a second or two on a cheap phone; after these limits the
 * panel says it did not work instead of staying busy (the store's code may fail to load offline).
 */
export const SAVE_LIMIT_MS = 30_000;
export const DELETE_LIMIT_MS = 10_000;
const loadStore = () => import('../../storage/store.ts');

/** Why a new passphrase cannot be used, or null. */
export function passphraseProblem(passphrase: string, repeat: string): 'tooShort' | 'onlySpaces' | 'mismatch' | null {
  if (passphrase.length < MIN_LENGTH) return 'tooShort';
  if (!isUsablePassphrase(passphrase)) return 'onlySpaces';
  if (passphrase !== repeat) return 'mismatch';
  return null;
}

/** Checks data read back from storage: a known route, known questions, known answers. */
export function savedValidator(questions: Questions) {
  return (x: unknown): x is SavedSelfCheck => {
    const v = x as SavedSelfCheck;
    if (typeof x !== 'object' || x === null || (v.route !== 'self' && v.route !== 'relative')) return false;
    if (typeof v.answers !== 'object' || v.answers === null) return false;
    const ids = new Set(questions[v.route].map((q) => q.id));
    return Object.entries(v.answers).every(
      ([id, a]) => ids.has(id) && (a === undefined || a === null || (selfCheckAnswers as readonly string[]).includes(a as string)),
    );
  };
}

type SaveState = 'closed' | 'open' | 'busy' | 'saved' | 'unavailable' | 'failed' | 'deleted';

export function SavePanel({ t, value }: { t: T; value: SavedSelfCheck }) {
  // canStore() never throws: in some locked-down modes merely reading `indexedDB` does.
  const [state, setState] = useState<SaveState>(() => (canStore() ? 'closed' : 'unavailable'));
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState('');
  useEffect(
    () =>
      onForget(() => {
        setPassphrase('');
        setRepeat('');
      }),
    [],
  );

  const submit = async () => {
    const problem = passphraseProblem(passphrase, repeat);
    if (problem) return setError(t(`selfCheck.save.${problem}`));
    setError('');
    setState('busy');
    const ok = await within(SAVE_LIMIT_MS, async () => (await loadStore()).saveEncrypted(passphrase, value)).catch(() => false);
    setPassphrase('');
    setRepeat('');
    setState(ok ? 'saved' : 'failed');
  };

  return (
    <section class="panel save-panel" aria-labelledby="save-title">
      <h3 id="save-title">{t('selfCheck.save.title')}</h3>
      {state === 'unavailable' && <p>{t('selfCheck.save.unavailable')}</p>}
      {state === 'closed' && (
        <>
          <p>{t('selfCheck.save.intro')}</p>
          <button type="button" class="button button--secondary" onClick={() => setState('open')}>
            {t('selfCheck.save.choose')}
          </button>
        </>
      )}
      {(state === 'open' || state === 'busy') && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <p class="notice">{t('selfCheck.save.warning')}</p>
          <p id="passphrase-help">{t('selfCheck.save.passphraseHelp')}</p>
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
          <label class="field">
            <span>{t('selfCheck.save.passphrase')}</span>
            <input
              type="password"
              autocomplete="new-password"
              aria-describedby="passphrase-help"
              value={passphrase}
              onInput={(e) => setPassphrase(e.currentTarget.value)}
            />
          </label>
          <label class="field">
            <span>{t('selfCheck.save.repeat')}</span>
            <input type="password" autocomplete="new-password" value={repeat} onInput={(e) => setRepeat(e.currentTarget.value)} />
          </label>
          <div class="step-nav">
            <button type="submit" class="button" disabled={state === 'busy'}>
              {state === 'busy' ? t('selfCheck.save.busy') : t('selfCheck.save.submit')}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setState('closed')}>
              {t('selfCheck.save.cancel')}
            </button>
          </div>
        </form>
      )}
      {state === 'saved' && (
        <>
          <p role="status">{t('selfCheck.save.saved')}</p>
          <DeleteButton t={t} onDeleted={() => setState('deleted')} />
        </>
      )}
      {state === 'failed' && <p role="alert">{t('selfCheck.save.failed')}</p>}
      {state === 'deleted' && <p role="status">{t('selfCheck.save.deleted')}</p>}
    </section>
  );
}

/** Deletes without the store's code (it may not load), and says so when it did not work. */
function DeleteButton({ t, onDeleted }: { t: T; onDeleted: () => void }) {
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

type OpenState = 'hidden' | 'ready' | 'busy' | 'wrong' | 'damaged' | 'failed' | 'deleted';

/** On the start screen, only when answers were saved earlier (checked without creating a database). */
export function OpenSavedPanel({ t, questions, onOpen }: { t: T; questions: Questions; onOpen: (value: SavedSelfCheck) => void }) {
  const [state, setState] = useState<OpenState>('hidden');
  const [passphrase, setPassphrase] = useState('');
  useEffect(() => {
    void hasSavedAnswers().then((saved) => saved && setState('ready'));
    return onForget(() => setPassphrase(''));
  }, []);
  if (state === 'hidden') return null;

  const submit = async () => {
    setState('busy');
    const result = await within(SAVE_LIMIT_MS, async () => (await loadStore()).loadEncrypted(passphrase, savedValidator(questions))).catch(
      () => ({ ok: false, reason: 'failed' }) as const,
    );
    setPassphrase('');
    if (result.ok) onOpen(result.value);
    else setState(result.reason === 'wrong-passphrase' ? 'wrong' : result.reason === 'failed' ? 'failed' : 'damaged');
  };

  return (
    <section class="panel" aria-labelledby="open-title">
      <h3 id="open-title">{t('selfCheck.open.title')}</h3>
      {state === 'deleted' ? (
        <p role="status">{t('selfCheck.save.deleted')}</p>
      ) : state === 'damaged' ? (
        <>
          <p role="alert">{t('selfCheck.open.damaged')}</p>
          <DeleteButton t={t} onDeleted={() => setState('deleted')} />
        </>
      ) : (
        <div class="open-saved">
          <p>{t('selfCheck.open.intro')}</p>
          {(state === 'wrong' || state === 'failed') && (
            <p class="error" role="alert">
              {t(state === 'wrong' ? 'selfCheck.open.wrong' : 'selfCheck.open.failed')}
            </p>
          )}
          <label class="field">
            <span>{t('selfCheck.save.passphrase')}</span>
            <input
              type="password"
              autocomplete="current-password"
              value={passphrase}
              onInput={(e) => setPassphrase(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void submit();
                }
              }}
            />
          </label>
          <div class="step-nav">
            <button type="button" class="button" disabled={state === 'busy'} onClick={() => void submit()}>
              {state === 'busy' ? t('selfCheck.open.busy') : t('selfCheck.open.submit')}
            </button>
            <DeleteButton t={t} onDeleted={() => setState('deleted')} />
          </div>
        </div>
      )}
    </section>
  );
}
