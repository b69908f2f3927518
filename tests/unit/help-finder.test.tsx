// The help finder as a visitor uses it, by role and accessible name.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { helpFinder } from 'virtual:content/helpFinder';
import { organisations } from 'virtual:content/organisations';
import { routing } from 'virtual:content/routing';
import { HelpFinder } from '../../src/features/help-finder/HelpFinder.tsx';
import { tFor } from '../../src/i18n/all.ts';
import { forgetAll } from '../../src/ui/forget.ts';
import type { FinderAnswers } from '../../src/logic/index.ts';

afterEach(cleanup);

function renderFinder(lang: 'nl' | 'en' = 'nl', initial?: FinderAnswers) {
  return render(
    <HelpFinder lang={lang} t={tFor(lang)} texts={helpFinder} organisations={organisations} routing={routing} initial={initial} />,
  );
}
const next = () => fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
const choose = (group: string | RegExp, answer: string) =>
  fireEvent.click(screen.getByRole('group', { name: group }).querySelector(`input[value="${answer}"]`)!);
/** Ticks a situation on the checklist (by its field name, not its wording). */
const tick = (item: string) => fireEvent.click(document.querySelector(`input[type="checkbox"][name="${item}"]`)!);
const step = (n: number) => tFor('nl')('finder.step', { n, total: 5 });
const resultNames = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);

describe('help finder', () => {
  it('asks who the help is for first, and explains when nothing is chosen', () => {
    renderFinder();
    expect(screen.getByRole('heading', { name: 'Voor wie zoek je hulp?' })).toBeTruthy();
    next();
    expect(screen.getByRole('alert').textContent).toBe('Kies eerst voor wie je hulp zoekt.');
  });

  it('leads someone in doubt with nothing else known to Fier in three question screens', () => {
    renderFinder();
    fireEvent.click(screen.getByRole('radio', { name: /Voor mezelf/ }));
    next();
    expect(screen.getByText(step(2))).toBeTruthy();
    choose('Ben jij of is iemand anders nu in gevaar?', 'no');
    next();
    next(); // nothing chosen on the checklist
    expect(screen.getByRole('heading', { level: 2, name: 'Hier kun je terecht' })).toBeTruthy();
    expect(resultNames()).toContain('Fier, Hulppunt Onder Controle');
    expect(screen.getByText(/Ook dan mag je contact opnemen/)).toBeTruthy();
  });

  it('shows 112 at once when there is danger now, and sets it apart as urgent in the result', () => {
    renderFinder();
    fireEvent.click(screen.getByRole('radio', { name: /Ik ben professional/ }));
    next();
    choose('Is je cliënt of iemand anders nu in gevaar?', 'yes');
    expect(screen.getByRole('status').textContent).toContain('Bel nu 112');
    next();
    next();
    choose('Wil je de politie iets laten weten over een misdrijf?', 'no');
    next();
    const urgent = screen.getByRole('region', { name: 'Hulp voor nu' });
    expect(urgent.textContent).toContain('Alarmnummer');
    expect(screen.getAllByRole('link', { name: 'Bel 112' }).length).toBeGreaterThan(0);
  });

  it('words the questions for a relative and asks about reporting only when it matters', () => {
    renderFinder();
    fireEvent.click(screen.getByRole('radio', { name: /Voor iemand om wie ik me zorgen maak/ }));
    next();
    choose('Is de persoon om wie je je zorgen maakt nu in gevaar?', 'unknown');
    next();
    expect(screen.getByText(step(3))).toBeTruthy();
    tick('sexualViolence');
    next();
    expect(screen.getByText(step(4))).toBeTruthy();
    choose('Wil je aangifte doen of iets melden bij de politie?', 'yes');
    next();
    expect(screen.getByText(step(5))).toBeTruthy();
    choose('Wil je daarbij je naam geheimhouden?', 'yes');
    next();
    const names = resultNames();
    expect(names).toEqual(expect.arrayContaining(['Centrum Seksueel Geweld', 'Meld Misdaad Anoniem']));
    expect(names).not.toContain('Politie, geen spoed');
    // "Weet ik niet" on danger: what would fit if it is so.
    expect(screen.getByRole('heading', { name: 'Als het zo blijkt' })).toBeTruthy();
  });

  it('changes one answer without starting over', () => {
    renderFinder();
    fireEvent.click(screen.getByRole('radio', { name: /Voor mezelf/ }));
    next();
    choose('Ben jij of is iemand anders nu in gevaar?', 'no');
    next();
    next();
    fireEvent.click(screen.getByRole('button', { name: 'Wijzig: Wat speelt er' }));
    tick('exploitation');
    fireEvent.click(screen.getByRole('button', { name: 'Naar het resultaat' }));
    // The change made reporting relevant: that question comes first, then the result.
    choose('Wil je aangifte doen?', 'no');
    fireEvent.click(screen.getByRole('button', { name: 'Naar het resultaat' }));
    expect(resultNames()).toEqual(expect.arrayContaining(['CoMensha', 'Fier, Hulppunt Onder Controle']));
  });

  it('marks a ticked situation as "not sure", which counts as "weet ik niet"', () => {
    renderFinder('nl', { role: 'self', items: {} });
    choose('Ben jij of is iemand anders nu in gevaar?', 'no');
    next();
    expect(document.querySelector('input[name="abroad-unsure"]')).toBeNull();
    tick('abroad');
    fireEvent.click(document.querySelector('input[name="abroad-unsure"]')!);
    next();
    choose('Wil je aangifte doen?', 'no');
    next();
    // Not sure about abroad: Buitenlandse Zaken only under "als het zo blijkt".
    const ifSo = screen.getByRole('region', { name: 'Als het zo blijkt' });
    expect(ifSo.textContent).toContain(organisations['buitenlandse-zaken'].name.nl);
  });

  it('shows a professional no question about being under 18 themself', () => {
    renderFinder('nl', { role: 'professional', items: {} });
    next();
    expect(document.querySelector('input[name="youngPerson"]')).toBeNull();
    expect(document.querySelector('input[name="minorInvolved"]')).not.toBeNull();
  });

  it('asks before starting again, with focus on the safe answer', () => {
    renderFinder();
    fireEvent.click(screen.getByRole('radio', { name: /Voor mezelf/ }));
    next();
    next();
    next();
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw beginnen' }));
    expect(document.activeElement?.textContent).toBe('Nee, ga terug');
    fireEvent.click(screen.getByRole('button', { name: 'Nee, ga terug' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Hier kun je terecht' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw beginnen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, opnieuw beginnen' }));
    expect(screen.getByRole('heading', { name: 'Voor wie zoek je hulp?' })).toBeTruthy();
  });

  it('shows answers filled in from the self-check so they can be corrected', () => {
    renderFinder('nl', { role: 'self', items: { sexualViolence: 'yes' }, prefilled: ['sexualViolence'] });
    // The role is known, so the finder starts at "danger now", which is always asked.
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Ben jij of is iemand anders nu in gevaar?');
    fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
    expect(screen.getByText('Ingevuld vanuit de zelfcheck. Klopt het niet? Pas het dan aan.')).toBeTruthy();
  });

  it('forgets every answer on a quick exit', () => {
    renderFinder('en');
    fireEvent.click(screen.getByRole('radio', { name: /For myself/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    act(() => forgetAll());
    expect(screen.getByRole('heading', { name: 'Who are you looking for help for?' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: /For myself/ }) as HTMLInputElement).checked).toBe(false);
  });
});
