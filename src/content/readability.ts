// A simple readability check for the texts in every language (B1 for Dutch, plain English for English;
// docs/DECISIONS.md, "The readability measure"): it flags sentences of more than MAX_WORDS words and words
// of more than MAX_LETTERS letters. Deliberately simple and explainable: it counts, it does not judge. Names
// of organisations and web addresses are not counted as long words.

import type { Lang } from '../i18n/languages.ts';

export const MAX_WORDS = 20;
export const MAX_LETTERS = 20;

/** Long words that are names or fixed terms an editor cannot shorten. */
const ALLOWED_LONG_WORDS = new Set([
  'zelfmoordpreventie',
  'kinderbescherming',
  'arbeidsinspectie',
  'criminaliteitspreventie',
]);

export interface Finding {
  where: string;
  text: string;
  problem: string;
}

export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]["'’”)]?)\s+(?=["'‘“(]?[A-ZÀ-Ý0-9])/) // a sentence may end inside a quote
    .map((s) => s.trim())
    .filter(Boolean);
}

export function words(sentence: string): string[] {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

export function check(where: string, text: string): Finding[] {
  const findings: Finding[] = [];
  for (const sentence of sentences(text)) {
    const ws = words(sentence);
    if (ws.length > MAX_WORDS)
      findings.push({ where, text: sentence, problem: `${ws.length} woorden (meer dan ${MAX_WORDS})` });
    for (const w of ws) {
      const bare = w.replace(/[^\p{L}-]/gu, '');
      if (/[./@]/.test(w) || ALLOWED_LONG_WORDS.has(bare.toLowerCase())) continue;
      for (const part of bare.split('-')) {
        if (part.length > MAX_LETTERS)
          findings.push({ where, text: sentence, problem: `lang woord "${part}" (${part.length} letters)` });
      }
    }
  }
  return findings;
}

/** Every text in one language in a tree of content: the values under that key, with their path. */
export function textsIn(value: unknown, lang: Lang, path = ''): Array<{ where: string; text: string }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => textsIn(v, lang, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) => {
    const here = path ? `${path}.${key}` : key;
    if (key === lang && typeof v === 'string') return [{ where: here, text: v }];
    if (key === lang && Array.isArray(v)) return v.map((t, i) => ({ where: `${here}[${i}]`, text: String(t) }));
    return textsIn(v, lang, here);
  });
}

/**
 * Words the app never uses about anyone's group (docs/DECISIONS.md, 'The word "sekte" once, explained'):
 * "sekte" / "cult", as each dictionary names them (`language.neverSay`), matched as whole words. Names that
 * contain them (Sektesignaal, "Cultic Studies") are not whole-word matches; book titles in citations are not
 * texts of the app.
 */
export const neverSay = (words: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}\\p{N}])`, 'iu');
