import { Layout } from '../ui/Layout.tsx';
import { tFor } from '../i18n/all.ts';
import { defaultLang, languages, type Lang } from '../i18n/languages.ts';
import { localePath, paths } from '../routes.ts';

/** What the not-found page says in one language, with links to that language's pages. */
function Message({ lang, heading: Heading }: { lang: Lang; heading: 'h1' | 'h2' }) {
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
 * follows in a block of its own.
 */
export function NotFound() {
  return (
    <Layout lang={defaultLang} t={tFor(defaultLang)} path={paths.home}>
      <Message lang={defaultLang} heading="h1" />
      {languages
        .filter((lang) => lang !== defaultLang)
        .map((lang) => (
          <div key={lang} lang={lang} class="other-language">
            <Message lang={lang} heading="h2" />
          </div>
        ))}
    </Layout>
  );
}

/** The not-found page's title: its heading in every language. */
export const notFoundTitle = () => languages.map((lang) => tFor(lang)('notFound.title')).join(' · ');
