// Both languages at once: for the prerenderer and tests, never for a page's script.
import { createT, type Lang, type T } from './index.ts';
import { nl, type Dictionary } from './nl.ts';
import { en } from './en.ts';

export const dictionaries: Record<Lang, Dictionary> = { nl, en };

export const tFor = (lang: Lang): T => createT(lang, dictionaries[lang]);
