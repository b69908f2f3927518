// "Voor naasten": where to call or chat near the top (Onder Controle, Veilig Thuis, 113, 112, as the page
// names them), then what relatives and friends may notice, what helps and what often backfires, a word
// for the parent or partner of an adult, self-care, and the two cards of first contact in full.
import { Layout, type PageProps } from '../ui/Layout.tsx';
import { Sections } from '../ui/Prose.tsx';
import { Contents } from '../ui/Contents.tsx';
import { localePath, paths } from '../routes.ts';
import { pages } from 'virtual:content/pages';
import { organisations } from 'virtual:content/organisations';
import { firstContact, relativesContacts } from '../logic/index.ts';
import { OrganisationCard } from '../features/organisations/OrganisationCard.tsx';
import { UrgentHelp } from '../features/organisations/UrgentHelp.tsx';
import { PlanLinkFor } from '../features/plan/PlanLink.tsx';

export function Relatives(props: PageProps) {
  const { t, lang } = props;
  const page = pages['naasten'];
  return (
    <Layout {...props} back={paths.home}>
      <h1>{page.title[lang]}</h1>
      {page.lead && <p class="lead">{page.lead[lang]}</p>}
      <UrgentHelp
        ids={relativesContacts}
        urgent={relativesContacts.filter((id) => !(firstContact as readonly string[]).includes(id))}
        organisations={organisations}
        t={t}
        audience="relative"
        title={t('relatives.callTitle')}
        tone="plain"
      />
      {page.contents && <Contents page={page} t={t} />}
      <Sections page={page} />
      <section class="panel" aria-labelledby="naasten-contact">
        <h2 id="naasten-contact" class="panel__title">
          {t('relatives.contactTitle')}
        </h2>
        <ul class="result-list">
          {firstContact.map((id) => (
            <li key={id} class="result-card">
              <OrganisationCard org={organisations[id]} t={t} audience="relative" level={3} />
            </li>
          ))}
        </ul>
      </section>
      <ul class="relatives-next">
        <li>
          <PlanLinkFor t={t} audience="relative" />
        </li>
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
