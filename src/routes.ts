// Every page of the app, in every language. The prerender step renders exactly these, and the build
// test checks that each one is in the build and in the offline copy. Paths end in a slash: the static
// host and the service worker both map /x/ to /x/index.html (see docs/DECISIONS.md, "URL style:
// trailing slashes and one set of slugs").
import { organisationIds } from './logic/organisations.ts';
import { domainIds } from './logic/domains.ts';
import { defaultLang, isLang, languages, type Lang } from './i18n/languages.ts';
import { withBase } from './base.ts';
import { planPhases, type PlanPhase } from './logic/plan-phases.ts';

export type PageId =
  | 'home'
  | 'safety'
  | 'indicators'
  | 'selfCheck'
  | 'helpFinder'
  | 'professionals'
  | 'consultation'
  | 'organisations'
  | 'organisation'
  | 'indicator'
  | 'accountability'
  | 'relatives'
  | 'plan'
  | 'notFound'
  // The statements a Dutch public host publishes.
  | 'privacy'
  | 'accessibility';

/** Paths without the language prefix; the default language (Dutch) lives at the root, the others under /<code>/. */
export const paths = {
  home: '/',
  safety: '/veilig-gebruiken/',
  indicators: '/kenmerken/',
  selfCheck: '/zelfcheck/',
  helpFinder: '/hulpwijzer/',
  professionals: '/professionals/',
  consultation: '/professionals/samen-kijken/',
  organisations: '/organisaties/',
  accountability: '/verantwoording/',
  relatives: '/naasten/',
  privacy: '/privacy/',
  accessibility: '/toegankelijkheid/',
  plan: '/mijn-plan/',
} as const satisfies Partial<Record<PageId, string>>;

export const notFoundPath = '/404.html';

export const organisationPath = (id: string) => `${paths.organisations}${id}/`;
export const indicatorPath = (id: string) => `${paths.indicators}${id}/`;

export interface Route {
  lang: Lang;
  page: PageId;
  /** The path without language prefix, e.g. "/kenmerken/". */
  path: string;
  /** The organisation or indicator id on its own page. */
  id?: string;
}

/** The app path of a page in a language: "/kenmerken/" → "/en/kenmerken/" in English. */
export function appPath(lang: Lang, path: string): string {
  return lang === defaultLang ? path : `/${lang}${path}`;
}

/**
 * The address of a page in a language, for a link: "/en/kenmerken/", or "/hulpwijzer/en/kenmerken/" under a
 * sub-path.
 */
export function localePath(lang: Lang, path: string): string {
  return withBase(appPath(lang, path));
}

/** Which page a URL path shows, or the not-found page. Accepts paths with or without a final slash. */
export function resolveRoute(url: string): Route {
  const pathname = new URL(url, 'http://x').pathname;
  if (pathname === notFoundPath) return { lang: defaultLang, page: 'notFound', path: pathname };
  // "/en/kenmerken/" or "/en": a language other than the default one, by its first segment.
  const first = pathname.split('/')[1];
  const lang: Lang = isLang(first) && first !== defaultLang ? first : defaultLang;
  let path = lang === defaultLang ? pathname : pathname.slice(lang.length + 1) || '/';
  if (!path.endsWith('/')) path += '/';
  for (const [page, p] of Object.entries(paths) as Array<[PageId, string]>) {
    if (p === path) return { lang, page, path };
  }
  const entry = planEntry(path);
  if (entry) return { lang, page: 'plan', path, id: entry };
  const org = path.match(/^\/organisaties\/([a-z0-9-]+)\/$/);
  if (org?.[1] && (organisationIds as readonly string[]).includes(org[1])) {
    return { lang, page: 'organisation', path, id: org[1] };
  }
  const domain = path.match(/^\/kenmerken\/([a-z0-9-]+)\/$/);
  if (domain?.[1] && (domainIds as readonly string[]).includes(domain[1])) {
    return { lang, page: 'indicator', path, id: domain[1] };
  }
  return { lang, page: 'notFound', path };
}

/** Every URL the build must contain, including the not-found page. */
export function allUrls(): string[] {
  const base = [
    ...Object.values(paths),
    ...organisationIds.map(organisationPath),
    ...domainIds.map(indicatorPath),
    ...planPhases.map(planPath),
  ];
  return [...languages.flatMap((lang) => base.map((p) => appPath(lang, p))), notFoundPath];
}

// --- Mijn plan ---------------------------------------------------------------------------
// The plan opens at /mijn-plan/, or with a phase chosen at a neutral path per entry: /mijn-plan/1/ is
// the first phase of planPhases, and so on. A number, never the phase's name: a browser's history and
// address bar keep addresses, and "ik-moet-nu-weg" there would tell what the visitor is planning
// (docs/DECISIONS.md, "Mijn plan: a neutral path per entry").

/** The plan's address, with a phase chosen: /mijn-plan/3/. */
export function planPath(phase?: PlanPhase): string {
  return phase ? `${paths.plan}${planPhases.indexOf(phase) + 1}/` : paths.plan;
}

/** The phase a neutral plan path opens with, or undefined. */
export function planEntry(path: string): PlanPhase | undefined {
  const match = new RegExp(`^${paths.plan}([1-9])/$`).exec(path);
  return match ? planPhases[Number(match[1]) - 1] : undefined;
}
