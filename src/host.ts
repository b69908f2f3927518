// Build time only: what an organisation that hosts the app sets in content/ (issue 23), turned into the
// build's own files and checks. The theme (content/theme.css) is added to the styles after its contrast
// is checked; security.txt is written from site.yaml's host settings, with a warning two months before it
// expires and a stop once it has; the logo is copied; and the build says what a host has not filled in.
import type { Plugin } from 'vite';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { site as siteSchema, type Site } from './content/schema.ts';
import { languages } from './i18n/languages.ts';
import { joinBase } from './base-path.ts';
import { monthsAfter } from './policy.ts';

// ---- Theme

/** Every token the theme must set, declared once; styles.css maps them to its own short names. */
export const themeTokens = [
  'hulpwijzer-document-background-color',
  'hulpwijzer-document-color',
  'hulpwijzer-surface-background-color',
  'hulpwijzer-muted-color',
  'hulpwijzer-link-color',
  'hulpwijzer-link-hover-color',
  'hulpwijzer-notice-background-color',
  'hulpwijzer-border-color',
  'hulpwijzer-focus-color',
] as const;
export type ThemeToken = (typeof themeTokens)[number];

/** White: the text on buttons, fixed in styles.css. */
const WHITE = '#ffffff';

/**
 * Which colours meet where in styles.css, and the contrast WCAG AA asks there (1.4.3 for text: 4.5; the
 * focus outline is drawn in the text colour, so it passes 1.4.11's 3 with it). The border and the yellow
 * focus halo are decoration, next to an outline or text that carries the meaning.
 */
export const contrastPairs: ReadonlyArray<{
  text: ThemeToken | typeof WHITE;
  on: ThemeToken | typeof WHITE;
  min: number;
}> = [
  ...(
    [
      'hulpwijzer-document-background-color',
      'hulpwijzer-surface-background-color',
      'hulpwijzer-notice-background-color',
    ] as const
  ).flatMap((on) => [
    { text: 'hulpwijzer-document-color' as const, on, min: 4.5 },
    { text: 'hulpwijzer-muted-color' as const, on, min: 4.5 },
    { text: 'hulpwijzer-link-color' as const, on, min: 4.5 },
    { text: 'hulpwijzer-link-hover-color' as const, on, min: 4.5 },
  ]),
  { text: WHITE, on: 'hulpwijzer-link-color', min: 4.5 },
  { text: WHITE, on: 'hulpwijzer-link-hover-color', min: 4.5 },
];

