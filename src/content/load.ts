// Reads content/ (YAML), checks it against schema.ts and checks every cross-reference. Runs in Node at
// build time (through the Vite plugin in plugin.ts) and in tests; never in the browser.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import * as schema from './schema.ts';
import { invisibleCharacters, textProblems } from './checks.ts';
import { organisationIds } from '../logic/organisations.ts';
import { domainIds } from '../logic/domains.ts';
import { redFlags } from '../logic/urgent.ts';
import { selfCheckRoutes } from '../logic/check-result.ts';
import type { Content, ContentProblem, Reviews } from './types.ts';

export type { Content, ContentProblem, Reviews }; // declared in types.ts, which browser code can import


export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `De inhoud in content/ klopt niet (${problems.length} ${problems.length === 1 ? 'fout' : 'fouten'}):\n` +
        problems.map((p) => `  - ${p.file}${p.path ? ` → ${p.path}` : ''}: ${p.message}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}

/** The day `months` calendar months after a "2026-11-24" date, as the same kind of text. */
function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1 + months, d)).toISOString().slice(0, 10);
}

/**
 * Sorts the reviews of these files into due (older than warnAfterMonths) and overdue (older than
 * failAfterMonths), against `today` ("2026-11-24").
 */
export function reviewAges(
  reviewed: ReadonlyArray<{ file: string; review: schema.Review }>,
  settings: schema.Site['review'],
  today: string,
): { due: ContentProblem[]; overdue: ContentProblem[] } {
  const due: ContentProblem[] = [];
  const overdue: ContentProblem[] = [];
  for (const { file, review } of reviewed) {
    const problem = (months: number) => ({
      file,
      path: 'review.date',
      message: `nagekeken op ${review.date} (door ${review.by}): dat is meer dan ${months} maanden geleden. Kijk de feiten na met \`npm run review\` en zet de nieuwe datum hier.`,
    });
    if (addMonths(review.date, settings.failAfterMonths) <= today) overdue.push(problem(settings.failAfterMonths));
    else if (addMonths(review.date, settings.warnAfterMonths) <= today) due.push(problem(settings.warnAfterMonths));
  }
  return { due, overdue };
}

