// Checks on content/ that hold for every file, whatever its shape: no invisible or direction-changing
// characters, no placeholder text, no translation that is a copy of the Dutch text. Build time and
// tests only (through load.ts). Messages are in Dutch, for the people who edit content/.
import { defaultLang, languages } from '../i18n/languages.ts';

/** A language's name in Dutch, for messages to editors: "en" → "Engels". */
export function languageName(lang: string): string {
  return new Intl.DisplayNames(['nl'], { type: 'language', fallback: 'code' }).of(lang) ?? lang;
}

/** Whether an object is one text (or list) in every language: exactly the languages' keys. */
export function isLocalized(object: object): object is Record<string, unknown> {
  const keys = Object.keys(object);
  return keys.length === languages.length && languages.every((lang) => keys.includes(lang));
}

export interface TextProblem {
  path: string;
  message: string;
}

/**
 * Characters an editor cannot see but a browser acts on: zero-width characters and joiners, marks and
 * overrides that turn the direction of text (a label "Bel 112" could show another number than the one
 * it dials), a byte-order mark or soft hyphen inside text, and control characters. A byte-order mark
 * at the very start of a file is how some editors save UTF-8, and is allowed there.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- finding these is the point
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFB]/gu;

const NAMES: Record<string, string> = {
  '\u00AD': 'zacht afbreekstreepje',
  '\u061C': 'Arabisch lettermerkteken',
  '\u200B': 'spatie zonder breedte',
  '\u200C': 'niet-verbinder zonder breedte',
  '\u200D': 'verbinder zonder breedte',
  '\u200E': 'links-naar-rechtsteken',
  '\u200F': 'rechts-naar-linksteken',
  '\u202A': 'links-naar-rechtsinbedding',
  '\u202B': 'rechts-naar-linksinbedding',
  '\u202C': 'einde van inbedding',
  '\u202D': 'links-naar-rechtsoverschrijving',
  '\u202E': 'rechts-naar-linksoverschrijving',
  '\u2060': 'woordverbinder',
  '\u2066': 'links-naar-rechtsisolatie',
  '\u2067': 'rechts-naar-linksisolatie',
  '\u2068': 'eerste-sterke isolatie',
  '\u2069': 'einde van isolatie',
  '\uFEFF': 'bytevolgordemarkering (BOM)',
};

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Every invisible or bidirectional control character in a file's text, by line and column. */
export function invisibleCharacters(text: string): TextProblem[] {
  const problems: TextProblem[] = [];
  const body = text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text; // keeps columns right
  body.split(/\r?\n/).forEach((line, i) => {
    const found = [...line.matchAll(INVISIBLE)];
    if (!found.length) return;
    const names = [...new Set(found.map((m) => `${codePoint(m[0])}${NAMES[m[0]] ? ` (${NAMES[m[0]]})` : ''}`))];
    problems.push({
      path: `regel ${i + 1}, kolom ${found[0]!.index + 1}`,
      message: `onzichtbaar of richtingsteken ${names.join(', ')}: haal het weg (typ de tekst eventueel opnieuw)`,
    });
  });
  return problems;
}

/** Words that mark a text as not written yet. */
const PLACEHOLDER = /\b(TODO|FIXME|XXX|TBD)\b|lorem ipsum/i;

/**
 * The same text in two languages is allowed for names (a field called `name`: "Veilig Thuis" is
 * "Veilig Thuis" in English too) and for a single word or value without spaces ("Chat", a web address,
 * a number). Anything longer that is the same was not translated.
 */
function mayBeEqual(key: string | undefined, text: string): boolean {
  return key === 'name' || !/\s/.test(text.trim());
}

/** Where in a file a problem is, as a reader names it: `contacts[0].phone`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** Placeholders in any text, and translations that are a copy of the Dutch text. */
export function textProblems(data: unknown): TextProblem[] {
  const problems: TextProblem[] = [];
  const walk = (value: unknown, path: Array<string | number>) => {
    if (typeof value === 'string') {
      const placeholder = PLACEHOLDER.exec(value);
      if (placeholder) {
        problems.push({
          path: formatPath(path),
          message: `"${placeholder[0]}" is een tekst die nog geschreven moet worden`,
        });
      }
      return;
    }
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, [...path, i]));
    if (typeof value !== 'object' || value === null) return;
    const object = value as Record<string, unknown>;
    const key = path.findLast((p): p is string => typeof p === 'string');
    if (isLocalized(object)) {
      const source = [object[defaultLang]].flat();
      for (const lang of languages.filter((l) => l !== defaultLang)) {
        const translation = [object[lang]].flat();
        source.forEach((text, i) => {
          const other = translation[i];
          if (
            typeof text !== 'string' ||
            typeof other !== 'string' ||
            text.trim() !== other.trim() ||
            mayBeEqual(key, text)
          )
            return;
          const at = Array.isArray(object[lang]) ? [...path, lang, i] : [...path, lang];
          problems.push({
            path: formatPath(at),
            message: `is gelijk aan de tekst in het ${languageName(defaultLang)}: vertaal hem in het ${languageName(lang)}`,
          });
        });
      }
    }
    for (const [k, v] of Object.entries(object)) walk(v, [...path, k]);
  };
  walk(data, []);
  return problems;
}
