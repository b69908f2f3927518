// The self-check as a visitor uses it, by role and accessible name.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { selfCheck } from 'virtual:content/selfCheck';
import { questions } from 'virtual:content/questions';
import { indicators } from 'virtual:content/indicators';
import { organisations } from 'virtual:content/organisations';
import { routing } from 'virtual:content/routing';
import { helpFinder } from 'virtual:content/helpFinder';
import { SelfCheck } from '../../src/features/self-check/SelfCheck.tsx';
import { tFor } from '../../src/i18n/all.ts';
import { forgetAll } from '../../src/ui/forget.ts';

afterEach(cleanup);

function renderCheck(lang: 'nl' | 'en' = 'nl') {
  render(
    <SelfCheck lang={lang} t={tFor(lang)} texts={selfCheck} questions={questions} indicators={indicators} organisations={organisations} routing={routing} finderTexts={helpFinder} />,
  );
}
const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
const answer = (name: string) => fireEvent.click(screen.getByRole('radio', { name }));

function startRoute(label: RegExp) {
  fireEvent.click(screen.getByRole('radio', { name: label }));
  click('Begin');
}

describe('self-check', () => {
  it('asks which route first, and says so when nothing is chosen', () => {
    renderCheck();
    click('Begin');
    expect(screen.getByRole('alert').textContent).toBe('Kies eerst over wie het gaat.');
  });

  it('asks one question per screen with its number, and goes back and forward', () => {
    renderCheck();
    startRoute(/Over mezelf/);
    const total = questions.self.length;
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(`Vraag 1 van ${total} ${questions.self[0]!.text.nl}`);
    answer('Ja');
    click('Volgende');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain(`Vraag 2 van ${total}`);
    click('Vorige');
    expect((screen.getByRole('radio', { name: 'Ja' }) as HTMLInputElement).checked).toBe(true);
  });

  it('shows help for now on a red-flag answer, without ending the check', () => {
    renderCheck();
    startRoute(/Over mezelf/);
    const index = questions.self.findIndex((q) => q.redFlag === 'suicide');
    for (let i = 0; i < index; i++) click('Sla over');
    answer('Soms');
    const panel = screen.getByRole('region', { name: 'Hulp voor nu' });
    expect(panel.textContent).toContain('113 Zelfmoordpreventie');
    expect(screen.getByRole('button', { name: /Volgende|Naar de uitslag/ })).toBeTruthy();
  });

  it('shows recognised signals per domain, red flags first, and no score', () => {
    renderCheck();
    startRoute(/Over iemand anders/);
    const list = questions.relative;
    const money = list.find((q) => q.domain === 'geld-werk-tijd' && !q.redFlag)!;
    const sexual = list.find((q) => q.redFlag === 'sexual')!;
    for (const q of list) {
      if (q.id === money.id) answer('Ja');
      else if (q.id === sexual.id) answer('Ja');
      else answer('Nee');
      click(q === list.at(-1) ? 'Naar de uitslag' : 'Volgende');
    }
    expect(screen.getByRole('heading', { level: 2, name: 'Wat je herkent' })).toBeTruthy();
    const text = document.body.textContent!;
    expect(text.indexOf(sexual.signal.nl)).toBeLessThan(text.indexOf(money.signal.nl));
    expect(screen.getByRole('heading', { level: 3, name: 'Geld, werk en tijd' })).toBeTruthy();
    expect(text).not.toMatch(/score|punten|sekte|\d+ ?%/i);
    expect(text).toContain('Dit is geen test en geen diagnose.');

    click('Verder naar de hulpwijzer');
    // The help finder opens at "danger now", with the role known and sexual violence filled in.
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Is de persoon om wie je je zorgen maakt nu in gevaar?');
    fireEvent.click(screen.getByRole('radio', { name: 'Nee' }));
    click('Verder');
    expect(screen.getByText('Ingevuld vanuit de zelfcheck. Klopt het niet? Pas het dan aan.')).toBeTruthy();
  });

  it('says so when nothing is recognised, and forgets everything on a quick exit', () => {
    renderCheck('en');
    fireEvent.click(screen.getByRole('radio', { name: /About myself/ }));
    click('Start');
    for (const q of questions.self) click(q === questions.self.at(-1) ? 'To the result' : 'Skip');
    expect(screen.getByText(selfCheck.result.nothing.en)).toBeTruthy();
    act(() => forgetAll());
    expect(screen.getByRole('heading', { level: 2, name: 'Before you start' })).toBeTruthy();
  });
});
