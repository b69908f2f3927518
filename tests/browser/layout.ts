// Layout checks shared by the browser tests (layout.test.ts, consultation.test.ts).
import type { Page } from 'playwright-core';

/** List items with a hollow or square bullet (a nested list's look) that are on screen. */
export const hollowBullets = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main li')]
      .filter((li) => li.checkVisibility() && /circle|square/.test(getComputedStyle(li).listStyleType))
      .map((li) => li.textContent!.trim().slice(0, 40)),
  );
