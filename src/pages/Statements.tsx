// The privacy statement and the accessibility statement (issue 23). Made from three places only: the
// promises and checks with their tests (src/policy.ts), what the host filled in (content/site.yaml, "host"
// and "publisher"), and the interface texts. tests/unit/statements.test.ts checks that every named test
// exists. While no organisation hosts this copy, both pages say so instead of inventing one.
import { Layout, type PageProps } from '../ui/Layout.tsx';
import { allUrls, localePath, paths } from '../routes.ts';
import { formatDate } from '../ui/format.ts';
import {
  accessibilityChecks,
  accessibilityStatus,
  privacyPromises,
  type AccessibilityCheck,
  type AccessibilityRun,
  type Evidence,
  type PrivacyPromise,
} from '../policy.ts';
import { site } from 'virtual:content/site';
import { useLang } from '../ui/lang.ts';

declare const __APP_VERSION__: string;
declare const __HULPWIJZER_TODAY__: string;
/** The report of the last accessibility run in which all passed, read by the build (src/a11y-run.ts). */
declare const __HULPWIJZER_A11Y_RUN__: AccessibilityRun | null;

/** The tests behind a promise, by name (in English, as written in the test files). */
function Tests({ evidence, label }: { evidence: readonly Evidence[]; label: string }) {
  return (
    <details class="statement__tests">
      <summary>{label}</summary>
      <ul>
        {evidence.map((e) => (
          <li key={e.file + e.test} lang="en">
            <code>{e.test}</code> ({e.file})
          </li>
        ))}
      </ul>
    </details>
  );
}

function Outside({ href, children, t }: { href: string; children: string; t: PageProps['t'] }) {
  return (
    <a href={href} rel="noreferrer noopener">
      {children} <span class="visually-hidden">{t('organisations.outside')}</span>
    </a>
  );
}

/** How to reach the publisher, or that there is no way yet (content/site.yaml). */
function PublisherContact({ t }: Pick<PageProps, 't'>) {
  const lang = useLang();
  return (
    <>
      <p>{site.publisher.contact[lang]}</p>
      {site.publisher.contactUrl && (
        <p>
          <Outside href={site.publisher.contactUrl} t={t}>
            {t('accountability.contactLink')}
          </Outside>
        </p>
      )}
    </>
  );
}

export function PrivacyStatement(props: PageProps) {
  const { t, lang } = props;
  const host = site.host.privacy;
  const name = site.publisher.name?.[lang];
  const ids = Object.keys(privacyPromises) as PrivacyPromise[];
  return (
    <Layout {...props} back={paths.home}>
      <h1>{t('privacyPage.title')}</h1>
      <p class="lead">{t('privacyPage.lead')}</p>
      <h2>{t('privacyPage.promises')}</h2>
      {ids.map((id) => (
        <section key={id} aria-labelledby={`belofte-${id}`}>
          <h3 id={`belofte-${id}`}>{t(`privacyPage.promise.${id}.title`)}</h3>
          <p>{t(`privacyPage.promise.${id}.text`)}</p>
          {id === 'offlineCopy' && (
            <p>
              <a href={localePath(lang, paths.safety)}>{t('privacyPage.removeCopy')}</a>
            </p>
          )}
          <Tests evidence={privacyPromises[id]} label={t('privacyPage.checkedBy')} />
        </section>
      ))}
      <h2>{t('privacyPage.law')}</h2>
      {!name && <p class="notice">{t('privacyPage.noHost')}</p>}
      <h3>{t('privacyPage.controller')}</h3>
      <p>{name ? t('privacyPage.controllerName', { name }) : t('privacyPage.controllerNone')}</p>
      <h3>{t('privacyPage.purposes')}</h3>
      <p>{t('privacyPage.purposesText')}</p>
      <h3>{t('privacyPage.legalBasis')}</h3>
      <p>{host ? host.legalBasis[lang] : t('privacyPage.fromHost')}</p>
      <h3>{t('privacyPage.recipients')}</h3>
      <p>
        {t('privacyPage.recipientsApp')} {host ? host.recipients[lang] : t('privacyPage.fromHost')}
      </p>
      <h3>{t('privacyPage.retention')}</h3>
      <p>
        {t('privacyPage.retentionApp')} {host ? host.retention[lang] : t('privacyPage.fromHost')}
      </p>
      <h3>{t('privacyPage.rights')}</h3>
      <p>{t('privacyPage.rightsText')}</p>
      <PublisherContact t={t} />
      <h3>{t('privacyPage.complaint')}</h3>
      <p>{t('privacyPage.complaintText')}</p>
      <p>
        <Outside href="https://autoriteitpersoonsgegevens.nl/" t={t}>
          {t('privacyPage.complaintLink')}
        </Outside>
      </p>
    </Layout>
  );
}

