// The accessibility statement in dist/ shows the last accessibility run the build found
// (reports/a11y-run.json, written by tests/browser/accessibility.test.ts), in every language, with
// the app's date format; without a report it says that no run is known, and shows no date.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readA11yRun } from '../../src/a11y-run.ts';
import { appPath, paths } from '../../src/routes.ts';
import { languages } from '../../src/i18n/languages.ts';
import { tFor } from '../../src/i18n/all.ts';
import { formatDate } from '../../src/ui/format.ts';

const root = join(import.meta.dirname, '../..');
const run = readA11yRun(root);

/** The visible text of the paragraph that tells the run, and its data-a11y-run attribute. */
function runParagraph(html: string) {
  const match = /<p data-a11y-run="([^"]*)">([^<]*)<\/p>/.exec(html);
  return match ? { marker: match[1], text: match[2]!.replace(/&#39;/g, "'").replace(/&amp;/g, '&') } : undefined;
}

describe('the accessibility statement in dist/', () => {
  it.each(languages)('in %s, shows the last run the build found, or that none is known', (lang) => {
    const html = readFileSync(join(root, 'dist', appPath(lang, paths.accessibility), 'index.html'), 'utf8');
    const shown = runParagraph(html);
    const t = tFor(lang);
    if (!run) {
      expect(shown).toEqual({ marker: 'none', text: t('a11yRun.none') });
      return;
    }
    expect(shown?.marker).toBe(run.date);
    expect(shown?.text).toContain(formatDate(run.date, lang));
    for (const tool of run.tools) expect(shown?.text).toContain(`${tool.name} ${tool.version}`);
    expect(shown?.text).toContain(String(run.pages.length));
  });
});
