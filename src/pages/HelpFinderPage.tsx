import { Layout, type PageProps } from '../ui/Layout.tsx';
import { localePath, paths } from '../routes.ts';
import { helpFinder } from 'virtual:content/helpFinder';

export function HelpFinderPage(props: PageProps) {
  const { t, lang } = props;
  return (
    <Layout {...props} back={paths.home}>
      <h1>{t('nav.helpFinder')}</h1>
      <p class="lead">{helpFinder.intro[lang]}</p>
      <div data-island="help-finder" data-lang={lang}>
        <p class="notice">{helpFinder.noScript[lang]}</p>
        <p>
          <a href={localePath(lang, paths.organisations)}>{t('organisations.toList')}</a>
        </p>
      </div>
    </Layout>
  );
}