/** When the engines last ran and passed, with which versions; or, honestly, that no run is known. */
function LastRun({ t }: Pick<PageProps, 't'>) {
  const lang = useLang();
  const run = __HULPWIJZER_A11Y_RUN__;
  if (!run) return <p data-a11y-run="none">{t('a11yRun.none')}</p>;
  const tools = new Intl.ListFormat(lang, { type: 'conjunction' }).format(
    run.tools.map((tool) => `${tool.name} ${tool.version}`),
  );
  return (
    <>
      <p data-a11y-run={run.date}>
        {t('a11yRun.last', { date: formatDate(run.date, lang), tools, count: run.pages.length })}
      </p>
      <details class="statement__tests">
        <summary>{t('a11yRun.screens')}</summary>
        <ul>
          {run.pages.map((page) => (
            <li key={page}>
              <code>{page}</code>
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}

export function AccessibilityStatement(props: PageProps) {
  const { t, lang } = props;
  const settings = site.host.accessibility ?? {};
  const status = accessibilityStatus(settings, __HULPWIJZER_TODAY__);
  const audit = settings.audit;
  const ids = Object.keys(accessibilityChecks) as AccessibilityCheck[];
  return (
    <Layout {...props} back={paths.home}>
      <h1>{t('accessibilityPage.title')}</h1>
      <p class="lead">{t('accessibilityPage.lead')}</p>
      <h2>{t('accessibilityPage.scope')}</h2>
      <p>
        {t('accessibilityPage.scopeText', {
          count: allUrls().length,
          version: __APP_VERSION__,
          date: formatDate(__HULPWIJZER_TODAY__, lang),
        })}
      </p>
      <p>{t('accessibilityPage.standard')}</p>
      <h2>{t('accessibilityPage.status')}</h2>
      <p>
        <strong>
          {t(`accessibilityPage.statusText.${status}`, {
            date: formatDate((status === 'C' ? settings.auditPlanned : audit?.date) ?? __HULPWIJZER_TODAY__, lang),
            by: audit?.by,
            count: audit?.criteriaNotMet,
          })}
        </strong>
      </p>
      {(status === 'A' || status === 'B') && audit && (
        <p>
          <Outside href={audit.report} t={t}>
            {t('accessibilityPage.report')}
          </Outside>
        </p>
      )}
      <p>{t('accessibilityPage.auditNeeded')}</p>
      <h2>{t('accessibilityPage.checks')}</h2>
      <p>{t('accessibilityPage.checksText')}</p>
      <LastRun t={t} />
      {ids.map((id) => (
        <section key={id} aria-labelledby={`controle-${id}`}>
          <h3 id={`controle-${id}`}>{t(`accessibilityPage.check.${id}`)}</h3>
          <p>
            {t('accessibilityPage.criteria')}: {accessibilityChecks[id].criteria.join(', ')}
          </p>
          <Tests evidence={accessibilityChecks[id].evidence} label={t('privacyPage.checkedBy')} />
        </section>
      ))}
      <h2>{t('accessibilityPage.notChecked')}</h2>
      <p>{t('accessibilityPage.notCheckedText')}</p>
      <h2>{t('accessibilityPage.limits')}</h2>
      <ul>
        {status === 'C' || status === 'D' ? <li>{t('accessibilityPage.limitAudit')}</li> : null}
        <li>{t('accessibilityPage.limitLinks')}</li>
      </ul>
      <h2>{t('accessibilityPage.contact')}</h2>
      <PublisherContact t={t} />
    </Layout>
  );
}
