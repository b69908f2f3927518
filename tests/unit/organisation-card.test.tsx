// The organisation card (issue 10 points 1, 2 and 6; issue 11): contact and hours first, then why it
// fits, then what happens, then the rest folded away; every line dated, every source listed once; a
// phone button's text made from the number it dials. Everything read from content/, nothing copied.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { renderIn } from './render-in.tsx';
import { loadContent, type ContentError } from '../../src/content/load.ts';
import { contentWith, realContent } from './content-fixture.ts';
import { audiences, type Organisation } from '../../src/content/schema.ts';
import { telHref } from '../../src/content/phone.ts';
import { tFor } from '../../src/i18n/all.ts';
import { OrganisationCard } from '../../src/features/organisations/OrganisationCard.tsx';
import { formatDate } from '../../src/ui/format.ts';
import { organisationIds, type OrganisationId } from '../../src/logic/organisations.ts';
import { defaultLang, languages } from '../../src/i18n/languages.ts';

const { organisations } = loadContent(realContent);
/** A copy of content/ with one organisation file changed, and a function that loads it. */
const contentOf = (file: string, change: (text: string) => string) => {
  const dir = contentWith(`organisations/${file}`, change);
  return () => loadContent(dir);
};
const byId = (id: OrganisationId) => organisations[id];
const cases = languages.flatMap((lang) => Object.values(organisations).map((org) => [org.id, lang, org] as const));

afterEach(cleanup);

const digits = (s: string) => s.replace(/[^+\d]/g, '');

