// Phone numbers as people dial them ("0800-2000", "020-261 52 75", "+31 247 247 247"), checked and
// turned into tel: links. Pure; used by the content schema at build time and by pages when rendering.

const SHORT = new Set(['112', '113']);

/** Why a written phone number is not a valid Dutch or international number, or null when it is. */
export function phoneProblem(written: string): string | null {
  if (!/^\+?[0-9][0-9 -]*[0-9]$/.test(written)) {
    return 'mag alleen cijfers, spaties, streepjes en een + aan het begin bevatten';
  }
  const digits = written.replace(/[ -]/g, '');
  if (SHORT.has(digits)) return null;
  if (/^0(800|900|906|909)\d{4}(\d{3})?$/.test(digits)) return null; // 0800/0900: 4 or 7 digits
  if (/^0[1-9]\d{8}$/.test(digits)) return null; // ten digits with area or mobile code
  if (/^\+31[1-9]\d{8}$/.test(digits)) return null;
  if (/^\+(?!31)[1-9]\d{6,13}$/.test(digits)) return null;
  return 'is geen geldig Nederlands of internationaal telefoonnummer';
}

/** The tel: URL for a valid written number. */
export function telHref(written: string): string {
  return `tel:${written.replace(/[ -]/g, '')}`;
}

/** The digits a number dials, the Dutch country code as a 0: "+31 20 261 52 75" and "020-261 52 75" agree. */
export function dialled(written: string): string {
  return written.replace(/[ -]/g, '').replace(/^\+31/, '0');
}

/**
 * Every phone number written in a running text: a run of digits (single spaces or hyphens between
 * groups, a + in front) that starts with + or 0 and has at least three digits, or that is a valid
 * number by itself ("112"). Amounts and years ("100 euro", "2026") are not phone numbers.
 */
export function phonesIn(text: string): string[] {
  const runs = text.match(/(?<![\p{L}\p{N}+])\+?\d+(?:[ -]\d+)*(?![\p{L}\p{N}])/gu) ?? [];
  return runs.filter((run) => (/^[+0]/.test(run) ? run.replace(/\D/g, '').length >= 3 : phoneProblem(run) === null));
}
