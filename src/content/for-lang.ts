// The content an interactive page needs, in its own language only (see plugin.ts), loaded as chunks
// of their own. Each import names its module in full, so the bundler can split them.
// The types are those of the full content: code on an interactive page must only read texts with
// [lang], never .nl or .en directly (the other language is not there).
import type { Content } from './types.ts';
import type { Lang } from '../i18n/index.ts';

type Part = 'organisations' | 'routing' | 'helpFinder' | 'selfCheck' | 'questions' | 'indicators';

const loaders: Record<Lang, { [P in Part]: () => Promise<Content[P]> }> = {
  nl: {
    organisations: () => import('virtual:content-nl/organisations').then((m) => m.organisations),
    routing: () => import('virtual:content-nl/routing').then((m) => m.routing),
    helpFinder: () => import('virtual:content-nl/helpFinder').then((m) => m.helpFinder),
    selfCheck: () => import('virtual:content-nl/selfCheck').then((m) => m.selfCheck),
    questions: () => import('virtual:content-nl/questions').then((m) => m.questions),
    indicators: () => import('virtual:content-nl/indicators').then((m) => m.indicators),
  },
  en: {
    organisations: () => import('virtual:content-en/organisations').then((m) => m.organisations),
    routing: () => import('virtual:content-en/routing').then((m) => m.routing),
    helpFinder: () => import('virtual:content-en/helpFinder').then((m) => m.helpFinder),
    selfCheck: () => import('virtual:content-en/selfCheck').then((m) => m.selfCheck),
    questions: () => import('virtual:content-en/questions').then((m) => m.questions),
    indicators: () => import('virtual:content-en/indicators').then((m) => m.indicators),
  },
};

/** The named parts of the content in one language. */
export async function contentFor<P extends Part>(lang: Lang, ...parts: P[]): Promise<Pick<Content, P>> {
  const values = await Promise.all(parts.map((part) => loaders[lang][part]()));
  return Object.fromEntries(parts.map((part, i) => [part, values[i]])) as unknown as Pick<Content, P>;
}
