import { Layout, type PageProps } from '../ui/Layout.tsx';
import { Sections } from '../ui/Prose.tsx';
import { localePath, paths } from '../routes.ts';
import { pages } from 'virtual:content/pages';
import { organisations } from 'virtual:content/organisations';
import { UrgentHelp } from '../features/organisations/UrgentHelp.tsx';

export function Professionals(props: PageProps) {
  const { t, lang } = props;
  const page = pages['professionals']!;
  return (
    <Layout {...props} back={paths.home}>
      <h1>{page.title[lang]}</h1>
      {page.lead && <p class="lead">{page.lead[lang]}</p>}
      <section class="panel" aria-labelledby="tools">
        <h2 id="tools" class="panel__title">
          {t('professionals.tools')}
        </h2>
        <p>{t('professionals.consult')}</p>
        <p>
          <a class="button" href={localePath(lang, paths.consultation)}>
            {t('professionals.consultLink')}
          </a>
        </p>
        <p>{t('professionals.routeCard')}</p>
        <p>
          <a class="button button--secondary" href={localePath(lang, paths.helpFinder)}>
            {t('professionals.routeCardLink')}
          </a>
        </p>
      </section>
      <Sections page={page} lang={lang} />
      <UrgentHelp
        ids={['veilig-thuis', 'fier-onder-controle']}
        organisations={organisations}
        lang={lang}
        t={t}
        title={t('professionals.contactTitle')}
        tone="plain"
      />
    </Layout>
  );
}
