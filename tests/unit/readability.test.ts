// Readability check of every text in every language: content/ and the interface texts. See
// src/content/readability.ts.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadContent } from '../../src/content/load.ts';
import { check, MAX_WORDS, neverSay, sentences, textsIn } from '../../src/content/readability.ts';
import { dictionaries } from '../../src/i18n/all.ts';
import { languages, type Lang } from '../../src/i18n/languages.ts';

/** The words to avoid, for every language. */
const LABELS = Object.fromEntries(
  languages.map((lang) => [lang, neverSay(dictionaries()[lang].language.neverSay)]),
) as Record<Lang, RegExp>;

/** Every text of a language's dictionary, but the words to avoid (`language.neverSay`), which are no text. */
function interfaceTexts(lang: (typeof languages)[number]): Array<{ where: string; text: string }> {
  const walk = (value: unknown, path: string): Array<{ where: string; text: string }> =>
    typeof value === 'string'
      ? [{ where: path, text: value }]
      : Object.entries(value as object).flatMap(([k, v]) => walk(v, `${path}.${k}`));
  return walk(dictionaries()[lang], `src/i18n/${lang}.ts`).filter(
    ({ where }) => !/\.language\.never(Say|Push)$/.test(where),
  );
}

describe('readability of the texts', () => {
  it('splits sentences and counts words as documented', () => {
    expect(sentences('Bel 112. Is er gevaar? Ja!')).toEqual(['Bel 112.', 'Is er gevaar?', 'Ja!']);
    expect(check('x', 'Een arbeidsongeschiktheidsverzekering is lang.')[0]?.problem).toMatch(/lang woord/);
    expect(check('x', Array.from({ length: MAX_WORDS + 1 }, () => 'woord').join(' ') + '.')[0]?.problem).toMatch(
      /woorden/,
    );
    expect(check('x', 'Kijk op centrumseksueelgeweld.nl voor hulp.')).toEqual([]);
    // A sentence that ends inside a quote ends there.
    expect(sentences("Zeg bijvoorbeeld: 'Je lijkt moe.' Zeg niet wat je denkt.")).toEqual([
      "Zeg bijvoorbeeld: 'Je lijkt moe.'",
      'Zeg niet wat je denkt.',
    ]);
  });

  it.each(languages)(
    'has no sentence over the limit and no overlong word in content/ or the interface, in %s',
    (lang) => {
      const content = loadContent(join(import.meta.dirname, '../../content'));
      const texts = [
        ...Object.entries(content).flatMap(([part, value]) => textsIn(value, lang, part)),
        ...interfaceTexts(lang),
      ];
      expect(texts.length).toBeGreaterThan(100); // the language's texts were found at all
      const findings = texts.flatMap(({ where, text }) => check(where, text));
      expect(findings.map((f) => `${f.where}: ${f.problem}: "${f.text}"`)).toEqual([]);
    },
  );
});

describe('words that label a group', () => {
  it('never calls a group a "sekte" or a "cult", in any language', () => {
    const content = loadContent(join(import.meta.dirname, '../../content'));
    // One section explains why the app avoids the word: it may name the word, in quotes.
    const about = content.pages['verantwoording']!.sections.findIndex((s) => s.id === 'woord-sekte');
    expect(about).toBeGreaterThanOrEqual(0);
    const explaining = `pages.verantwoording.sections[${about}].`;
    const quoted = (lang: (typeof languages)[number]) =>
      new RegExp(`'(?:${dictionaries()[lang].language.neverSay})'`, 'giu');
    const found = languages.flatMap((lang) =>
      [...textsIn(content, lang), ...interfaceTexts(lang)]
        .filter(({ text, where }) =>
          LABELS[lang].test(where.startsWith(explaining) ? text.replace(quoted(lang), '') : text),
        )
        .map(({ where }) => where),
    );
    expect(found).toEqual([]);
    // The explanation does name the word it explains, in every language.
    for (const lang of languages) {
      expect(
        textsIn(content, lang).some(({ where, text }) => where.startsWith(explaining) && LABELS[lang].test(text)),
      ).toBe(true);
    }
    expect(LABELS.nl.test('Is dit een sekte?')).toBe(true);
    expect(LABELS.nl.test('het meldpunt Sektesignaal')).toBe(false);
  });
});
