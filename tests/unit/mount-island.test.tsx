// How every island renders once its code has loaded: the page's language, its part of the content,
// the fallback replaced, and a view that throws caught by the island's boundary.
import { afterEach, describe, expect, it } from 'vitest';
import { organisations } from 'virtual:content/organisations';
import { mountIsland } from '../../src/ui/mount-island.tsx';
import { tFor } from '../../src/i18n/all.ts';
import { defaultLang, languages } from '../../src/i18n/languages.ts';
import { useLang } from '../../src/ui/lang.ts';

afterEach(() => {
  document.body.textContent = '';
});

/** An element as the prerenderer leaves it: the fallback for a page read without JavaScript. */
function fallback(): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = '<p class="notice">needs JavaScript</p><p>a way on: <a href="/organisaties/">elsewhere</a></p>';
  document.body.append(el);
  return el;
}

/** A component deep in an island, as every stage is: it is handed no language, it reads the page's. */
function Says() {
  return <p data-says>{useLang()}</p>;
}

function Broken(): never {
  throw new Error('broken on purpose');
}

describe('mountIsland', () => {
  it.each(languages)('renders the view in place of the fallback, in %s, with that language’s content', async (lang) => {
    const el = fallback();
    await mountIsland(el, lang, ['organisations'], (t, c) => (
      <p data-view>
        {t('island.reload')}|
        {Object.values(c.organisations)
          .map((o) => o.name[lang])
          .join('|')}
      </p>
    ));
    expect(el.textContent).not.toMatch(/needs JavaScript|a way on/);
    expect(el.querySelector('[data-view]')?.textContent).toBe(
      [tFor(lang)('island.reload'), ...Object.values(organisations).map((o) => o.name[lang])].join('|'),
    );
  });

  it.each(languages)('gives every component of the view the page’s language, %s, without a prop', async (lang) => {
    const el = fallback();
    await mountIsland(el, lang, [], () => (
      <div>
        <Says />
      </div>
    ));
    expect(el.querySelector('[role="alert"]')).toBeNull();
    expect(el.querySelector('[data-says]')?.textContent).toBe(lang);
  });

  it('shows the island’s error and a way on when the view throws, instead of a blank part', async () => {
    const el = fallback();
    await mountIsland(el, defaultLang, [], () => <Broken />);
    expect(el.querySelector('.notice')).toBeNull();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain(tFor(defaultLang)('island.error'));
  });
});
