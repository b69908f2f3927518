import { Layout } from '../ui/Layout.tsx';
import { tFor } from '../i18n/all.ts';
import { localePath, paths } from '../routes.ts';

/**
 * Served for every unknown address, so it cannot know the visitor's language: it speaks both.
 * The frame (quick exit, 112) is Dutch, the source language, with the English text below.
 */
export function NotFound() {
  const nl = tFor('nl');
  const en = tFor('en');
  return (
    <Layout lang="nl" t={nl} path={paths.home}>
      <h1>{nl('notFound.title')}</h1>
      <p>{nl('notFound.body')}</p>
      <ul>
        <li>
          <a href={localePath('nl', paths.home)}>{nl('notFound.home')}</a>
        </li>
        <li>
          <a href={localePath('nl', paths.helpFinder)}>{nl('notFound.helpFinder')}</a>
        </li>
      </ul>
      <div lang="en" class="other-language">
        <h2>{en('notFound.title')}</h2>
        <p>{en('notFound.body')}</p>
        <ul>
          <li>
            <a href={localePath('en', paths.home)}>{en('notFound.home')}</a>
          </li>
          <li>
            <a href={localePath('en', paths.helpFinder)}>{en('notFound.helpFinder')}</a>
          </li>
        </ul>
      </div>
    </Layout>
  );
}
