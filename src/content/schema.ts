// The contract for everything in content/. Runs at build time and in tests only: zod never ships to
// visitors (the build inlines the validated data as plain JSON). Messages are in Dutch, because the
// people who edit content/ read Dutch (see content/README.md).
import { z } from 'zod';
import { phoneProblem } from './phone.ts';
import { defaultLang, languages, type Lang } from '../i18n/languages.ts';
import { languageName } from './checks.ts';
// The lists of values belong to the logic; the schema builds its enums and shapes from them, so a new
// item makes content/ need its texts.
import { reasonKeys, roles, situationItems } from '../logic/recommend.ts';
import { redFlags } from '../logic/urgent.ts';
import { domainIds } from '../logic/domains.ts';
import { organisationIds } from '../logic/organisations.ts';
import { selfCheckRoutes } from '../logic/check-result.ts';
import { recordOf } from '../logic/lists.ts';
import { planPhases, planPriorities } from '../logic/plan.ts';

// zod's own messages in Dutch too ("Onbekende sleutel…"), for the people who edit content/.
z.config(z.locales.nl());

const text = z.string().trim().min(1, 'mag niet leeg zijn');

/** The same schema under every language of the app (src/i18n/languages.ts), each one required. */
function inEveryLanguage<S extends z.ZodType>(schema: S) {
  return z.strictObject(Object.fromEntries(languages.map((lang) => [lang, schema])) as Record<Lang, S>);
}

/** A list the schema requires at least one item of, typed so: code reads the first without a check. */
const atLeastOne = <T extends z.ZodType>(list: z.ZodArray<T>) =>
  list.transform((items) => items as [z.output<T>, ...z.output<T>[]]);

/** A message for a part that one of the lists in src/logic/ asks for and that is not there at all. */
const missing = (what: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? `${what} ontbreekt` : undefined;

/** A message for a value that is not on one of the lists in src/logic/. */
const unknownIn = (what: string) => (issue: { input: unknown }) => `"${String(issue.input)}" ${what}`;

/** A text in every language of the app. Dutch is the source; every other language must be complete. */
export const localized = inEveryLanguage(text);

/** A list of texts in every language, with as many items in every language as in Dutch. */
export const localizedList = inEveryLanguage(z.array(text).min(1)).superRefine((list, ctx) => {
  for (const lang of languages) {
    if (list[lang].length === list[defaultLang].length) continue;
    ctx.addIssue({
      code: 'custom',
      path: [lang],
      message: `deze lijst moet in het ${languageName(lang)} even lang zijn als in het ${languageName(defaultLang)}`,
    });
  }
});

const datePattern = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * A date in content: a year, month or day that exists and is not later than today (the day of the
 * build). With `undated`, "ongedateerd" is accepted too (see docs/DECISIONS.md, "Undated sources").
 */
function contentDate(pattern: RegExp, example: string, undated = false) {
  const expected = `moet een datum zijn als ${example}${undated ? ', of "ongedateerd"' : ''}`;
  return z
    .string({
      // YAML reads an unquoted 2025 as a number (2025-10-31 without quotes stays text).
      error: (issue) =>
        typeof issue.input === 'number' ? `zet de datum tussen aanhalingstekens: "${issue.input}"` : expected,
    })
    .superRefine((value, ctx) => {
      if (undated && value === 'ongedateerd') return;
      if (!pattern.test(value)) return ctx.addIssue({ code: 'custom', message: expected });
      const [y, m = 1, d = 1] = value.split('-').map(Number);
      const date = new Date(Date.UTC(y!, m - 1, d));
      if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
        return ctx.addIssue({ code: 'custom', message: `${value} bestaat niet` });
      if (value > new Date().toISOString().slice(0, value.length))
        ctx.addIssue({ code: 'custom', message: `${value} ligt in de toekomst` });
    });
}

const sourceDate = contentDate(datePattern, '"2025", "2025-10" of "2025-10-31"');
/** One day, as "2026-11-23". */
export const day = contentDate(/^\d{4}-\d{2}-\d{2}$/, '"2026-11-23"');

/**
 * When a file was last checked against its sources, and by whom: a role ("redacteur inhoud"), never a
 * person's name. The build warns and then stops when a review gets old (site.yaml, "review").
 */
export const review = z.strictObject({
  date: day,
  by: text.refine((by) => !/^[A-Z][a-z]+ [A-Z][a-z]+$/.test(by), 'schrijf een rol ("redacteur inhoud"), geen naam'),
});

/** Where a fact comes from, and the date of that source (not the date someone looked at it). */
export const source = z
  .strictObject({
    name: text,
    url: z.url({ protocol: /^https$/, error: 'moet een https-adres zijn' }).optional(),
    date: contentDate(datePattern, '"2025", "2025-10" of "2025-10-31"', true),
    read: sourceDate.optional(),
  })
  .refine((s) => s.date !== 'ongedateerd' || s.read !== undefined, {
    message: 'een bron zonder datum ("ongedateerd") heeft "read" nodig: wanneer is hij gelezen?',
    path: ['read'],
  });

const sourceKey = text;

const phoneNumber = z.string().superRefine((value, ctx) => {
  const problem = phoneProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: `telefoonnummer "${value}" ${problem}` });
});

