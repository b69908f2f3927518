// Every page within its JavaScript budget: what it loads before the visitor does anything, gzip, counted
// from the build's chunk list by scripts/size.mjs (the entry script and its imports, the service worker's
// registration, and an island's code, dictionary and the content it loads with it). The pages come from
// src/routes.ts. tests/browser/size.test.ts checks in Chromium that a page loads nothing this leaves out.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { allUrls } from '../../src/routes.ts';
import { islandContentOnLoad } from '../../src/content/island-parts.ts';
import { chunkGraph, fileOf, pageKb, pageScripts, PAGE_JS_BUDGET_KB, shippedScripts } from '../../scripts/size.mjs';

const dist = join(import.meta.dirname, '../../dist');

describe('JavaScript per page', () => {
  it.each(allUrls())(`%s loads at most ${PAGE_JS_BUDGET_KB} KB (gzip) before the visitor does anything`, (url) => {
    const scripts = pageScripts(fileOf(url), islandContentOnLoad, dist);
    const list = scripts.map((s) => `${s.file} ${s.gzip} B`).join(', ');
    expect(scripts.length).toBeGreaterThan(0);
    expect(pageKb(scripts), list).toBeLessThanOrEqual(PAGE_JS_BUDGET_KB);
  });

  it('counts from a chunk list that holds every script the build ships, and only those', () => {
    const listed = chunkGraph(dist).map((c) => c.file);
    expect(listed.sort()).toEqual(shippedScripts(dist).sort());
  });
});