/** The pages, when every one of them loaded. */
function everyPage(pages: Partial<Record<schema.PageId, schema.Page>>): Record<schema.PageId, schema.Page> | undefined {
  const missing = schema.pageIds.some((id) => pages[id] === undefined);
  return missing ? undefined : (pages as Record<schema.PageId, schema.Page>);
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/**
 * `today` decides which reviews are due; the build uses the real date (or HULPWIJZER_TODAY, for the
 * test that proves the warning and the stop).
 */
export function loadContent(dir: string, today: string = process.env.HULPWIJZER_TODAY || new Date().toISOString().slice(0, 10)): Content {
  const problems: ContentProblem[] = [];
  const rel = (file: string) => relative(join(dir, '..'), file);
  const report = (file: string, path: string, message: string) => {
    const problem = { file: rel(file), path, message };
    // Each problem once, however many checks find it.
    if (!problems.some((p) => p.file === problem.file && p.path === path && p.message === message)) problems.push(problem);
  };

  function read<S extends z.ZodType>(file: string, shape: S): z.infer<S> | undefined {
    if (!existsSync(file)) {
      report(file, '', 'dit bestand ontbreekt');
      return undefined;
    }
    const text = readFileSync(file, 'utf8');
    for (const p of invisibleCharacters(text)) report(file, p.path, p.message);
    let data: unknown;
    try {
      data = parseYaml(text, { prettyErrors: true, uniqueKeys: true });
    } catch (error) {
      // The whole message: it shows the line with a marker under the place of the error.
      const message = (error as Error).message.trimEnd().replace(/\n/g, '\n      ');
      report(file, '', `geen geldige YAML: ${message}`);
      return undefined;
    }
    const result = shape.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) report(file, formatPath(issue.path), issue.message);
      return undefined;
    }
    for (const p of textProblems(result.data)) report(file, p.path, p.message);
    return result.data;
  }

  function readDir<S extends z.ZodType>(sub: string, shape: S): Array<{ file: string; id: string; data: z.infer<S> }> {
    const folder = join(dir, sub);
    if (!existsSync(folder)) {
      report(folder, '', 'deze map ontbreekt');
      return [];
    }
    return readdirSync(folder)
      .filter((name) => name.endsWith('.yaml'))
      .sort()
      .flatMap((name) => {
        const file = join(folder, name);
        const data = read(file, shape);
        return data === undefined ? [] : [{ file, id: basename(name, '.yaml'), data }];
      });
  }

  const site = read(join(dir, 'site.yaml'), schema.site);

  // Every page the app shows, each from its own file: a missing one is an error naming it (read() says
  // "dit bestand ontbreekt"), and so is a file the app would never show.
  const pages: Partial<Record<schema.PageId, schema.Page>> = {};
  for (const id of schema.pageIds) pages[id] = read(join(dir, 'pages', `${id}.yaml`), schema.page);
  if (existsSync(join(dir, 'pages'))) {
    for (const name of readdirSync(join(dir, 'pages')).filter((n) => n.endsWith('.yaml'))) {
      if (!(schema.pageIds as readonly string[]).includes(basename(name, '.yaml'))) {
        report(join(dir, 'pages', name), '', `deze pagina toont de app niet (zie pageIds in src/content/schema.ts)`);
      }
    }
  }

  const organisations = readDir('organisations', schema.organisation).map(({ file, id, data }) => {
    if (data.id !== id) report(file, 'id', `moet gelijk zijn aan de bestandsnaam ("${id}")`);
    const uses: Array<[string, string]> = [
      ...data.contact.map((c, i): [string, string] => [`contact[${i}].source`, c.source]),
      ...data.hours.map((h, i): [string, string] => [`hours[${i}].source`, h.source]),
      ...data.whatHappens.map((w, i): [string, string] => [`whatHappens[${i}].source`, w.source]),
      ...data.more.map((w, i): [string, string] => [`more[${i}].source`, w.source]),
      ...Object.entries(data.audiences ?? {}).map(([a, text]): [string, string] => [`audiences.${a}.source`, text.source]),
    ];
    for (const [path, key] of uses) {
      if (!data.sources[key]) report(file, path, `bron "${key}" staat niet bij "sources" in dit bestand`);
    }
    // Every source is shown once, under the card; one that nothing refers to would be shown for nothing.
    for (const key of Object.keys(data.sources)) {
      if (!uses.some(([, used]) => used === key)) report(file, `sources.${key}`, 'deze bron wordt nergens gebruikt');
    }
    return data;
  });
  for (const id of organisationIds) {
    if (!organisations.some((o) => o.id === id) && !existsSync(join(dir, 'organisations', `${id}.yaml`))) {
      report(join(dir, 'organisations', `${id}.yaml`), '', 'dit bestand ontbreekt');
    }
  }

  // Which organisation each reason belongs to is logic (src/logic/recommend.ts); the schema asks a text
  // for every reason there, and refuses any other.
  const routing = read(join(dir, 'routing.yaml'), schema.routing);

  const indicators = readDir('indicators', schema.indicator)
    .map(({ file, id, data }) => {
      if (data.id !== id) report(file, 'id', `moet gelijk zijn aan de bestandsnaam ("${id}")`);
      return data;
    })
    .sort((a, b) => a.order - b.order);
  for (const id of domainIds) {
    if (!indicators.some((i) => i.id === id) && !existsSync(join(dir, 'indicators', `${id}.yaml`))) {
      report(join(dir, 'indicators', `${id}.yaml`), '', 'dit bestand ontbreekt');
    }
  }
  const orders = indicators.map((i) => i.order);
  if (new Set(orders).size !== orders.length) {
    report(join(dir, 'indicators'), 'order', 'twee kenmerken hebben hetzelfde volgnummer');
  }

  const questionsFile = join(dir, 'selfcheck', 'questions.yaml');
  const questions = read(questionsFile, schema.questions);
  if (questions) {
    const seen = new Set<string>();
    // A question's domain is checked by the schema against the list in code, not against the files that
    // loaded: an indicator file with an error of its own must not make every question about it an error too.
    for (const route of selfCheckRoutes) {
      questions[route].forEach((q, i) => {
        if (seen.has(q.id)) report(questionsFile, `${route}[${i}].id`, `"${q.id}" komt twee keer voor`);
        seen.add(q.id);
      });
      for (const flag of redFlags) {
        if (!questions[route].some((q) => q.redFlag === flag)) {
          report(questionsFile, route, `er is geen vraag met redFlag "${flag}"`);
        }
      }
    }
  }

  const helpFinder = read(join(dir, 'helpfinder.yaml'), schema.helpFinder);
  const selfCheck = read(join(dir, 'selfcheck', 'texts.yaml'), schema.selfCheckTexts);

  const reviewed = [
    ...organisations.map((o) => ({ file: rel(join(dir, 'organisations', `${o.id}.yaml`)), review: o.review })),
    ...Object.entries(pages).flatMap(([id, page]) => (page ? [{ file: rel(join(dir, 'pages', `${id}.yaml`)), review: page.review }] : [])),
  ];
  const ages = site ? reviewAges(reviewed, site.review, today) : { due: [], overdue: [] };
  for (const p of ages.overdue) problems.push(p);
  const oldest = reviewed.map((r) => r.review.date).sort()[0] ?? today;

  const allPages = everyPage(pages);
  if (problems.length || !site || !allPages || !routing || !questions || !helpFinder || !selfCheck) throw new ContentError(problems);
  return { site, reviews: { oldest, due: ages.due }, pages: allPages, organisations, routing, indicators, questions, helpFinder, selfCheck };
}
