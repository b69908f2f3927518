// Reads content/ (YAML), checks it against schema.ts and checks every cross-reference. Runs in Node at
// build time (through the Vite plugin in plugin.ts) and in tests; never in the browser.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import * as schema from './schema.ts';
import { formatPath, invisibleCharacters, textProblems } from './checks.ts';
import { organisationIds, type OrganisationId } from '../logic/organisations.ts';
import { domainIds } from '../logic/domains.ts';
import { redFlags } from '../logic/urgent.ts';
import { selfCheckRoutes } from '../logic/check-result.ts';
import { leavingTonightHelp, planPhases } from '../logic/plan.ts';
import type { Content, ContentProblem, Reviews } from './types.ts';
import { check as readability, textsIn } from './readability.ts';
import { dialled, phonesIn } from './phone.ts';
import { languages } from '../i18n/languages.ts';

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

/** Whether every part of the content loaded. */
function isComplete(content: { [P in keyof Content]: Content[P] | undefined }): content is Content {
  return Object.values(content).every((part) => part !== undefined);
}

/** One value for every id of the list, when every one of them loaded. */
function every<K extends string, V>(ids: readonly K[], found: Partial<Record<K, V>>): Record<K, V> | undefined {
  return ids.every((id) => found[id] !== undefined) ? (found as Record<K, V>) : undefined;
}

/**
 * `today` decides which reviews are due; the build uses the real date (or HULPWIJZER_TODAY, for the
 * test that proves the warning and the stop).
 */
export function loadContent(
  dir: string,
  today: string = process.env.HULPWIJZER_TODAY || new Date().toISOString().slice(0, 10),
): Content {
  const problems: ContentProblem[] = [];
  const rel = (file: string) => relative(join(dir, '..'), file);
  const report = (file: string, path: string, message: string) => {
    const problem = { file: rel(file), path, message };
    // Each problem once, however many checks find it.
    if (!problems.some((p) => p.file === problem.file && p.path === path && p.message === message))
      problems.push(problem);
  };

  /** Every running text read so far (every language), for the checks across files below. */
  const running: Array<{ file: string; where: string; text: string }> = [];

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
    for (const lang of languages) {
      for (const { where, text } of textsIn(result.data, lang)) {
        running.push({ file, where, text });
        // The readability limit (readability.ts), for every text in every language.
        for (const f of readability(where, text)) report(file, where, `${f.problem}: "${f.text}"`);
      }
    }
    return result.data;
  }

  /**
   * `<sub>/<id>.yaml` for every id of a list in code, keyed and ordered by that list: a missing file is an
   * error naming it, and so is a file for an id the list does not have (`unknown` says which list).
   */
  function readEach<K extends string, S extends z.ZodType>(sub: string, ids: readonly K[], shape: S, unknown: string) {
    const folder = join(dir, sub);
    const found: Partial<Record<K, z.infer<S>>> = {};
    for (const id of ids) found[id] = read(join(folder, `${id}.yaml`), shape);
    const names = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.yaml')) : [];
    for (const name of names.sort()) {
      const id = basename(name, '.yaml');
      if (!(ids as readonly string[]).includes(id)) report(join(folder, name), '', `"${id}" ${unknown}`);
    }
    return found;
  }

  /** A file's `id` is its name. */
  function sameId(sub: string, found: Partial<Record<string, { id: string }>>) {
    for (const [id, data] of Object.entries(found)) {
      if (!data || data.id === id) continue;
      report(join(dir, sub, `${id}.yaml`), 'id', `moet gelijk zijn aan de bestandsnaam ("${id}")`);
    }
  }

  const site = read(join(dir, 'site.yaml'), schema.site);

  // Every page, organisation and indicator the app shows, each from its own file.
  const pages = readEach('pages', schema.pageIds, schema.page, 'is geen pagina van de app (zie pageIds in schema.ts)');
  const organisations = readEach(
    'organisations',
    organisationIds,
    schema.organisation,
    'is geen bekende organisatie (zie src/logic/organisations.ts)',
  );
  sameId('organisations', organisations);
  for (const data of Object.values(organisations)) {
    if (!data) continue;
    const file = join(dir, 'organisations', `${data.id}.yaml`);
    const uses: Array<[string, string]> = [
      ...data.contact.map((c, i): [string, string] => [`contact[${i}].source`, c.source]),
      ...data.hours.map((h, i): [string, string] => [`hours[${i}].source`, h.source]),
      ...data.whatHappens.map((w, i): [string, string] => [`whatHappens[${i}].source`, w.source]),
      ...data.more.map((w, i): [string, string] => [`more[${i}].source`, w.source]),
      ...(data.otherNumbers ?? []).map((n, i): [string, string] => [`otherNumbers[${i}].source`, n.source]),
      ...Object.entries(data.audiences ?? {}).map(([a, text]): [string, string] => [
        `audiences.${a}.source`,
        text.source,
      ]),
    ];
    for (const [path, key] of uses) {
      if (!data.sources[key]) report(file, path, `bron "${key}" staat niet bij "sources" in dit bestand`);
    }
    // Every source is shown once, under the card; one that nothing refers to would be shown for nothing.
    for (const key of Object.keys(data.sources)) {
      if (!uses.some(([, used]) => used === key)) report(file, `sources.${key}`, 'deze bron wordt nergens gebruikt');
    }
  }

  // Which organisation each reason belongs to is logic (src/logic/recommend.ts); the schema asks a text
  // for every reason there, and refuses any other.
  const routing = read(join(dir, 'routing.yaml'), schema.routing);

  // In the order of the domains in src/logic/domains.ts: the overview, "Samen kijken" and the self-check's
  // result all follow it.
  const indicators = readEach(
    'indicators',
    domainIds,
    schema.indicator,
    'is geen bekend onderwerp (zie src/logic/domains.ts)',
  );
  sameId('indicators', indicators);

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

  const plan = read(join(dir, 'plan', 'steps.yaml'), schema.planSteps);
  const planTexts = read(join(dir, 'plan', 'texts.yaml'), schema.planTexts);
  checkPlan(join(dir, 'plan'), plan, planTexts, report);
  // Every file is read now. A phone number in running text is one of an organisation's contacts: the contact is written once and
  // its button made from it, but a sentence that repeats the number could still disagree with it.
  const contactNumbers = Object.values(organisations).flatMap((data) => [
    ...(data?.contact ?? []).flatMap((c) => (c.type === 'phone' ? [c.value] : [])),
    ...(data?.otherNumbers ?? []).map((n) => n.value),
  ]);
  const dialledNumbers = new Set(contactNumbers.map(dialled));
  // (Only when every organisation loaded: a broken one must not make its number an error elsewhere.)
  if (every(organisationIds, organisations))
    for (const { file, where, text } of running) {
      for (const number of phonesIn(text)) {
        if (dialledNumbers.has(dialled(number))) continue;
        report(
          file,
          where,
          `telefoonnummer "${number}" is van geen enkele organisatie: zet het bij "contact" (of bij "otherNumbers" als het geen belnummer is) in content/organisations/, met bron, of schrijf het zoals daar`,
        );
      }
    }

  const filesIn = (sub: string, found: Partial<Record<string, { review: schema.Review }>>) =>
    Object.entries(found).flatMap(([id, data]) =>
      data ? [{ file: rel(join(dir, sub, `${id}.yaml`)), review: data.review }] : [],
    );
  const reviewed = [
    ...filesIn('organisations', organisations),
    ...filesIn('pages', pages),
    ...filesIn('plan', { steps: plan, texts: planTexts }),
  ];
  const ages = site ? reviewAges(reviewed, site.review, today) : { due: [], overdue: [] };
  for (const p of ages.overdue) problems.push(p);
  const oldest = reviewed.map((r) => r.review.date).sort()[0] ?? today;

  const content = {
    site,
    reviews: { oldest, due: ages.due },
    pages: every(schema.pageIds, pages),
    organisations: every(organisationIds, organisations),
    routing,
    indicators: every(domainIds, indicators),
    questions,
    helpFinder,
    selfCheck,
    plan,
    planTexts,
    planOrganisations: planOrganisationsOf(plan, organisations),
  };
  if (problems.length || !isComplete(content)) throw new ContentError(problems);
  return content;
}

