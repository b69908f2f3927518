import { Layout, type PageProps } from '../ui/Layout.tsx';
import { localePath, organisationPath, paths } from '../routes.ts';
import { organisations } from 'virtual:content/organisations';
import { OrganisationDetails } from '../features/organisations/OrgParts.tsx';

export function Organisations(props: PageProps) {
  const { t, lang } = props;
  return (
    <Layout {...props} back={paths.home}>
      <h1>{t('organisations.title')}</h1>
      <p class="lead">{t('organisations.lead')}</p>
      <p>
        <a href={localePath(lang, paths.helpFinder)}>{t('organisations.toHelpFinder')}</a>
      </p>
      <ul class="cards">
        {organisations.map((org) => (
          <li key={org.id} class="card">
            <a href={localePath(lang, organisationPath(org.id))}>{org.name[lang]}</a>
            <p>{org.short[lang]}</p>
          </li>
        ))}
      </ul>
      <p class="small">{t('organisations.checked')}</p>
    </Layout>
  );
}

export function OrganisationPage(props: PageProps & { id: string }) {
  const { t, lang, id } = props;
  const org = organisations.find((o) => o.id === id)!;
  return (
    <Layout {...props} back={paths.organisations}>
      <h1>{org.name[lang]}</h1>
      <p class="lead">{org.short[lang]}</p>
      <h2>{t('organisations.forWhom')}</h2>
      <p>{org.forWhom[lang]}</p>
      <OrganisationDetails org={org} lang={lang} t={t} />
      <p class="small">{t('organisations.checked')}</p>
    </Layout>
  );
}
