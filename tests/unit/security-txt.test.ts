// /.well-known/security.txt (RFC 9116) from the host settings: its fields, and the build's warning two
// months before Expires and its stop once Expires has passed, with a made-up "today".
// @vitest-environment node
import { recordOf } from '../../src/logic/lists.ts';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadContent } from '../../src/content/load.ts';
import { hostGaps, securityTxt } from '../../src/host.ts';
import { monthsAfter } from '../../src/policy.ts';
import { languages } from '../../src/i18n/languages.ts';
import type { Site } from '../../src/content/schema.ts';

/** The same text in every language of the app (the list decides which). */
const every = (text: string) => recordOf(languages, () => text);

const real = loadContent(join(import.meta.dirname, '../../content')).site;
const expires = '2027-06-30';
const hosted: Site = {
  ...real,
  host: {
    ...real.host,
    origin: 'https://hulpwijzer.example.nl',
    security: { contact: ['mailto:security@example.nl', 'https://example.nl/melden'], expires },
  },
};
const fields = (text: string) =>
  text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.slice(0, line.indexOf(':')));

describe('security.txt', () => {
  it.each(['/', '/hulpwijzer/'])('for base %s has Contact, Expires, Preferred-Languages and Canonical', (base) => {
    const { text, warnings, error } = securityTxt(hosted, base, '2026-12-06');
    expect(error).toBeUndefined();
    expect(warnings).toEqual([]);
    expect(fields(text)).toEqual(['Contact', 'Contact', 'Expires', 'Preferred-Languages', 'Canonical']);
    expect(text).toContain(`Expires: ${expires}T00:00:00.000Z\n`);
    expect(text).toContain(`Preferred-Languages: ${languages.join(', ')}\n`);
    expect(text).toContain(`Canonical: https://hulpwijzer.example.nl${base}.well-known/security.txt\n`);
  });

  it('warns from two months before Expires, not a day earlier', () => {
    const warnFrom = monthsAfter(expires, -2);
    expect(securityTxt(hosted, '/', warnFrom).warnings.join()).toMatch(/host\.security\.expires: .*twee maanden/);
    const dayBefore = new Date(Date.parse(warnFrom) - 86_400_000).toISOString().slice(0, 10);
    expect(securityTxt(hosted, '/', dayBefore).warnings).toEqual([]);
  });

  it('stops the build once Expires has come, naming the field', () => {
    expect(securityTxt(hosted, '/', expires).error).toMatch(
      /content\/site\.yaml → host\.security\.expires: .*verstreken/,
    );
    expect(securityTxt(hosted, '/', monthsAfter(expires, -1)).error).toBeUndefined();
  });

  it('without a host says so in comments only, and the build names what a host must fill in', () => {
    const placeholder: Site = { ...real, publisher: { ...real.publisher, name: undefined }, host: {} };
    const { text, error } = securityTxt(placeholder, '/', '2026-12-06');
    expect(error).toBeUndefined();
    expect(fields(text)).toEqual([]);
    expect(text).toMatch(/no organisation hosts this copy yet/);
    expect(hostGaps(placeholder).join()).toMatch(/publisher\.name.*host\.origin.*host\.security.*host\.privacy/);
    expect(
      hostGaps({
        ...hosted,
        publisher: { ...real.publisher, name: every('X'), contactUrl: 'https://x.nl' },
        host: {
          ...hosted.host,
          privacy: {
            legalBasis: every('a'),
            recipients: every('a'),
            retention: every('a'),
          },
        },
      }),
    ).toEqual([]);
  });
});
