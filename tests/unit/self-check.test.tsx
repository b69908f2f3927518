// The self-check as a visitor uses it, by role and accessible name. Every text comes from content or
// the dictionary, so a correct change of wording never fails a test.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen } from '@testing-library/preact';
import { selfCheck } from 'virtual:content/selfCheck';
import { questions } from 'virtual:content/questions';
import { indicators } from 'virtual:content/indicators';
import { organisations } from 'virtual:content/organisations';
import { routing } from 'virtual:content/routing';
import { helpFinder } from 'virtual:content/helpFinder';
import { SelfCheck } from '../../src/features/self-check/SelfCheck.tsx';
import * as steps from '../../src/features/self-check/steps.ts';
import { ready } from '../../src/ui/later.tsx';
import { tFor } from '../../src/i18n/all.ts';
import type { Lang } from '../../src/i18n/index.ts';
import { forgetAll } from '../../src/ui/forget.ts';
import { firstContact, urgentHelp, type SelfCheckRoute } from '../../src/logic/index.ts';
import { defaultLang, languages } from '../../src/i18n/languages.ts';
import { renderIn } from './render-in.tsx';

/** Another language than the default one: the second in the list. */
const other = languages[1]!;

afterEach(cleanup);

const t = tFor(defaultLang);
function renderCheck(lang: Lang = defaultLang) {
  renderIn(
    lang,
    <SelfCheck
      t={tFor(lang)}
      texts={selfCheck}
      questions={questions}
      // The later steps as the island loads them after the start screen (src/features/self-check/more.ts).
      more={ready({ ...steps, indicators, organisations, routing, finderTexts: helpFinder })}
    />,
  );
}
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const answer = (name: string) => fireEvent.click(screen.getByRole('radio', { name }));
/** The stage's question or title: the first level-2 heading, where focus goes. */
const title = () => screen.getAllByRole('heading', { level: 2 })[0]!;

function startRoute(route: SelfCheckRoute, lang: Lang = defaultLang) {
  const label = selfCheck.start.routes[route].label[lang];
  fireEvent.click(screen.getByRole('radio', { name: (name) => name.startsWith(label) }));
  click(tFor(lang)('selfCheck.start'));
}

describe('self-check', () => {
  it('asks which route first, and says so when nothing is chosen', () => {
    renderCheck();
    click(t('selfCheck.start'));
    expect(screen.getByRole('alert').textContent).toBe(t('selfCheck.chooseRoute'));
    expect(title().textContent).toBe(selfCheck.start.heading[defaultLang]);
  });

  it('asks one question per screen with its number, and goes back and forward', () => {
    renderCheck();
    startRoute('self');
    const total = questions.self.length;
    expect(title().textContent).toBe(
      `${t('selfCheck.progress', { n: 1, total })} ${questions.self[0]!.text[defaultLang]}`,
    );
    expect(document.activeElement).toBe(title());
    answer(t('selfCheck.answer.yes'));
    click(t('selfCheck.next'));
    expect(title().textContent).toBe(
      `${t('selfCheck.progress', { n: 2, total })} ${questions.self[1]!.text[defaultLang]}`,
    );
    click(t('selfCheck.previous'));
    expect((screen.getByRole('radio', { name: t('selfCheck.answer.yes') }) as HTMLInputElement).checked).toBe(true);
  });

  it('shows help for now on a red-flag answer, without ending the check', () => {
    renderCheck();
    startRoute('self');
    const index = questions.self.findIndex((q) => q.redFlag === 'suicide');
    for (let i = 0; i < index; i++) click(t('selfCheck.skip'));
    answer(t('selfCheck.answer.sometimes'));
    const panel = screen.getByRole('region', { name: t('selfCheck.urgentTitle') });
    expect(panel.textContent).toContain(organisations['113-zelfmoordpreventie'].name[defaultLang]);
    // Still on the same question, which can be answered on.
    expect(title().textContent).toContain(questions.self[index]!.text[defaultLang]);
    click(index === questions.self.length - 1 ? t('selfCheck.finish') : t('selfCheck.next'));
    expect(title().textContent).not.toContain(questions.self[index]!.text[defaultLang]);
  });

  it('shows recognised signals per domain, red flags first, and no score', () => {
    renderCheck();
    startRoute('relative');
    const list = questions.relative;
    const money = list.find((q) => q.domain === 'geld-werk-tijd' && !q.redFlag)!;
    const sexual = list.find((q) => q.redFlag === 'sexual')!;
    for (const q of list) {
      answer(q.id === money.id || q.id === sexual.id ? t('selfCheck.answer.yes') : t('selfCheck.answer.no'));
      click(q === list.at(-1) ? t('selfCheck.finish') : t('selfCheck.next'));
    }
    expect(title().textContent).toBe(selfCheck.result.heading[defaultLang]);
    expect(document.activeElement).toBe(title());
    const text = document.body.textContent!;
    expect(text.indexOf(sexual.signal[defaultLang])).toBeLessThan(text.indexOf(money.signal[defaultLang]));
    const domain = screen.getByRole('heading', { level: 4, name: indicators[money.domain].title[defaultLang] });
    expect(domain.parentElement!.textContent).toContain(money.signal[defaultLang]);
    // Help first: the red flag's help and the first contact come before the recap, which folds the answers.
    const recap = text.indexOf(t('selfCheck.recognisedTitle'));
    for (const id of [...urgentHelp(['sexual']), ...firstContact]) {
      const at = text.indexOf(organisations[id].name[defaultLang]);
      expect(at, id).toBeGreaterThan(-1);
      expect(at, id).toBeLessThan(recap);
    }
    expect(domain.closest('details')).not.toBeNull();
    expect(text).not.toMatch(/score|punten|sekte|\d+ ?%/i);
    expect(text).toContain(selfCheck.result.notADiagnosis[defaultLang]);

    click(t('selfCheck.toFinder'));
    // The help finder opens at "danger now", with the role known and sexual violence filled in.
    expect(title().textContent).toBe(helpFinder.danger.question.relative[defaultLang]);
    expect(document.activeElement).toBe(title());
    fireEvent.click(screen.getByRole('radio', { name: t('finder.answer.no') }));
    click(t('finder.next'));
    const item = document.querySelector<HTMLInputElement>('input[name="sexualViolence"]')!;
    expect(item.checked).toBe(true);
    expect(item.closest('.checklist__item')!.textContent).toContain(t('finder.prefilled'));

    // The finder's result does not show again the contacts the self-check's result showed; it says so.
    for (let i = 0; i < 3 && title().textContent !== t('finder.resultTitle'); i++) click(t('finder.next'));
    expect(title().textContent).toBe(t('finder.resultTitle'));
    expect(screen.queryByRole('heading', { name: t('finder.voiceTitle') })).toBeNull();
    const names = firstContact.map((id) => organisations[id].name[defaultLang]);
    expect(document.body.textContent).toContain(
      t('finder.alreadyShown', { names: `${names[0]} ${t('finder.and')} ${names[1]}` }),
    );
  });

  it('says so when nothing is recognised, and forgets everything on a quick exit', () => {
    renderCheck(other);
    const en = tFor(other);
    startRoute('self', other);
    for (const q of questions.self) click(q === questions.self.at(-1) ? en('selfCheck.finish') : en('selfCheck.skip'));
    expect(title().textContent).toBe(selfCheck.result.heading[other]);
    expect(document.body.textContent).toContain(selfCheck.result.nothing[other]);
    act(() => forgetAll());
    expect(title().textContent).toBe(selfCheck.start.heading[other]);
    const routes = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(routes.filter((r) => r.checked)).toEqual([]);
  });
});
