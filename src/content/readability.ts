// A simple readability check for the Dutch texts (B1, see WRITING.md): it flags sentences of more than
// MAX_WORDS words and words of more than MAX_LETTERS letters. Deliberately simple and explainable:
// it counts, it does not judge. Names of organisations and web addresses are not counted as long words.

export const MAX_WORDS = 20;
export const MAX_LETTERS = 20;

/** Long words that are names or fixed terms an editor cannot shorten. */
const ALLOWED_LONG_WORDS = new Set(['zelfmoordpreventie', 'kinderbescherming', 'arbeidsinspectie', 'criminaliteitspreventie']);

export interface Finding {
  where: string;
  text: string;
  problem: string;
}

export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=["'(]?[A-ZÀ-Ý0-9])/)
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
    if (ws.length > MAX_WORDS) findings.push({ where, text: sentence, problem: `${ws.length} woorden (meer dan ${MAX_WORDS})` });
    for (const w of ws) {
      const bare = w.replace(/[^\p{L}-]/gu, '');
      if (/[./@]/.test(w) || ALLOWED_LONG_WORDS.has(bare.toLowerCase())) continue;
      for (const part of bare.split('-')) {
        if (part.length > MAX_LETTERS) findings.push({ where, text: sentence, problem: `lang woord "${part}" (${part.length} letters)` });
      }
    }
  }
  return findings;
}

/** Every Dutch text in a tree of content: the values under an `nl` key, with their path. */
export function dutchTexts(value: unknown, path = ''): Array<{ where: string; text: string }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => dutchTexts(v, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) => {
    const here = path ? `${path}.${key}` : key;
    if (key === 'nl' && typeof v === 'string') return [{ where: here, text: v }];
    if (key === 'nl' && Array.isArray(v)) return v.map((t, i) => ({ where: `${here}[${i}]`, text: String(t) }));
    return dutchTexts(v, here);
  });
}