/**
 * The plan's cross-references: step ids once each, an `after` that names a step shown in one of the same
 * phases, every phase with at least one step, and in both files every source used and every used source
 * listed (each is shown with its date).
 */
function checkPlan(
  folder: string,
  plan: schema.PlanSteps | undefined,
  texts: schema.PlanTexts | undefined,
  report: (file: string, path: string, message: string) => void,
) {
  const sourcesUsed = (file: string, sources: Record<string, unknown>, uses: Array<[string, string]>) => {
    for (const [path, key] of uses)
      if (!sources[key]) report(file, path, `bron "${key}" staat niet bij "sources" in dit bestand`);
    for (const key of Object.keys(sources))
      if (!uses.some(([, used]) => used === key)) report(file, `sources.${key}`, 'deze bron wordt nergens gebruikt');
  };
  if (plan) {
    const file = join(folder, 'steps.yaml');
    const seen = new Set<string>();
    plan.steps.forEach((step, i) => {
      if (seen.has(step.id)) report(file, `steps[${i}].id`, `"${step.id}" komt twee keer voor`);
      seen.add(step.id);
      if (step.after === undefined) return;
      const anchor = plan.steps.find((s) => s.id === step.after);
      if (!anchor) report(file, `steps[${i}].after`, `stap "${step.after}" bestaat niet`);
      else if (!step.phases.some((p) => anchor.phases.includes(p)))
        report(file, `steps[${i}].after`, `stap "${step.after}" staat in geen enkele fase van deze stap`);
    });
    for (const phase of planPhases)
      if (!plan.steps.some((s) => s.phases.includes(phase)))
        report(file, 'steps', `fase "${phase}" heeft geen stappen`);
    sourcesUsed(
      file,
      plan.sources,
      plan.steps.flatMap((s, i) =>
        (s.facts ?? []).map((f, j): [string, string] => [`steps[${i}].facts[${j}].source`, f.source]),
      ),
    );
  }
  if (texts) {
    const leaving = texts.leavingTonight;
    sourcesUsed(join(folder, 'texts.yaml'), texts.sources, [
      ...leaving.facts.map((f, j): [string, string] => [`leavingTonight.facts[${j}].source`, f.source]),
      ...leaving.sleep.map((f, j): [string, string] => [`leavingTonight.sleep[${j}].source`, f.source]),
    ]);
  }
}

/** The organisations the plan names: those of its steps and of the leaving-tonight block, in list order. */
function planOrganisationsOf(
  plan: schema.PlanSteps | undefined,
  organisations: Partial<Record<OrganisationId, schema.Organisation>>,
): Partial<Record<OrganisationId, schema.Organisation>> | undefined {
  if (!plan) return undefined;
  const named = new Set<OrganisationId>([...leavingTonightHelp, ...plan.steps.flatMap((s) => s.organisations ?? [])]);
  return Object.fromEntries(organisationIds.filter((id) => named.has(id)).map((id) => [id, organisations[id]]));
}
