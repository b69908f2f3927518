import type { Lang } from '../i18n/index.ts';

/**
 * A content date ("2025", "2025-10" or "2025-10-31") in words, as precise as the source is, with the
 * language's month names and always in one order, day month year: "31 oktober 2025", "31 October
 * 2025" (never "October 31, 2025" beside "31 oktober 2025"). With the browser's (and at build time
 * Node's) Intl, so a new language needs no month names of its own; tests/unit/languages.test.ts proves
 * that the build machine's ICU data has the app's languages.
 */
export function formatDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month) return date.split('-')[0] ?? date;
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric', month: 'long' };
  if (day) options.day = 'numeric';
  const parts = new Intl.DateTimeFormat(lang, options).formatToParts(new Date(Date.UTC(year, month - 1, day || 1)));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return [part('day'), part('month'), part('year')].filter(Boolean).join(' ');
}
