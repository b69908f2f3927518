// The passphrase rule refuses the first guesses of anyone who finds a saved record, and the
// suggestion it offers passes it.
import { describe, expect, it } from 'vitest';
import { isGuessable, suggestPassphrase, WORDS } from '../../src/features/self-check/strength.ts';
import { passphraseProblem } from '../../src/features/self-check/saved.ts';
import { organisationIds } from '../../src/logic/organisations.ts';
import { PBKDF2_ITERATIONS } from '../../src/storage/crypto.ts';

describe('the passphrase rule', () => {
  it.each([
    '12345678',
    'wachtwoord1',
    'Wachtwoord2026!',
    'w4chtw00rd',
    'qwertyuiop',
    'aaaaaaaaaa',
    'abababab',
    'password123',
  ])('refuses a common one: %s', (passphrase) => expect(isGuessable(passphrase)).toBe(true));

  it("refuses the site's own words, alone or together, with digits", () => {
    expect(isGuessable('Hulpwijzer2024')).toBe(true);
    expect(isGuessable('zelfcheck!')).toBe(true);
    for (const id of organisationIds) {
      expect(isGuessable(`${id.replace(/-/g, '')}1`), id).toBe(true);
      expect(isGuessable(`hulpwijzer${id.split('-')[0]}`), id).toBe(true);
    }
  });

  it('accepts every suggestion, four words from its list', () => {
    for (let i = 0; i < 200; i++) {
      const idea = suggestPassphrase();
      const words = idea.split('-');
      expect(words).toHaveLength(4);
      for (const word of words) expect(WORDS).toContain(word);
      expect(isGuessable(idea), idea).toBe(false);
      expect(passphraseProblem(idea, idea, isGuessable)).toBeNull();
    }
  });

  it('is not accepted before the rule has loaded, and keeps the other checks', () => {
    const idea = suggestPassphrase();
    expect(passphraseProblem(idea, idea)).toBe('guessable');
    expect(passphraseProblem('wachtwoord1', 'wachtwoord1', isGuessable)).toBe('guessable');
    expect(passphraseProblem(idea, `${idea}x`, isGuessable)).toBe('mismatch');
    expect(passphraseProblem('kort', 'kort', isGuessable)).toBe('tooShort');
  });

  it('keeps PBKDF2 at 600,000 iterations or more', () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });
});
