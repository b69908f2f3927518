// "Voor naasten": what relatives and friends may notice, what helps and what often backfires, where to
// ask advice for yourself (Onder Controle's card, in its words for a relative), and self-care.
import { Layout, type PageProps } from '../ui/Layout.tsx';
import { Sections } from '../ui/Prose.tsx';
import { Contents } from '../ui/Contents.tsx';
import { localePath, paths } from '../routes.ts';
import { pages } from 'virtual:content/pages';
import { organisations } from 'virtual:content/organisations';
import { OrganisationCard } from '../features/organisations/OrganisationCard.tsx';

export function Relatives(props: PageProps) {
  const { t, lang } = props;
  const page = pages['naasten'];
  const fier = organisations['fier-onder-controle'];
  return (
    <Layout {...props} back={paths.home}>
      <h1>{page.title[lang]}</h1>
      {page.lead && <p class="lead">{page.lead[lang]}</p>}
      {page.contents && <Contents page={page} lang={lang} t={t} />}
      <Sections page={page} lang={lang} />
      <section class="panel" aria-labelledby="naasten-contact">
        <h2 id="naasten-contact" class="panel__title">
          {t('relatives.contactTitle')}
        </h2>
        <OrganisationCard org={fier} lang={lang} t={t} audience="relative" level={3} />
      </section>
      <ul class="relatives-next">
        <li>
          <a href={localePath(lang, paths.selfCheck)}>{t('relatives.toSelfCheck')}</a>
        </li>
        <li>
          <a href={localePath(lang, paths.helpFinder)}>{t('relatives.toHelpFinder')}</a>
        </li>
        <li>
          <a href={localePath(lang, paths.indicators)}>{t('relatives.toIndicators')}</a>
        </li>
      </ul>
    </Layout>
  );
}
