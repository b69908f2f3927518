// What a host sets is a content edit: this test makes a second content folder (a copy of content/ with
// another theme, a logo, a name and security.txt settings), builds it for /hulpwijzer/ and checks what
// comes out; then a theme with too little contrast, and an expired security.txt, must stop the build
// naming the token or the field. The real dist/ (the build under test) carries its security.txt too.
import { recordOf } from '../../src/logic/lists.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { themeValues } from '../../src/host.ts';
import { monthsAfter } from '../../src/policy.ts';
import { tFor } from '../../src/i18n/all.ts';
import { languages } from '../../src/i18n/languages.ts';
import { BASE } from '../../src/base.ts';

/** The same text in every language of the app (the list decides which). */
const every = (text: string) => recordOf(languages, () => text);

const root = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'hulpwijzer-host-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const today = new Date().toISOString().slice(0, 10);
const secondTheme = {
  'hulpwijzer-document-background-color': '#fdfdfd',
  'hulpwijzer-document-color': '#121314',
  'hulpwijzer-surface-background-color': '#f4f4f8',
  'hulpwijzer-muted-color': '#4d4d5c',
  'hulpwijzer-link-color': '#5b2a86',
  'hulpwijzer-link-hover-color': '#3d1c5a',
  'hulpwijzer-notice-background-color': '#fdf1c7',
  'hulpwijzer-border-color': '#cbcbca',
  'hulpwijzer-focus-color': '#ffbf1f',
};
// No colour a minifier can shorten (#ffffff → #fff), so the built styles hold them as written.
const themeCss = (values: Record<string, string>) =>
  `:root {\n${Object.entries(values)
    .map(([k, v]) => `  --${k}: ${v};`)
    .join('\n')}\n}\n`;

/** A copy of content/ with a host's settings and the given theme. */
function contentCopy(name: string, theme: Record<string, string>, expires: string): string {
  const dir = join(work, name);
  cpSync(join(root, 'content'), dir, { recursive: true });
  writeFileSync(join(dir, 'theme.css'), themeCss(theme));
  writeFileSync(
    join(dir, 'logo.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#5b2a86"/></svg>\n',
  );
  const site = parseDocument(readFileSync(join(dir, 'site.yaml'), 'utf8'));
  site.setIn(['publisher', 'name'], every('Stichting Voorbeeld'));
  site.set('host', {
    origin: 'https://hulpwijzer.example.nl',
    security: { contact: ['mailto:security@example.nl'], expires },
    logo: { file: 'logo.svg', alt: recordOf(languages, (lang) => `Logo van Stichting Voorbeeld (${lang})`) },
  });
  writeFileSync(join(dir, 'site.yaml'), site.toString());
  return dir;
}

function build(content: string, env: Record<string, string> = {}) {
  const out = join(work, `dist-${readdirSync(work).length}`);
  const clean = { ...process.env };
  for (const key of Object.keys(clean)) if (key === 'NODE_ENV' || key.startsWith('VITEST')) delete clean[key];
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', out, '--emptyOutDir'],
    {
      cwd: root,
      env: { ...clean, HULPWIJZER_CONTENT: content, HULPWIJZER_BASE: '/hulpwijzer/', ...env },
      encoding: 'utf8',
    },
  );
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, out };
}

describe('a second theme and a host, built for /hulpwijzer/', () => {
  const expires = monthsAfter(today, 1); // within two months: the build warns
  const result = build(contentCopy('second', secondTheme, expires));
  const css = () =>
    readdirSync(join(result.out, 'assets'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(result.out, 'assets', f), 'utf8'))
      .join('\n');

  it('builds, warns that security.txt expires soon, and names nothing else to fill in but the privacy parts', () => {
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/host\.security\.expires: .*binnen twee maanden/);
    expect(result.output).not.toMatch(/publisher\.name \(/);
  });

  it('carries the second theme in its styles', () => {
    for (const [token, value] of Object.entries(secondTheme)) expect(themeValues(css())[token], token).toBe(value);
  });

  it('shows the logo in the footer of every language, under the sub-path, and the host in the statement', () => {
    for (const lang of languages) {
      const prefix = lang === languages[0] ? '' : `${lang}/`;
      const html = readFileSync(join(result.out, `${prefix}privacy/index.html`), 'utf8');
      expect(html).toContain('src="/hulpwijzer/logo.svg"');
      expect(html).toContain(tFor(lang)('privacyPage.controllerName', { name: 'Stichting Voorbeeld' }));
      expect(html).not.toContain(tFor(lang)('privacyPage.noHost'));
    }
    expect(existsSync(join(result.out, 'logo.svg'))).toBe(true);
  });

  it('writes /.well-known/security.txt with Contact, Expires, Preferred-Languages and Canonical', () => {
    const text = readFileSync(join(result.out, '.well-known/security.txt'), 'utf8');
    expect(text).toContain('Contact: mailto:security@example.nl\n');
    expect(text).toContain(`Expires: ${expires}T00:00:00.000Z\n`);
    expect(text).toContain(`Preferred-Languages: ${languages.join(', ')}\n`);
    expect(text).toContain('Canonical: https://hulpwijzer.example.nl/hulpwijzer/.well-known/security.txt\n');
  });
});

describe('the build stops', () => {
  it('on a theme with too little contrast, naming the token', () => {
    const bad = { ...secondTheme, 'hulpwijzer-muted-color': '#b0b0b0' };
    const { status, output } = build(contentCopy('bad-theme', bad, monthsAfter(today, 6)));
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/theme\.css → --hulpwijzer-muted-color op --hulpwijzer-document-background-color: contrast/,
    );
  }, 120_000);

  it('once security.txt has expired, naming the field', () => {
    const expires = monthsAfter(today, 3);
    const { status, output } = build(contentCopy('expired', secondTheme, expires), {
      HULPWIJZER_TODAY: monthsAfter(expires, 1),
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/site\.yaml → host\.security\.expires: .* is verstreken/);
  }, 120_000);
});

describe('dist/ (the build under test)', () => {
  it('has /.well-known/security.txt under its base, and the statements in every language', () => {
    const dist = join(root, 'dist');
    expect(readFileSync(join(dist, '.well-known/security.txt'), 'utf8')).toMatch(/^# Hulpwijzer/);
    expect(BASE).toMatch(/\/$/);
    for (const lang of languages) {
      const prefix = lang === languages[0] ? '' : `${lang}/`;
      expect(existsSync(join(dist, `${prefix}privacy/index.html`)), lang).toBe(true);
      expect(existsSync(join(dist, `${prefix}toegankelijkheid/index.html`)), lang).toBe(true);
    }
  });
});
