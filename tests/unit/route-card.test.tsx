// The route card (issue 20, point 9): the way to a chat that has to be found in words (content's
// `howToFind`, Onder Controle) is on every card, also when the result did not list that organisation;
// and it has lines for the professional's name, number and next appointment. Read from content.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { renderIn } from './render-in.tsx';
import { organisations } from 'virtual:content/organisations';
import { tFor } from '../../src/i18n/all.ts';
import { RouteCard } from '../../src/features/help-finder/RouteCard.tsx';
import type { Recommendation } from '../../src/logic/index.ts';
import { defaultLang } from '../../src/i18n/languages.ts';

afterEach(cleanup);
const t = tFor(defaultLang);
const toFind = Object.values(organisations).filter((o) => o.howToFind);
const others = Object.values(organisations).filter((o) => !o.howToFind);

describe('route card', () => {
  it('gives the way to a chat in words also when the result did not list it, once when it did', () => {
    expect(toFind.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);
    for (const listed of [[others[0]!], [others[0]!, toFind[0]!]]) {
      const recommendations = listed.map(
        (o) => ({ organisation: o.id, urgent: false, reason: 'x' }) as unknown as Recommendation,
      );
      const { container } = renderIn(
        defaultLang,
        <RouteCard recommendations={recommendations} organisations={organisations} t={t} today="2026-12-06" />,
      );
      const names = [...container.querySelectorAll('li h3')].map((h) => h.textContent);
      const expected = new Set([...listed, ...toFind].map((o) => o.name[defaultLang]));
      expect(new Set(names)).toEqual(expected);
      expect(names).toHaveLength(expected.size); // none twice
      for (const org of toFind) {
        expect(names.filter((n) => n === org.name[defaultLang])).toHaveLength(1);
        for (const step of org.howToFind![defaultLang]) expect(container.textContent).toContain(step);
      }
      const lines = [...container.querySelectorAll('.route-card__line')].map((l) => l.textContent);
      expect(lines).toEqual([t('routeCardLines.name'), t('routeCardLines.phone'), t('routeCardLines.next')]);
      cleanup();
    }
  });
});