// A phone number is written once: the button's text ("Bel 0800-2000") is made from `value`, so the
// number people read can never differ from the number the link dials. Other contacts need a label.
const contact = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('phone'), value: phoneNumber, source: sourceKey }),
  z.strictObject({
    type: z.enum(['chat', 'website', 'form']),
    value: z.url({ protocol: /^https$/, error: 'moet een https-adres zijn' }),
    label: localized,
    source: sourceKey,
  }),
]);

/** One short line about an organisation, with the key of its source. */
const line = z.strictObject({ text: localized, source: sourceKey });

/** When they can be reached; `open: true` when no source gives reliable hours ("kijk op de website"). */
const hours = z.union([line, z.strictObject({ open: z.literal(true), source: sourceKey })], {
  error: 'een regel bij "hours" heeft "text" en "source", of "open: true" en "source"',
});

/** The kinds of visitor a card can speak to: the roles of the help finder. */
export const audiences = roles;

/**
 * What the card says to one kind of visitor: a first line, and what they can do if not now; `short` is
 * one line for the panel at the top of a result, where a number to call must fit on the first screen.
 */
const audienceText = z.strictObject({
  lead: localized,
  short: localized.optional(),
  notNow: localized.optional(),
  source: sourceKey,
});

/** What organisations are for, in the order of the overview page (Onder Controle's group first). */
export const organisationGroups = ['groups', 'now', 'home', 'sexual', 'crime', 'abroad'] as const;

export const organisation = z.strictObject({
  id: z.enum(organisationIds, { error: unknownIn('is geen bekende organisatie (zie src/logic/organisations.ts)') }),
  review,
  group: z.enum(organisationGroups),
  sources: z.record(z.string(), source).refine((s) => Object.keys(s).length > 0, {
    message: 'een organisatie heeft minstens één bron nodig',
  }),
  name: localized,
  short: localized,
  forWhom: localized,
  contact: z.array(contact).min(1, 'er moet minstens één manier zijn om contact op te nemen'),
  hours: atLeastOne(z.array(hours).min(1, 'zeg wanneer ze bereikbaar zijn, of "open: true" als dat niet vaststaat')),
  // The few short lines every card shows: who answers, must you give your name, cost, what next.
  whatHappens: atLeastOne(
    z
      .array(line)
      .min(1, 'zeg in een paar korte regels wat er gebeurt als je contact opneemt')
      .max(5, 'hooguit 5 korte regels; de rest hoort bij "more"'),
  ),
  // Everything else: shown inside "Meer over …".
  more: z.array(line),
  /** Steps to find the contact when the link only leads to a home page (Onder Controle's chat). */
  howToFind: localizedList.optional(),
  audiences: z.strictObject(recordOf(audiences, () => audienceText.optional())).optional(),
  // Numbers that are not for calling (a WhatsApp number): never a button, but a running text may name
  // them. Any other number in a text must be one of the phone contacts (load.ts checks it).
  otherNumbers: z.array(z.strictObject({ value: phoneNumber, use: text, source: sourceKey })).optional(),
});

/**
 * Why an organisation fits: a text for every reason recommend() can give (src/logic/recommend.ts, which
 * also says which organisation each reason belongs to), and none it cannot.
 */
export const routing = z.strictObject({
  reasons: z.strictObject(
    recordOf(reasonKeys, () => z.strictObject({ text: localized }, { error: missing('deze reden') })),
  ),
});

export const indicator = z.strictObject({
  id: z.enum(domainIds, { error: unknownIn('is geen bekend onderwerp (zie src/logic/domains.ts)') }),
  title: localized,
  summary: localized,
  explanation: localized,
  examples: localizedList,
  inside: localized,
  outside: localized,
  redFlag: z.boolean(),
});

const question = z.strictObject({
  id: text,
  domain: z.enum(domainIds, {
    error: (issue) => `kenmerk "${String(issue.input)}" bestaat niet in content/indicators/`,
  }),
  text: localized,
  signal: localized,
  redFlag: z.enum(redFlags).optional(),
});

/** The questions of each route of the self-check. */
export const questions = z.strictObject(recordOf(selfCheckRoutes, () => z.array(question).min(1)));

