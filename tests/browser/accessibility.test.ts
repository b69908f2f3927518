// Two more accessibility engines over one screen of each kind, on the production build with its CSP:
// IBM Equal Access (accessibility-checker-engine's ace.js) and HTML_CodeSniffer (WCAG2AA). axe-core
// already runs over every page (pages.test.ts); this file adds the two other engines, on the first page of
// each kind in src/routes.ts, the home page in every language, the not-found page, and the question and
// result screens of the self-check and the help finder. Each engine's script is run in the page through
// the DevTools protocol (page.evaluate), as @axe-core/playwright does: a <script> tag would be blocked
// by the CSP, which stays on. When every test here passed, the run writes its report (src/a11y-run.ts),
// which the accessibility statement shows with its date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { helpFinder } from 'virtual:content/helpFinder';
import { questions } from 'virtual:content/questions';
import { allUrls, appPath, paths, resolveRoute } from '../../src/routes.ts';
import { defaultLang, languages } from '../../src/i18n/languages.ts';
import { dictionaries } from '../../src/i18n/all.ts';
import { accessibilityChecks, accessibilityEngines } from '../../src/policy.ts';
import { writeA11yRun } from '../../src/a11y-run.ts';
import { useBrowserAndServer, watchForeignRequests } from './harness.ts';

const root = join(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const nl = dictionaries()[defaultLang];

/** A package's file, and its version, from node_modules. */
const packageFile = (name: string, file: string) => require.resolve(`${name}/${file}`);
const version = (name: string) =>
  (JSON.parse(readFileSync(packageFile(name, 'package.json'), 'utf8')) as { version: string }).version;

const aceSource = readFileSync(packageFile(accessibilityEngines.ibm.package, 'ace.js'), 'utf8');
const htmlcsSource = readFileSync(packageFile(accessibilityEngines.htmlcs.package, 'build/HTMLCS.js'), 'utf8');

/** The first address of every kind of page (src/routes.ts), then the home page in the other languages. */
const firstOfEachKind = new Map<string, string>();
for (const url of allUrls()) {
  const kind = resolveRoute(url).page;
  if (!firstOfEachKind.has(kind)) firstOfEachKind.set(kind, url);
}
const pages = [...new Set([...firstOfEachKind.values(), ...languages.map((lang) => appPath(lang, paths.home))])];

interface Screen {
  name: string;
  open: (page: Page, url: string) => Promise<void>;
}

/** Waits until every island of the page has mounted, so the engines see what a visitor sees. */
async function islandsReady(page: Page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLElement>('[data-island]')].every((el) => el.dataset.islandState === 'ready'),
  );
}

