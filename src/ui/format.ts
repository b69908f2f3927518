import type { Lang } from '../i18n/index.ts';

const months = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

/**
 * A content date ("2025", "2025-10" or "2025-10-31") in words, as precise as the source is.
 * Written out by hand rather than with Intl, so prerendered pages do not depend on the build
 * machine's ICU data.
 */
export function formatDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? months[lang][Number(month) - 1] : undefined;
  if (!monthName) return year ?? date;
  if (!day) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}
