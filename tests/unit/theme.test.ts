// The theme is a content edit, and the build refuses one that fails WCAG AA contrast, naming the token.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  contrastPairs,
  contrastRatio,
  optionalTokens,
  themeProblems,
  themeTokens,
  themeValues,
} from '../../src/host.ts';

const shipped = readFileSync(join(import.meta.dirname, '../../content/theme.css'), 'utf8');
/** The shipped theme with one token set to another value. */
const withToken = (token: string, value: string) =>
  shipped.replace(new RegExp(`(--${token}\\s*:\\s*)[^;]+;`), `$1${value};`);

describe('the theme (content/theme.css)', () => {
  it('sets every token, and the shipped colours pass every contrast pair', () => {
    expect(Object.keys(themeValues(shipped)).sort()).toEqual([...themeTokens].sort());
    expect(themeProblems(shipped)).toEqual([]);
  });

  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('refuses a theme whose colours are too close, naming the token', () => {
    const background = themeValues(shipped)['hulpwijzer-document-background-color'] as string;
    const problems = themeProblems(withToken('hulpwijzer-link-color', background));
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p).toMatch(/--hulpwijzer-link-color/);
    expect(problems.join('\n')).toMatch(/WCAG AA vraagt minstens 4.5:1/);
  });

  it('checks every token that carries text against the backgrounds it sits on', () => {
    for (const token of ['hulpwijzer-document-color', 'hulpwijzer-muted-color', 'hulpwijzer-link-hover-color']) {
      expect(contrastPairs.some((p) => p.text === token)).toBe(true);
      expect(themeProblems(withToken(token, '#dddddd')).join('\n'), token).toContain(`--${token}`);
    }
  });

  it('names a missing token, a value that is no #rrggbb colour and an unknown name', () => {
    expect(themeProblems(shipped.replace(/--hulpwijzer-muted-color[^;]+;/, ''))).toEqual([
      'content/theme.css → --hulpwijzer-muted-color: ontbreekt',
    ]);
    expect(themeProblems(withToken('hulpwijzer-focus-color', 'gold'))[0]).toMatch(/--hulpwijzer-focus-color: "gold"/);
    expect(themeProblems(shipped.replace(':root {', ':root {\n  --hulpwijzer-typo-color: #000000;'))[0]).toMatch(
      /--hulpwijzer-typo-color: onbekende naam/,
    );
  });

  it('may set every other colour of the styles, whose defaults come from the tokens file, and checks its contrast', () => {
    const optional = Object.keys(optionalTokens);
    expect(optional.length).toBeGreaterThan(0);
    for (const { text, on } of contrastPairs)
      for (const token of [text, on]) expect([...themeTokens, ...optional], token).toContain(token);
    const adding = (token: string, value: string) => shipped.replace(':root {', `:root {\n  --${token}: ${value};`);
    for (const token of optional)
      expect(themeProblems(adding(token, optionalTokens[token] as string)), token).toEqual([]);
    const colour = (token: string) => themeValues(shipped)[token] ?? (optionalTokens[token] as string);
    for (const { text, on } of contrastPairs.filter((p) => optional.includes(p.text))) {
      expect(themeProblems(adding(text, colour(on))).join('\n'), text).toContain(
        `--${text} op --${on}: contrast 1.00:1`,
      );
    }
    const decoration = optional.find((t) => !contrastPairs.some((p) => p.text === t || p.on === t)) as string;
    expect(themeProblems(adding(decoration, '#00000040'))).toEqual([]);
    const measured = optional.find((t) => contrastPairs.some((p) => p.text === t)) as string;
    expect(themeProblems(adding(measured, '#00000040'))[0]).toMatch(
      `--${measured}: "#00000040" is geen kleur als #rrggbb`,
    );
  });
});
