// The page's language for every component below the page or island that knows it: Layout provides it
// on every prerendered page, mountIsland in every island. A component reads it with useLang() instead
// of being handed `lang` by its parent.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../i18n/languages.ts';

const LangContext = createContext<Lang | undefined>(undefined);

/** Gives the components inside it the language (a page's Layout, an island's mount). */
export const LangProvider = LangContext.Provider;

/** The language of the page this component is on. Outside a LangProvider it is a mistake, said at once. */
export function useLang(): Lang {
  const lang = useContext(LangContext);
  if (!lang) throw new Error('useLang(): geen taal; zet het onderdeel binnen Layout of mountIsland (LangProvider)');
  return lang;
}
