// Samen kijken: one topic at a time, by buttons and by arrow keys.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen } from '@testing-library/preact';
import { indicators } from 'virtual:content/indicators';
import { organisations } from 'virtual:content/organisations';
import { routing } from 'virtual:content/routing';
import { helpFinder } from 'virtual:content/helpFinder';
import { Consultation } from '../../src/features/consultation/Consultation.tsx';
import * as steps from '../../src/features/consultation/steps.ts';
import { ready } from '../../src/ui/later.tsx';
import { tFor } from '../../src/i18n/all.ts';
import { defaultLang } from '../../src/i18n/languages.ts';
import { renderIn } from './render-in.tsx';

afterEach(cleanup);

const t = tFor(defaultLang);
const renderView = () =>
  renderIn(
    defaultLang,
    <Consultation
      t={t}
      // The topics and the finder as the island loads them after the start screen (consultation/more.ts).
      more={ready({ ...steps, indicators, organisations, routing, finderTexts: helpFinder })}
    />,
  );

describe('Samen kijken', () => {
  it('steps by arrow keys, counting every quick press, and not past either end', () => {
    renderView();
    fireEvent.click(screen.getByRole('button', { name: t('consult.startIndicators') }));
    act(() => {
      // Two presses before the view has re-rendered.
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
    });
    const counter = document.querySelector('.consult__counter')?.textContent;
    expect(counter).toBe(t('consult.counter', { n: 3, total: Object.keys(indicators).length }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      Object.values(indicators)[2]!.title[defaultLang],
    );
    act(() => {
      for (let i = 0; i < 5; i++) document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft' }));
    });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      Object.values(indicators)[0]?.title[defaultLang],
    );
  });

  it('ends in the help finder about the client, worded to the client, without asking for whom again', () => {
    renderView();
    fireEvent.click(screen.getByRole('button', { name: t('consult.findHelp') }));
    expect(screen.getByText(t('consultView.finderIntro'))).toBeTruthy();
    // The first question as the client reads it ("Ben jij…"), not the role question.
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(helpFinder.danger.question.self[defaultLang]);
    expect(screen.queryByText(helpFinder.role.question[defaultLang])).toBeNull();
    // "Vorige" still opens it, for a client who is there for someone else.
    fireEvent.click(screen.getByRole('button', { name: t('finder.previous') }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(helpFinder.role.question[defaultLang]);
  });
});
