// The help finder as a visitor uses it, by role and accessible name. Every text comes from content or
// the dictionary, so a correct change of wording never fails a test.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { helpFinder } from 'virtual:content/helpFinder';
import { organisations } from 'virtual:content/organisations';
import { routing } from 'virtual:content/routing';
import { HelpFinder } from '../../src/features/help-finder/HelpFinder.tsx';
import * as result from '../../src/features/help-finder/FinderResult.tsx';
import { ready } from '../../src/ui/later.tsx';
import { phoneLabel } from '../../src/features/organisations/OrgParts.tsx';
import { tFor } from '../../src/i18n/all.ts';
import type { Lang } from '../../src/i18n/index.ts';
import { forgetAll } from '../../src/ui/forget.ts';
import type { FinderAnswers, OrganisationId, Role } from '../../src/logic/index.ts';
import { defaultLang, languages } from '../../src/i18n/languages.ts';
import { renderIn } from './render-in.tsx';

/** Another language than the default one: the second in the list. */
const other = languages[1]!;

afterEach(cleanup);

const t = tFor(defaultLang);
function renderFinder(lang: Lang = defaultLang, initial?: FinderAnswers) {
  return renderIn(
    lang,
    <HelpFinder
      t={tFor(lang)}
      texts={helpFinder}
      // The result as the island loads it after the first answer (src/features/help-finder/more.ts).
      more={ready({ ...result, organisations, routing })}
      initial={initial}
    />,
  );
}
const nameOf = (id: OrganisationId, lang: Lang = defaultLang) => organisations[id].name[lang];
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const next = () => click(t('finder.next'));
/** A role's radio, by the label its accessible name starts with (the hint follows). */
const roleRadio = (role: Role, lang: Lang = defaultLang) =>
  screen.getByRole('radio', {
    name: (name) => name.startsWith(helpFinder.role.options[role].label[lang]),
  }) as HTMLInputElement;
const chooseRole = (role: Role) => fireEvent.click(roleRadio(role));
const choose = (group: string, answer: string) =>
  fireEvent.click(screen.getByRole('group', { name: group }).querySelector(`input[value="${answer}"]`)!);
/** Ticks a situation on the checklist (by its field name, not its wording). */
const tick = (item: string) => fireEvent.click(document.querySelector(`input[type="checkbox"][name="${item}"]`)!);
const stepCount = () => document.querySelector('.step-count')?.textContent;
const step = (n: number) => t('finder.step', { n, total: 5 });
/** The screen's question (or the result's title): the first level-2 heading, where focus goes. */
const title = () => screen.getAllByRole('heading', { level: 2 })[0]!;
const resultNames = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);

