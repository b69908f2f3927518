// The content an interactive page needs, in its own language only (see plugin.ts), loaded as chunks
// of their own: virtual:content-loaders names each module in full for every language, so the bundler
// can split them. The types are those of the full content: code on an interactive page must only read
// texts with [lang], never with a language spelled out (the other languages are not there).
import type { Content } from './types.ts';
import type { Lang } from '../i18n/index.ts';
import type { IslandPart } from './island-parts.ts';
import { loaders } from 'virtual:content-loaders';

/** The named parts of the content in one language. */
export async function contentFor<P extends IslandPart>(lang: Lang, ...parts: P[]): Promise<Pick<Content, P>> {
  const values = await Promise.all(parts.map((part) => loaders[lang][part]()));
  return Object.fromEntries(parts.map((part, i) => [part, values[i]])) as unknown as Pick<Content, P>;
}
