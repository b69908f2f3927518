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

/** Every token the theme must set, declared once; src/ui/styles/tokens.css maps them to its own short names. */
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

/** The custom properties a theme file sets, by name (without "--"). */
export function themeValues(css: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const m of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/--([a-z0-9-]+)\s*:\s*([^;]+);/g)) {
    values[m[1] as string] = (m[2] as string).trim();
  }
  return values;
}

/** Where every colour of the styles is declared (tests/unit/styles.test.ts holds the other parts to it). */
export const tokensFile = 'src/ui/styles/tokens.css';

/**
 * The tokens a theme may set, with their defaults: in the tokens file, every `var(--hulpwijzer-…, default)`.
 * Declared there once, so a colour the styles gain is a colour a host can set.
 */
export function themeDefaults(tokensCss: string): Record<string, string> {
  const defaults: Record<string, string> = {};
  for (const value of Object.values(themeValues(tokensCss))) {
    const m = /^var\(--(hulpwijzer-[a-z0-9-]+)\s*,\s*(.+)\)$/.exec(value);
    if (m) defaults[m[1] as string] = (m[2] as string).trim();
  }
  return defaults;
}

export const optionalTokens = themeDefaults(readFileSync(resolve(import.meta.dirname, '..', tokensFile), 'utf8'));

/**
 * Which colours meet where in the styles, and the contrast WCAG AA asks there (1.4.3 for text: 4.5; the
 * focus outline is drawn in the text colour, so it passes 1.4.11's 3 with it). The borders, the shadow
 * and the yellow focus halo are decoration, next to an outline or text that carries the meaning.
 */
export const contrastPairs: ReadonlyArray<{ text: string; on: string; min: number }> = [
  ...[
    'hulpwijzer-document-background-color',
    'hulpwijzer-surface-background-color',
    'hulpwijzer-notice-background-color',
    'hulpwijzer-selected-background-color',
    'hulpwijzer-urgent-background-color',
  ].flatMap((on) =>
    ['hulpwijzer-document-color', 'hulpwijzer-muted-color', 'hulpwijzer-link-color', 'hulpwijzer-link-hover-color'].map(
      (text) => ({ text, on, min: 4.5 }),
    ),
  ),
  ...[
    'hulpwijzer-document-background-color',
    'hulpwijzer-surface-background-color',
    'hulpwijzer-urgent-background-color',
  ].map((on) => ({ text: 'hulpwijzer-urgent-color', on, min: 4.5 })),
  ...['hulpwijzer-link-color', 'hulpwijzer-link-hover-color', 'hulpwijzer-urgent-color'].map((on) => ({
    text: 'hulpwijzer-button-color',
    on,
    min: 4.5,
  })),
  ...['hulpwijzer-document-color', 'hulpwijzer-print-muted-color'].map((text) => ({
    text,
    on: 'hulpwijzer-print-background-color',
    min: 4.5,
  })),
];

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

const RGB = /^#[0-9a-f]{6}$/i;
/** Decoration (a border, a shadow) may be see-through: #rrggbbaa. */
const RGBA = /^#[0-9a-f]{6}([0-9a-f]{2})?$/i;

/** What is wrong with a theme, each problem naming the token (in Dutch, for an editor). */
export function themeProblems(
  css: string,
  file = 'content/theme.css',
  defaults: Record<string, string> = optionalTokens,
): string[] {
  const values = themeValues(css);
  const problems: string[] = [];
  const inPairs = new Set(contrastPairs.flatMap((p) => [p.text, p.on]));
  for (const token of themeTokens) {
    if (values[token] === undefined) problems.push(`${file} → --${token}: ontbreekt`);
  }
  for (const [name, value] of Object.entries(values)) {
    const required = (themeTokens as readonly string[]).includes(name);
    const strict = required || inPairs.has(name); // its contrast is measured, or it always was #rrggbb
    if (!required && !(name in defaults))
      problems.push(`${file} → --${name}: onbekende naam (zie themeTokens in src/host.ts en ${tokensFile})`);
    else if (!(strict ? RGB : RGBA).test(value))
      problems.push(`${file} → --${name}: "${value}" is geen kleur als #rrggbb${strict ? '' : ' (of #rrggbbaa)'}`);
  }
  if (problems.length) return problems;
  const color = (token: string) => values[token] ?? defaults[token];
  for (const token of inPairs) {
    const value = color(token);
    if (value === undefined || !RGB.test(value))
      problems.push(`${tokensFile} → --${token}: "${value ?? ''}" is geen kleur als #rrggbb`);
  }
  if (problems.length) return problems;
  for (const { text, on, min } of contrastPairs) {
    const ratio = contrastRatio(color(text) as string, color(on) as string);
    if (ratio < min) {
      const where = values[text] === undefined && values[on] === undefined ? tokensFile : file; // both defaults
      problems.push(
        `${where} → --${text} op --${on}: contrast ${ratio.toFixed(2)}:1, WCAG AA vraagt minstens ${min}:1`,
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
      // The theme's tokens go before the styles that use them (src/ui/styles/tokens.css maps them).
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