describe('help finder', () => {
  it('asks who the help is for first, and explains when nothing is chosen', () => {
    renderFinder();
    expect(title().textContent).toBe(helpFinder.role.question[defaultLang]);
    expect(stepCount()).toBe(step(1));
    next();
    expect(screen.getByRole('alert').textContent).toBe(t('finder.chooseRole'));
    expect(title().textContent).toBe(helpFinder.role.question[defaultLang]);
  });

  it('leads someone in doubt with nothing else known to Fier in three question screens', () => {
    renderFinder();
    chooseRole('self');
    next();
    expect(stepCount()).toBe(step(2));
    expect(document.activeElement).toBe(title());
    choose(helpFinder.danger.question.self[defaultLang], 'no');
    next();
    next(); // nothing chosen on the checklist
    expect(title().textContent).toBe(t('finder.resultTitle'));
    expect(document.activeElement).toBe(title());
    expect(resultNames()).toContain(nameOf('fier-onder-controle'));
    expect(document.body.textContent).toContain(t('finder.doubt'));
  });

  it('shows 112 at once when there is danger now, and sets it apart as urgent in the result', () => {
    renderFinder();
    chooseRole('professional');
    next();
    choose(helpFinder.danger.question.professional[defaultLang], 'yes');
    const now = screen.getByRole('status');
    expect(now.textContent).toContain(helpFinder.danger.yesNow[defaultLang]);
    expect(within(now).getByRole('link').getAttribute('href')).toBe('tel:112');
    next();
    next();
    choose(helpFinder.report.question.professional[defaultLang], 'no');
    next();
    const urgent = screen.getByRole('region', { name: t('finder.urgentTitle') });
    const emergency = organisations['alarmnummer-112'];
    expect(urgent.textContent).toContain(emergency.name[defaultLang]);
    const number = emergency.contact.find((c) => c.type === 'phone')!.value;
    expect(within(urgent).getAllByRole('link', { name: phoneLabel(number, t) }).length).toBeGreaterThan(0);
  });

  it('words the questions for a relative and asks about reporting only when it matters', () => {
    renderFinder();
    chooseRole('relative');
    next();
    choose(helpFinder.danger.question.relative[defaultLang], 'unknown');
    next();
    expect(stepCount()).toBe(step(3));
    expect(title().textContent).toBe(helpFinder.situations.question[defaultLang]);
    tick('sexualViolence');
    next();
    expect(stepCount()).toBe(step(4));
    choose(helpFinder.report.question.relative[defaultLang], 'yes');
    next();
    expect(stepCount()).toBe(step(5));
    choose(helpFinder.anonymous.question.relative[defaultLang], 'yes');
    next();
    const names = resultNames();
    expect(names).toEqual(expect.arrayContaining([nameOf('centrum-seksueel-geweld'), nameOf('meld-misdaad-anoniem')]));
    expect(names).not.toContain(nameOf('politie'));
    // "Weet ik niet" on danger: what would fit if it is so.
    const ifSo = screen.getByRole('region', { name: t('finder.ifSoTitle') });
    expect(ifSo.textContent).toContain(nameOf('alarmnummer-112'));
  });

  it('changes one answer without starting over', () => {
    renderFinder();
    chooseRole('self');
    next();
    choose(helpFinder.danger.question.self[defaultLang], 'no');
    next();
    next();
    click(t('finder.changeLabel', { screen: t('finder.screen.situations') }));
    tick('exploitation');
    click(t('finder.toResult'));
    // The change made reporting relevant: that question comes first, then the result.
    choose(helpFinder.report.question.self[defaultLang], 'no');
    click(t('finder.toResult'));
    expect(resultNames()).toEqual(expect.arrayContaining([nameOf('comensha'), nameOf('fier-onder-controle')]));
  });

  it('marks a ticked situation as "not sure", which counts as "weet ik niet"', () => {
    renderFinder(defaultLang, { role: 'self', items: {} });
    choose(helpFinder.danger.question.self[defaultLang], 'no');
    next();
    expect(document.querySelector('input[name="abroad-unsure"]')).toBeNull();
    tick('abroad');
    fireEvent.click(document.querySelector('input[name="abroad-unsure"]')!);
    next();
    choose(helpFinder.report.question.self[defaultLang], 'no');
    next();
    // Not sure about abroad: Buitenlandse Zaken only under "als het zo blijkt".
    const ifSo = screen.getByRole('region', { name: t('finder.ifSoTitle') });
    expect(ifSo.textContent).toContain(nameOf('buitenlandse-zaken'));
  });

  it('shows a professional no question about being under 18 themself', () => {
    renderFinder(defaultLang, { role: 'professional', items: {} });
    next();
    expect(document.querySelector('input[name="youngPerson"]')).toBeNull();
    expect(document.querySelector('input[name="minorInvolved"]')).not.toBeNull();
  });

  it('asks before starting again, with focus on the safe answer', () => {
    renderFinder();
    chooseRole('self');
    next();
    next();
    next();
    click(t('finder.restart'));
    expect(document.activeElement?.textContent).toBe(t('confirmRestart.no'));
    click(t('confirmRestart.no'));
    expect(title().textContent).toBe(t('finder.resultTitle'));
    expect(screen.queryByRole('button', { name: t('confirmRestart.yes') })).toBeNull();
    click(t('finder.restart'));
    click(t('confirmRestart.yes'));
    expect(title().textContent).toBe(helpFinder.role.question[defaultLang]);
    expect(document.activeElement).toBe(title());
    expect(roleRadio('self').checked).toBe(false);
  });

  it('shows answers filled in from the self-check so they can be corrected', () => {
    renderFinder(defaultLang, { role: 'self', items: { sexualViolence: 'yes' }, prefilled: ['sexualViolence'] });
    // The role is known, so the finder starts at "danger now", which is always asked.
    expect(title().textContent).toBe(helpFinder.danger.question.self[defaultLang]);
    next();
    const item = document.querySelector<HTMLInputElement>('input[name="sexualViolence"]')!;
    expect(item.checked).toBe(true);
    expect(item.closest('.checklist__item')!.textContent).toContain(t('finder.prefilled'));
    expect(document.querySelector('input[name="abroad"]')!.closest('.checklist__item')!.textContent).not.toContain(
      t('finder.prefilled'),
    );
  });

  it('forgets every answer on a quick exit', () => {
    renderFinder(other);
    fireEvent.click(roleRadio('self', other));
    click(tFor(other)('finder.next'));
    expect(title().textContent).not.toBe(helpFinder.role.question[other]);
    act(() => forgetAll());
    expect(title().textContent).toBe(helpFinder.role.question[other]);
    expect(roleRadio('self', other).checked).toBe(false);
  });
});
