import { Layout } from '../ui/Layout.tsx';
import { tFor } from '../i18n/all.ts';
import { defaultLang, languages } from '../i18n/languages.ts';
import { localePath, paths } from '../routes.ts';
import { LangProvider, useLang } from '../ui/lang.ts';

/** What the not-found page says in the language around it, with links to that language's pages. */
function Message({ heading: Heading }: { heading: 'h1' | 'h2' }) {
  const lang = useLang();
  const t = tFor(lang);
  return (
    <>
      <Heading>{t('notFound.title')}</Heading>
      <p>{t('notFound.body')}</p>
      <ul>
        <li>
          <a href={localePath(lang, paths.home)}>{t('notFound.home')}</a>
        </li>
        <li>
          <a href={localePath(lang, paths.helpFinder)}>{t('notFound.helpFinder')}</a>
        </li>
      </ul>
    </>
  );
}

/**
 * Served for every unknown address, so it cannot know the visitor's language: it speaks every one.
 * The frame (quick exit, 112) is in the default language, the source language; every other language
 * follows in a block of its own, with its own language around it (LangProvider).
 */
export function NotFound() {
  return (
    <Layout lang={defaultLang} t={tFor(defaultLang)} path={paths.home}>
      <Message heading="h1" />
      {languages
        .filter((lang) => lang !== defaultLang)
        .map((lang) => (
          <div key={lang} lang={lang} class="other-language">
            <LangProvider value={lang}>
              <Message heading="h2" />
            </LangProvider>
          </div>
        ))}
    </Layout>
  );
}

/** The not-found page's title: its heading in every language. */
export const notFoundTitle = () => languages.map((lang) => tFor(lang)('notFound.title')).join(' · ');