describe('OrganisationCard', () => {
  it.each(cases)(
    '%s (%s): contact and hours, then the reason, then what happens, then "Meer over" in <details>',
    (_id, lang, org) => {
      const t = tFor(lang);
      const { container } = renderIn(
        lang,
        <OrganisationCard org={org} t={t} reason={<p data-reason>reason</p>} level={3} />,
      );

      const order = [
        'h3.org-card__name',
        '.org-contact',
        '[data-reason]',
        '.org-happens',
        'details.org-card__more',
      ].map((s) => container.querySelector(s));
      expect(order.every(Boolean)).toBe(true);
      for (let i = 1; i < order.length; i++) {
        expect(order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(
          Node.DOCUMENT_POSITION_FOLLOWING,
        );
      }
      expect(container.querySelector('h3')!.textContent).toBe(org.name[lang]);
      expect(container.querySelector('details summary')!.textContent).toBe(
        t('organisations.more', { name: org.name[lang] }),
      );
      // Hours (or "kijk op de website") sit in the contact block, one line per entry.
      expect(container.querySelectorAll('.org-contact .org-lines li')).toHaveLength(org.hours.length);
      // What happens: the few short lines and the line that is true of any contact.
      const happens = [...container.querySelectorAll('.org-happens li')].map((li) => li.textContent);
      expect(happens).toHaveLength(org.whatHappens.length + 1);
      expect(happens.at(-1)).toBe(t('organisations.always'));
    },
  );

  it.each(cases)('%s (%s): every line carries a dated reference, and each source is listed once', (_id, lang, org) => {
    const t = tFor(lang);
    const { container } = renderIn(lang, <OrganisationCard org={org} t={t} />);

    const listed = [...container.querySelectorAll('.source-list li')].map((li) => li.textContent!);
    expect(listed).toHaveLength(Object.keys(org.sources).length);
    expect(new Set(listed).size).toBe(listed.length);
    Object.values(org.sources).forEach((s, i) => {
      expect(listed[i]).toContain(s.name);
      if (s.date !== 'ongedateerd') expect(listed[i]).toContain(formatDate(s.date, lang));
    });
    // One reference per contact, hours line, what-happens line and further detail.
    const marks = [...container.querySelectorAll('.source-ref')];
    // Quiet for the eye: only the footnote number shows; the full reference is there for a screen reader.
    for (const mark of marks) expect(mark.querySelector('[aria-hidden="true"]')?.textContent).toMatch(/^\d+$/);
    const refs = marks.map((r) => r.textContent!);
    expect(refs.length).toBe(org.contact.length + org.hours.length + org.whatHappens.length + org.more.length);
    for (const ref of refs) {
      const n = Number(ref.match(/(\d+)/)?.[1]);
      expect(n, ref).toBeGreaterThanOrEqual(1);
      expect(n, ref).toBeLessThanOrEqual(Object.keys(org.sources).length);
      const source = Object.values(org.sources)[n - 1];
      expect(ref).toContain(
        source!.date === 'ongedateerd' ? t('organisations.refUndated', { n }) : formatDate(source!.date, lang),
      );
    }
    // No source line is repeated anywhere on the card, and the card has no definition list terms.
    for (const s of Object.values(org.sources)) expect(container.textContent!.split(s.name).length - 1).toBe(1);
    expect(container.querySelectorAll('dt')).toHaveLength(0);
  });

  it.each(cases)(
    '%s (%s): each call button shows the number it dials; other links stay in this tab',
    (_id, lang, org) => {
      const { container } = renderIn(lang, <OrganisationCard org={org} t={tFor(lang)} />);

      const calls = [...container.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')];
      expect(calls.map((a) => a.getAttribute('href'))).toEqual(
        org.contact.filter((c) => c.type === 'phone').map((c) => telHref(c.value)),
      );
      for (const a of calls) expect(digits(a.textContent!)).toBe(digits(a.getAttribute('href')!));
      for (const a of container.querySelectorAll('a[href^="https:"]')) expect(a.hasAttribute('target')).toBe(false);
    },
  );

  it('makes the button text from the number: changing only the number changes both', () => {
    // Veilig Thuis's number from content, with its last digit changed, in that file only.
    const number = organisations['veilig-thuis'].contact.find((c) => c.type === 'phone')!.value;
    const changed = number.slice(0, -1) + String((Number(number.at(-1)) + 1) % 10);
    const load = contentOf('veilig-thuis.yaml', (text) => text.replace(`value: "${number}"`, `value: "${changed}"`));
    const org = load().organisations['veilig-thuis'];
    const { container } = renderIn(defaultLang, <OrganisationCard org={org} t={tFor(defaultLang)} />);

    const call = container.querySelector('a[href^="tel:"]')!;
    expect(call.getAttribute('href')).toBe(telHref(changed));
    expect(call.textContent).toContain(changed);
  });

  it('refuses a phone number with its own label, naming the file and the place', () => {
    const number = organisations['politie'].contact.find((c) => c.type === 'phone')!.value;
    const load = contentOf('politie.yaml', (text) =>
      text.replace(`value: "${number}"\n`, `value: "${number}"\n    label: { nl: "Bel ons", en: "Call us" }\n`),
    );
    let problems: ContentError['problems'] = [];
    try {
      load();
    } catch (error) {
      problems = (error as ContentError).problems;
    }
    expect(problems).toContainEqual({
      file: 'content/organisations/politie.yaml',
      path: 'contact[0]',
      message: expect.stringContaining('label'),
    });
  });

  it('refuses a source nothing refers to, and an organisation without "what happens"', () => {
    const unused = contentOf('comensha.yaml', (text) =>
      text.replace('sources:\n', 'sources:\n  extra:\n    name: "Iets"\n    date: "2020"\n'),
    );
    expect(() => unused()).toThrow(/comensha\.yaml → sources\.extra: deze bron wordt nergens gebruikt/);
    const empty = contentOf('kindertelefoon.yaml', (text) =>
      text.replace(/whatHappens:\n[\s\S]*?\nmore:/, 'whatHappens: []\nmore:'),
    );
    expect(() => empty()).toThrow(/kindertelefoon\.yaml → whatHappens: zeg in een paar korte regels wat er gebeurt/);
  });

  it('shows the offline note markup only where something needs the internet', () => {
    for (const org of Object.values(organisations)) {
      const { container, unmount } = renderIn(defaultLang, <OrganisationCard org={org} t={tFor(defaultLang)} />);
      const web = org.contact.some((c) => c.type !== 'phone');
      expect(container.querySelectorAll('.offline-note').length, org.id).toBe(web ? 1 : 0);
      unmount();
    }
  });
});

describe('the Onder Controle card', () => {
  const fier: Organisation = byId('fier-onder-controle');

  it.each(audiences.flatMap((audience) => languages.map((lang) => [audience, lang] as const)))(
    'speaks to %s (%s) with the words from content, and says how to find the chat',
    (audience, lang) => {
      const words = fier.audiences?.[audience];
      expect(words?.lead[lang], `content/organisations/fier-onder-controle.yaml has no audiences.${audience}`).toMatch(
        /\S/,
      );
      const { container } = renderIn(lang, <OrganisationCard org={fier} t={tFor(lang)} audience={audience} />);

      expect(container.querySelector('.org-card__lead')!.textContent).toContain(words!.lead[lang]);
      const steps = [...container.querySelectorAll('.org-steps li')].map((li) => li.textContent);
      expect(steps).toEqual(fier.howToFind?.[lang]);
      expect(steps.length).toBeGreaterThan(0);
      if (words!.notNow) expect(container.querySelector('.org-card__not-now')!.textContent).toBe(words!.notNow[lang]);
      for (const other of audiences.filter((a) => a !== audience)) {
        const lead = fier.audiences?.[other]?.lead[lang];
        if (lead && lead !== words!.lead[lang]) expect(container.textContent).not.toContain(lead);
      }
    },
  );

  it('has its words for the person in doubt and for a relative, and nothing for an unnamed audience', () => {
    const filled = { nl: expect.stringMatching(/\S/), en: expect.stringMatching(/\S/) };
    expect(fier.audiences?.self?.notNow).toEqual(filled);
    expect(fier.audiences?.relative?.notNow).toEqual(filled);
    const { container } = renderIn(defaultLang, <OrganisationCard org={fier} t={tFor(defaultLang)} />);
    expect(container.querySelector('.org-card__lead')).toBeNull();
  });
});

describe('UrgentHelp', () => {
  it('shows, beside each way to call, when they can be reached with the date of its source, and the offline note where needed', async () => {
    const { UrgentHelp } = await import('../../src/features/organisations/UrgentHelp.tsx');
    const t = tFor(defaultLang);
    const ids = organisationIds;
    const { container } = renderIn(
      defaultLang,
      <UrgentHelp ids={ids} organisations={organisations} t={t} title="Hulp" />,
    );

    const items = [...container.querySelectorAll('.urgent-list > li')];
    expect(items).toHaveLength(ids.length);
    items.forEach((li, i) => {
      const org = organisations[ids[i] ?? ids[0]];
      const when = [...li.querySelectorAll('.org-when li')].map((x) => x.textContent!);
      expect(when).toHaveLength(org.hours.length);
      org.hours.forEach((h, j) => {
        const s = org.sources[h.source]!;
        expect(when[j]).toContain('open' in h ? t('organisations.hoursOpen') : h.text[defaultLang]);
        expect(when[j]).toContain(
          s.date === 'ongedateerd'
            ? t('organisations.datedNone')
            : t('organisations.dated', { date: formatDate(s.date, defaultLang) }),
        );
      });
      expect(li.querySelectorAll('.offline-note').length, org.id).toBe(
        org.contact.some((c) => c.type !== 'phone') ? 1 : 0,
      );
    });
  });
});

describe('UrgentHelp, at the top of a result', () => {
  it('speaks to the audience with its short line where the content has one, and otherwise says what each is for', async () => {
    const { UrgentHelp } = await import('../../src/features/organisations/UrgentHelp.tsx');
    const t = tFor(defaultLang);
    for (const audience of ['self', 'relative'] as const) {
      const { container, unmount } = renderIn(
        defaultLang,
        <UrgentHelp
          ids={organisationIds}
          organisations={organisations}
          t={t}
          title="Hulp"
          audience={audience}
          tone="plain"
        />,
      );
      const lines = [...container.querySelectorAll('.urgent-list > li > p:first-of-type')].map((p) => p.textContent);
      expect(lines).toEqual(
        organisationIds.map(
          (id) => (organisations[id].audiences?.[audience]?.short ?? organisations[id].short)[defaultLang],
        ),
      );
      unmount();
    }
  });

  it('puts a number and when it answers before the chat, and names the way to a chat in one line', async () => {
    const { UrgentHelp } = await import('../../src/features/organisations/UrgentHelp.tsx');
    const t = tFor(defaultLang);
    const { container } = renderIn(
      defaultLang,
      <UrgentHelp ids={organisationIds} organisations={organisations} t={t} title="Hulp" tone="plain" />,
    );
    [...container.querySelectorAll('.urgent-list > li')].forEach((li, i) => {
      const org = organisations[organisationIds[i]!];
      const order = [...li.querySelectorAll('a.contact--phone, .org-when, a.contact:not(.contact--phone)')].map((el) =>
        el.matches('.org-when') ? 'when' : el.matches('.contact--phone') ? 'phone' : 'web',
      );
      const phones = org.contact.filter((c) => c.type === 'phone').length;
      const webs = org.contact.length - phones;
      const expected = phones
        ? [...Array(phones).fill('phone'), 'when', ...Array(webs).fill('web')]
        : [...Array(webs).fill('web'), 'when'];
      expect(order, org.id).toEqual(expected);
      expect(li.querySelector('.org-find')?.textContent ?? null, org.id).toBe(
        org.howToFind ? `${t('organisations.howToFind')} ${org.howToFind[defaultLang].join(' ')}` : null,
      );
    });
  });
});