/** The longer pages, each read from content/pages/<id>.yaml: every one must be there, and no other. */
export const pageIds = ['veilig-gebruiken', 'verantwoording', 'professionals', 'naasten'] as const;
export type PageId = (typeof pageIds)[number];

export const page = z.strictObject({
  title: localized,
  lead: localized.optional(),
  review,
  /** Show a list of the sections at the top (long pages). */
  contents: z.boolean().optional(),
  sections: z.array(
    z.strictObject({
      /** An anchor for the contents list: lowercase letters, digits and dashes. */
      id: z
        .string()
        .regex(/^[a-z0-9-]+$/, 'alleen kleine letters, cijfers en streepjes')
        .optional(),
      heading: localized,
      paragraphs: localizedList.optional(),
      items: localizedList.optional(),
    }),
  ),
  references: z.array(z.strictObject({ citation: text, note: localized })).optional(),
});

/** A text worded for each kind of visitor ("je" / "de persoon" / "je cliënt"). */
const perRoleTexts = recordOf(roles, () => localized);
const perRole = z.strictObject(perRoleTexts);

const roleOption = z.strictObject({ label: localized, hint: localized });

export const helpFinder = z.strictObject({
  intro: localized,
  noScript: localized,
  role: z.strictObject({
    question: localized,
    options: z.strictObject(recordOf(roles, () => roleOption)),
  }),
  danger: z.strictObject({ question: perRole, hint: localized, yesNow: localized }),
  situations: z.strictObject({
    question: localized,
    hint: localized,
    // One text per item of the checklist (situationItems in src/logic/recommend.ts).
    items: z.strictObject(
      recordOf(situationItems, () => z.strictObject(perRoleTexts, { error: missing('deze situatie') })),
    ),
  }),
  report: z.strictObject({ question: perRole, hint: localized }),
  anonymous: z.strictObject({ question: perRole, hint: localized }),
});

export const selfCheckTexts = z.strictObject({
  intro: localized,
  noScript: localized,
  start: z.strictObject({
    heading: localized,
    points: localizedList,
    contentNote: localized,
    past: localized,
    route: localized,
    routes: z.strictObject(recordOf(selfCheckRoutes, () => roleOption)),
  }),
  redFlag: localized,
  result: z.strictObject({
    heading: localized,
    notADiagnosis: localized,
    redFlags: localized,
    nothing: localized,
    unknown: localized,
    doubt: localized,
    toFinder: localized,
  }),
});

const httpsUrl = z.url({ protocol: /^https$/, error: 'moet een https-adres zijn' });

// ---- What a host fills in: its address, security.txt, the privacy statement's parts, the
// accessibility audit and the theme's logo. Every part is optional: while no organisation hosts this copy,
// the statements say so and the build names what a host must fill in (src/host.ts).
const isoDay = z.iso.date({ error: 'moet een datum zijn zoals "2027-06-30"' });

export const hostSettings = z.strictObject({
  /** Where the app is served, without a path: "https://hulpwijzer.example.nl" (security.txt's Canonical). */
  origin: z
    .url({ protocol: /^https$/, error: 'moet een https-adres zijn' })
    .refine(
      (url) => new URL(url).pathname === '/' && !url.endsWith('/'),
      'alleen het domein, zonder pad of "/" aan het eind',
    )
    .optional(),
  /** security.txt (RFC 9116): where to report a security problem, and until when this holds. */
  security: z
    .strictObject({
      contact: z
        .array(
          z
            .string()
            .regex(/^(mailto:\S+@\S+|https:\/\/\S+|tel:\+\d+)$/, 'moet beginnen met mailto:, https:// of tel:+'),
        )
        .min(1),
      expires: isoDay,
    })
    .optional(),
  /** The privacy statement's parts that only the host knows (AVG art. 13). */
  privacy: z
    .strictObject({
      /** On what legal ground the host's server handles visitors' addresses. */
      legalBasis: localized,
      /** Who handles them for the host: the hosting company, a CDN. */
      recipients: localized,
      /** How long the server keeps error lines. */
      retention: localized,
    })
    .optional(),
  /** The accessibility statement's evidence beyond the project's own tests. */
  accessibility: z
    .strictObject({
      audit: z
        .strictObject({
          date: isoDay,
          by: z.string().min(1),
          report: httpsUrl,
          criteriaNotMet: z.number().int().min(0),
        })
        .optional(),
      auditPlanned: isoDay.optional(),
    })
    .optional(),
  /** A logo for the footer and the about page (never the installed name or icon): a file in content/. */
  logo: z
    .strictObject({
      file: z.string().regex(/^[a-z0-9-]+\.(svg|png)$/, 'een bestandsnaam in content/, .svg of .png'),
      alt: localized,
    })
    .optional(),
});