/** The custom properties a theme file sets, by name (without "--"). */
export function themeValues(css: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const m of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/--([a-z0-9-]+)\s*:\s*([^;]+);/g)) {
    values[m[1] as string] = (m[2] as string).trim();
  }
  return values;
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG's contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** What is wrong with a theme, each problem naming the token (in Dutch, for an editor). */
export function themeProblems(css: string, file = 'content/theme.css'): string[] {
  const values = themeValues(css);
  const problems: string[] = [];
  for (const token of themeTokens) {
    const value = values[token];
    if (value === undefined) problems.push(`${file} → --${token}: ontbreekt`);
    else if (!/^#[0-9a-f]{6}$/i.test(value))
      problems.push(`${file} → --${token}: "${value}" is geen kleur als #rrggbb`);
  }
  for (const name of Object.keys(values)) {
    if (!(themeTokens as readonly string[]).includes(name))
      problems.push(`${file} → --${name}: onbekende naam (zie themeTokens in src/host.ts)`);
  }
  if (problems.length) return problems;
  const color = (c: string) => (c.startsWith('#') ? c : (values[c] as string));
  const name = (c: string) => (c.startsWith('#') ? `wit (${c})` : `--${c}`);
  for (const { text, on, min } of contrastPairs) {
    const ratio = contrastRatio(color(text), color(on));
    if (ratio < min) {
      problems.push(
        `${file} → ${name(text)} op ${name(on)}: contrast ${ratio.toFixed(2)}:1, WCAG AA vraagt minstens ${min}:1`,
      );
    }
  }
  return problems;
}

// ---- security.txt (RFC 9116)

export interface SecurityTxt {
  text: string;
  warnings: string[];
  /** Set when the build must stop. */
  error?: string;
}

/**
 * /.well-known/security.txt from the host settings, for a build at `base`, on `today` ("2026-12-06").
 * Without a host's contact there is no one to report to: the file then says so in comments only, and the
 * build names what to fill in (hostGaps).
 */
export function securityTxt(site: Site, base: string, today: string): SecurityTxt {
  const { security, origin } = site.host;
  const name = site.publisher.name?.en;
  if (!security || !origin) {
    return {
      text: [
        '# Hulpwijzer: no organisation hosts this copy yet, so there is no address for security reports.',
        '# Nog geen organisatie biedt deze kopie aan: er is nog geen adres om een beveiligingsprobleem te melden.',
        '',
      ].join('\n'),
      warnings: [],
    };
  }
  const warnings: string[] = [];
  const where = 'content/site.yaml → host.security.expires';
  if (security.expires <= today) {
    return {
      text: '',
      warnings,
      error: `${where}: ${security.expires} is verstreken. Zet een nieuwe datum (hooguit een jaar vooruit).`,
    };
  }
  if (monthsAfter(security.expires, -2) <= today) {
    warnings.push(`${where}: ${security.expires} is binnen twee maanden. Zet op tijd een nieuwe datum.`);
  }
  if (security.expires > monthsAfter(today, 12)) {
    warnings.push(`${where}: ${security.expires} is meer dan een jaar vooruit; RFC 9116 raadt korter aan.`);
  }
  const text = [
    `# Hulpwijzer${name ? `, offered by ${name}` : ''}. Generated by the build from content/site.yaml.`,
    ...security.contact.map((c) => `Contact: ${c}`),
    `Expires: ${security.expires}T00:00:00.000Z`,
    `Preferred-Languages: ${languages.join(', ')}`,
    `Canonical: ${origin}${joinBase(base, '/.well-known/security.txt')}`,
    '',
  ].join('\n');
  return { text, warnings };
}

/** What a host has not filled in yet, in words for an editor (empty once everything is there). */
export function hostGaps(site: Site): string[] {
  const gaps: string[] = [];
  if (!site.publisher.name) gaps.push('publisher.name (de naam van je organisatie)');
  if (!site.publisher.contactUrl) gaps.push('publisher.contactUrl (waar mensen een fout of probleem melden)');
  if (!site.host.origin) gaps.push('host.origin (het adres waar de app staat)');
  if (!site.host.security) gaps.push('host.security (contact en einddatum voor /.well-known/security.txt)');
  if (!site.host.privacy) gaps.push('host.privacy (grondslag, ontvangers en bewaartermijn voor de privacyverklaring)');
  return gaps;
}

// ---- The plugin

const STYLES = /\/src\/ui\/styles\.css$/;

export function hostPlugin(
  dir = resolve(import.meta.dirname, '../content'),
  base = '/',
  today = process.env.HULPWIJZER_TODAY || new Date().toISOString().slice(0, 10),
): Plugin {
  const readSite = () => siteSchema.parse(parseYaml(readFileSync(join(dir, 'site.yaml'), 'utf8'))); // checked by the content plugin
  const themeFile = join(dir, 'theme.css');
  const readTheme = () => {
    if (!existsSync(themeFile)) throw new Error('Het thema klopt niet:\n  - content/theme.css: dit bestand ontbreekt');
    const css = readFileSync(themeFile, 'utf8');
    const problems = themeProblems(css);
    if (problems.length)
      throw new Error(`Het thema klopt niet (${problems.length}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    return css;
  };
  return {
    name: 'hulpwijzer-host',
    buildStart() {
      readTheme();
      this.addWatchFile(themeFile);
    },
    transform(code, id) {
      // The theme's tokens go before the styles that use them (styles.css maps them at its end).
      if (STYLES.test(id.split('?')[0] as string)) return { code: `${readTheme()}\n${code}`, map: null };
      return undefined;
    },
    generateBundle() {
      const site = readSite();
      const security = securityTxt(site, base, today);
      if (security.error) this.error(security.error);
      for (const w of security.warnings) this.warn(w);
      this.emitFile({ type: 'asset', fileName: '.well-known/security.txt', source: security.text });
      const logo = site.host.logo;
      if (logo) {
        const file = join(dir, logo.file);
        if (!existsSync(file)) this.error(`content/site.yaml → host.logo.file: content/${logo.file} bestaat niet`);
        this.emitFile({ type: 'asset', fileName: logo.file, source: readFileSync(file) });
      }
      const gaps = hostGaps(site);
      if (gaps.length) {
        this.warn(
          `Nog geen organisatie biedt deze kopie aan; de verklaringen zeggen dat eerlijk. Een organisatie vult in content/site.yaml in: ${gaps.join('; ')}.`,
        );
      }
    },
  };
}
