// A content review that cannot be forgotten: every organisation file and page says when it was last
// checked; past warnAfterMonths the build warns naming the file, past failAfterMonths it stops.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ContentError, loadContent, reviewAges } from '../../src/content/load.ts';
import { contentPlugin } from '../../src/content/plugin.ts';

const dir = join(import.meta.dirname, '../../content');
const content = loadContent(dir);
const settings = content.site.review;
const after = (date: string, months: number, days = 0) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1 + months, d + days)).toISOString().slice(0, 10);
};
const newest = [
  ...Object.values(content.organisations).map((o) => o.review.date),
  ...Object.values(content.pages).map((p) => p.review.date),
]
  .sort()
  .at(-1)!;

describe('review dates', () => {
  const file = { file: 'content/organisations/x.yaml', review: { date: '2026-01-10', by: 'redacteur inhoud' } };
  it.each<[string, string, 'ok' | 'due' | 'overdue']>([
    ['a day before warnAfterMonths', after(file.review.date, settings.warnAfterMonths, -1), 'ok'],
    ['exactly warnAfterMonths', after(file.review.date, settings.warnAfterMonths), 'due'],
    ['a day before failAfterMonths', after(file.review.date, settings.failAfterMonths, -1), 'due'],
    ['exactly failAfterMonths', after(file.review.date, settings.failAfterMonths), 'overdue'],
  ])('%s after the review: %s', (_name, today, expected) => {
    const { due, overdue } = reviewAges([file], settings, today);
    expect(due.length ? 'due' : overdue.length ? 'overdue' : 'ok').toBe(expected);
    for (const p of [...due, ...overdue]) expect(p).toMatchObject({ file: file.file, path: 'review.date' });
  });

  it('follows the setting in site.yaml, not a number in the code', () => {
    const stricter = { warnAfterMonths: 1, failAfterMonths: 2 };
    expect(reviewAges([file], stricter, after(file.review.date, 1)).due).toHaveLength(1);
    expect(reviewAges([file], stricter, after(file.review.date, 2)).overdue).toHaveLength(1);
  });

  it('the build warns, naming every file, once its review is due', async () => {
    const warnings: string[] = [];
    const plugin = contentPlugin(dir);
    process.env.HULPWIJZER_TODAY = after(newest, settings.warnAfterMonths, 1);
    try {
      await (plugin.buildStart as (this: unknown) => Promise<void> | void).call({
        warn: (m: string) => warnings.push(m),
      });
    } finally {
      delete process.env.HULPWIJZER_TODAY;
    }
    const files = [
      ...Object.values(content.organisations).map((o) => `organisations/${o.id}.yaml`),
      ...Object.keys(content.pages).map((id) => `pages/${id}.yaml`),
    ];
    for (const f of files)
      expect(
        warnings.some((w) => w.includes(f)),
        f,
      ).toBe(true);
  });

  it('the build stops, naming the file, once its review is overdue', () => {
    const today = after(newest, settings.failAfterMonths, 1);
    expect(() => loadContent(dir, today)).toThrow(ContentError);
    expect(() => loadContent(dir, today)).toThrow(
      /content\/organisations\/veilig-thuis\.yaml → review\.date: nagekeken op/,
    );
  });

  it('shows the oldest review date in the footer', () => {
    const dates = [
      ...Object.values(content.organisations).map((o) => o.review.date),
      ...Object.values(content.pages).map((p) => p.review.date),
    ];
    expect(content.reviews.oldest).toBe(dates.sort()[0]);
  });

  it("asks for a role, not a person's name", () => {
    expect(() => loadContent(dir)).not.toThrow();
  });
});