export const site = z.strictObject({
  /** After how many months a file's review is due (the build warns) and overdue (the build stops). */
  review: z
    .strictObject({ warnAfterMonths: z.number().int().positive(), failAfterMonths: z.number().int().positive() })
    .refine((r) => r.warnAfterMonths < r.failAfterMonths, 'warnAfterMonths moet kleiner zijn dan failAfterMonths'),
  /** Who offers the app: shown in the footer and on the verantwoording page. */
  publisher: z.strictObject({
    /** The organisation's name, once one takes the app on. */
    name: localized.optional(),
    /** One sentence: who offers this app (or that no organisation does yet). */
    who: localized,
    /** How to reach them about the content, or that there is no such way yet. */
    contact: localized,
    contactUrl: httpsUrl.optional(),
    privacyUrl: httpsUrl.optional(),
    /** An optional short line about the host for the home page. */
    homeLine: localized.optional(),
  }),
  host: hostSettings.default({}),
});

export type Localized = z.infer<typeof localized>;
export type LocalizedList = z.infer<typeof localizedList>;
export type Source = z.infer<typeof source>;
export type Organisation = z.infer<typeof organisation>;
export type Contact = z.infer<typeof contact>;
export type Line = z.infer<typeof line>;
export type Hours = z.infer<typeof hours>;
export type Audience = (typeof audiences)[number];
export type AudienceText = z.infer<typeof audienceText>;
export type OrganisationGroup = (typeof organisationGroups)[number];
export type Indicator = z.infer<typeof indicator>;
export type Question = z.infer<typeof question>;
export type Questions = z.infer<typeof questions>;
export type Page = z.infer<typeof page>;
export type Site = z.infer<typeof site>;
export type HostSettings = z.infer<typeof hostSettings>;
export type Review = z.infer<typeof review>;
export type HelpFinderTexts = z.infer<typeof helpFinder>;
export type SelfCheckTexts = z.infer<typeof selfCheckTexts>;
export type PerRole = z.infer<typeof perRole>;
export type Routing = z.infer<typeof routing>;

// --- Mijn plan: content/plan/steps.yaml and content/plan/texts.yaml -------------------------
// The lists (phases, priorities) belong to the logic (src/logic/plan.ts); a new item there makes these
// files need its texts. Every fact carries a source of its own file, with that source's date.

/** A line that states a fact, with the key of its source in the same file. */
const planFact = z.strictObject({ text: localized, source: sourceKey });

const planStep = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'alleen kleine letters, cijfers en streepjes'),
  phases: z
    .array(z.enum(planPhases, { error: unknownIn('is geen fase van het plan (zie src/logic/plan.ts)') }))
    .min(1, 'noem minstens één fase waarin deze stap staat'),
  topics: z.array(
    z.enum(planPriorities, { error: unknownIn('is geen onderwerp van het plan (zie src/logic/plan.ts)') }),
  ),
  /** The id of a step this one never comes before (peers after Onder Controle). */
  after: z.string().optional(),
  title: localized,
  /** Why it helps: advice in the app's own words, not a fact. */
  why: localized,
  /** A short list (papers to gather, what a money map holds). */
  items: localizedList.optional(),
  facts: z.array(planFact).optional(),
  /** Organisations of the app to link to (their own page, with contact and sources). */
  organisations: z
    .array(
      z.enum(organisationIds, { error: unknownIn('is geen bekende organisatie (zie src/logic/organisations.ts)') }),
    )
    .optional(),
  /** A caution shown with the step (peers: not professional care). */
  caution: localized.optional(),
});

export const planSteps = z.strictObject({
  review,
  sources: z.record(z.string(), source),
  steps: z.array(planStep).min(1, 'het plan heeft minstens één stap nodig'),
});

export const planTexts = z.strictObject({
  review,
  sources: z.record(z.string(), source),
  intro: localized,
  noScript: localized,
  /** The first screen: staying is a choice too, nothing here says to leave, stop at any moment. */
  start: z.strictObject({ points: localizedList }),
  phaseQuestion: localized,
  phases: z.strictObject(recordOf(planPhases, () => roleOption)),
  priorityQuestion: localized,
  priorityHint: localized,
  priorities: z.strictObject(recordOf(planPriorities, () => localized)),
  /** "Moet je vannacht weg?", shown in the phase "Ik moet nu weg". */
  leavingTonight: z.strictObject({
    title: localized,
    urgentTitle: localized,
    urgentIntro: localized,
    facts: z.array(planFact).min(1),
    advice: localizedList,
    takeTitle: localized,
    take: localizedList,
    sleep: z.array(planFact).min(1),
  }),
});

export type PlanStep = z.infer<typeof planStep>;
export type PlanSteps = z.infer<typeof planSteps>;
export type PlanTexts = z.infer<typeof planTexts>;
export type PlanFact = z.infer<typeof planFact>;
