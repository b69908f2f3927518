import { Layout, type PageProps } from '../ui/Layout.tsx';
import { Sections } from '../ui/Prose.tsx';
import { Contents } from '../ui/Contents.tsx';
import { localePath, paths } from '../routes.ts';
import { pages } from 'virtual:content/pages';
import { organisations } from 'virtual:content/organisations';
import { ContactLink, DatedNote } from '../features/organisations/OrgParts.tsx';
import { OrganisationCard } from '../features/organisations/OrganisationCard.tsx';

export function Professionals(props: PageProps) {
  const { t, lang } = props;
  const page = pages['professionals'];
  const veiligThuis = organisations['veilig-thuis'];
  const fier = organisations['fier-onder-controle'];
  // Its phone number when content has one (a number only becomes a call button once it is seen).
  const calls = veiligThuis.contact.filter((c) => c.type === 'phone');
  const hours = veiligThuis.hours[0];
  return (
    <Layout {...props} back={paths.home}>
      <h1>{page.title[lang]}</h1>
      {page.lead && <p class="lead">{page.lead[lang]}</p>}
      {/* The number a professional most often needs, before anything else. */}
      <div class="panel prof-advice">
        <p>{t('professionals.adviceNow')}</p>
        <p class="prof-advice__call">
          {calls.map((call) => (
            <ContactLink key={call.value} contact={call} t={t} />
          ))}{' '}
          {'text' in hours && (
            <span>
              {hours.text[lang]} <DatedNote org={veiligThuis} source={hours.source} t={t} />
            </span>
          )}
        </p>
      </div>
      <Contents
        page={page}
        t={t}
        extra={[
          { id: 'tools', label: t('professionals.tools') },
          { id: 'contact', label: t('professionals.contactTitle') },
        ]}
      />
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
      <Sections page={page} />
      <section aria-labelledby="contact">
        <h2 id="contact">{t('professionals.contactTitle')}</h2>
        <ul class="result-list">
          {[veiligThuis, fier].map((org) => (
            <li key={org.id} class="result-card">
              <OrganisationCard org={org} t={t} audience="professional" level={3} />
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}
