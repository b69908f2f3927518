// What the save panels share: the saved value and its check when read back, the passphrase rule, the
// time limits, and the store's code, which loads only when the visitor submits a passphrase.
import type { Questions } from '../../content/schema.ts';
import { selfCheckAnswers, type SelfCheckRoute } from '../../logic/index.ts';
import { isUsablePassphrase } from '../../storage/crypto.ts';
import type { Answers } from './types.ts';

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
export const loadStore = () => import('../../storage/store.ts');

/**
 * Why a new passphrase cannot be used, or null. `isGuessable` is the rule of strength.ts, which the
 * save panel loads when it opens; without it (not loaded yet) a passphrase is never accepted.
 */
export function passphraseProblem(
  passphrase: string,
  repeat: string,
  isGuessable: ((passphrase: string) => boolean) | null = null,
): 'tooShort' | 'onlySpaces' | 'guessable' | 'mismatch' | null {
  if (passphrase.length < MIN_LENGTH) return 'tooShort';
  if (!isUsablePassphrase(passphrase)) return 'onlySpaces';
  if (!isGuessable || isGuessable(passphrase)) return 'guessable';
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
      ([id, a]) =>
        ids.has(id) && (a === undefined || a === null || (selfCheckAnswers as readonly string[]).includes(a as string)),
    );
  };
}