/** The screens inside the two interactive pages, reached as a visitor does. */
const selfCheckStart = async (page: Page, url: string) => {
  await page.goto(url + paths.selfCheck);
  await page.waitForSelector('form.check');
  await page.locator('input[name="route"][value="self"]').check();
  await page.getByRole('button', { name: nl.selfCheck.start, exact: true }).click();
};
const finderStart = async (page: Page, url: string) => {
  await page.goto(url + paths.helpFinder);
  await page.waitForSelector('form.finder');
};
const screens: Screen[] = [
  ...pages.map((path) => ({
    name: path,
    open: async (page: Page, url: string) => {
      await page.goto(url + path);
      await islandsReady(page);
    },
  })),
  {
    name: 'self-check: first question',
    open: async (page, url) => {
      await selfCheckStart(page, url);
      await page.getByRole('radio', { name: nl.selfCheck.answer.yes, exact: true }).waitFor();
    },
  },
  {
    name: 'self-check: result',
    open: async (page, url) => {
      await selfCheckStart(page, url);
      for (let i = 0; i < questions.self.length - 1; i++) {
        await page.getByRole('button', { name: nl.selfCheck.skip }).click();
      }
      await page.getByRole('button', { name: nl.selfCheck.finish }).click();
      await page.locator('.check--result').waitFor();
    },
  },
  {
    name: 'help finder: result',
    open: async (page, url) => {
      await finderStart(page, url);
      const next = page.getByRole('button', { name: nl.finder.next, exact: true });
      const role = helpFinder.role.options.self.label[defaultLang];
      await page.getByRole('radio', { name: new RegExp(`^${role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).check();
      await next.click();
      const danger = page.getByRole('group', { name: helpFinder.danger.question.self[defaultLang] });
      await danger.getByRole('radio', { name: nl.finder.answer.no, exact: true }).check();
      await next.click();
      await next.click(); // no situation chosen
      const result = page.getByRole('heading', { name: nl.finder.resultTitle });
      const report = page.getByRole('group', { name: helpFinder.report.question.self[defaultLang] });
      await result.or(report).waitFor();
      if (await report.isVisible()) {
        await report.getByRole('radio', { name: nl.finder.answer.no, exact: true }).check();
        await next.click();
      }
      await result.waitFor();
    },
  },
];

declare const ace: {
  Checker: new () => {
    check(node: Document, guidelines: string[]): Promise<{ results: IbmResult[] }>;
    getGuidelines(): Array<{ id: string; checkpoints: Array<{ num: string; rules?: Array<{ level: string }> }> }>;
  };
};
interface IbmResult {
  ruleId: string;
  reasonId: string;
  value: [string, string];
  path: { dom: string };
  message: string;
}
declare const HTMLCS: {
  ERROR: number;
  process(standard: string, content: Document, done: () => void, failed: () => void, lang: string): void;
  getMessages(): Array<{ type: number; code: string; element: Element; msg: string }>;
};
declare const HTMLCS_WCAG2AA: { sniffs: Array<string | { include: string[] }> };

/**
 * IBM Equal Access, policy WCAG 2.2 (A and AA), violations only: not "potential violation" (a person
 * must judge those) nor "recommendation" (beyond WCAG).
 */
async function ibmViolations(page: Page): Promise<string[]> {
  await page.evaluate(aceSource);
  return page.evaluate(async () => {
    const report = await new ace.Checker().check(document, ['WCAG_2_2']);
    return report.results
      .filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL')
      .map((r) => `${r.ruleId} (${r.reasonId}) at ${r.path.dom}: ${r.message}`);
  });
}

/** HTML_CodeSniffer with its WCAG2AA standard, errors only: not warnings or notices (for a person). */
async function htmlcsErrors(page: Page): Promise<string[]> {
  await page.evaluate(htmlcsSource);
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) =>
        HTMLCS.process(
          'WCAG2AA',
          document,
          () =>
            resolve(
              HTMLCS.getMessages()
                .filter((m) => m.type === HTMLCS.ERROR)
                .map((m) => `${m.code} at ${m.element.outerHTML.slice(0, 120)}: ${m.msg}`),
            ),
          () => reject(new Error('HTML_CodeSniffer could not run')),
          'en',
        ),
      ),
  );
}

const app = useBrowserAndServer();
let context: BrowserContext;
let foreign: string[] = [];
/** Tests that reached their end; the report is written only when all of them did. */
let passed = 0;
const total = screens.length * 2 + 2;

beforeAll(async () => {
  context = await app.browser.newContext();
});
afterAll(async () => {
  await context?.close();
  if (passed !== total) return; // a failure, or only part of the file ran: no report
  writeA11yRun(root, {
    date: new Date().toISOString().slice(0, 10),
    tools: Object.values(accessibilityEngines).map((e) => ({ name: e.name, version: version(e.package) })),
    pages: screens.map((s) => s.name),
    passed: true,
  });
});

describe.each(screens)('$name', (screen) => {
  let page: Page;
  beforeAll(async () => {
    page = await context.newPage();
    foreign = watchForeignRequests(page, app.url);
    await screen.open(page, app.url);
  });
  afterAll(() => page?.close());

  it('has no WCAG 2.2 AA violation that IBM Equal Access can find', async () => {
    expect(await ibmViolations(page)).toEqual([]);
    passed++;
  });

  it('has no WCAG 2.2 AA error that HTML_CodeSniffer can find', async () => {
    expect(await htmlcsErrors(page)).toEqual([]);
    expect(foreign, 'the engines ask nothing of another site').toEqual([]);
    passed++;
  });
});

describe('the statement names only criteria the engines check', () => {
  it('IBM Equal Access has a rule at the level "violation" for each of its criteria', async () => {
    const page = await context.newPage();
    await page.goto(app.url + '/');
    await page.evaluate(aceSource);
    const checked = await page.evaluate(() => {
      const wcag = new ace.Checker().getGuidelines().find((g) => g.id === 'WCAG_2_2');
      return (wcag?.checkpoints ?? []).filter((c) => c.rules?.some((r) => r.level === 'VIOLATION')).map((c) => c.num);
    });
    expect(checked.length).toBeGreaterThan(0);
    for (const criterion of accessibilityChecks.ibm.criteria) expect(checked, criterion).toContain(criterion);
    await page.close();
    passed++;
  });

  it('HTML_CodeSniffer has a sniff in its WCAG2AA standard for each of its criteria', async () => {
    const page = await context.newPage();
    await page.goto(app.url + '/');
    await page.evaluate(htmlcsSource);
    const sniffs = await page.evaluate(() =>
      HTMLCS_WCAG2AA.sniffs.flatMap((s) => (typeof s === 'string' ? [s] : s.include)),
    );
    // "Principle1.Guideline1_1.1_1_1" → "1.1.1"
    const checked = sniffs.map((s) => s.split('.').at(-1)!.replace(/_/g, '.'));
    for (const criterion of accessibilityChecks.htmlcs.criteria) expect(checked, criterion).toContain(criterion);
    await page.close();
    passed++;
  });
});
