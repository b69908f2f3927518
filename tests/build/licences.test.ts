// The build carries the licence of every package whose code ships (dist/licences.txt), and every such
// package is a runtime dependency in package.json, so an audit of `dependencies` sees what ships.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LICENCES_FILE } from '../../scripts/licences.ts';

const root = join(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const notice = readFileSync(join(dist, LICENCES_FILE), 'utf8');
/** "name version (licence)" lines at the top of the notice. */
const listed = [...notice.matchAll(/^- (\S+) (\S+) \((.+)\)$/gm)].map((m) => m[1]!);
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { dev?: boolean }>;
};
/** The bundler's own small helpers (module preloading, its runtime) ship without being a dependency. */
const bundlerHelpers = new Set(['vite', 'rolldown']);

/** Workbox marks each of its modules in the code with "workbox:<module>:<version>". */
function workboxModulesIn(code: string): string[] {
  return [...new Set([...code.matchAll(/workbox:([a-z-]+):\d/g)].map((m) => `workbox-${m[1]}`))];
}

describe(`dist/${LICENCES_FILE}`, () => {
  it('lists, with its licence text, every Workbox module in the service worker and the pages', () => {
    const code = [
      readFileSync(join(dist, 'sw.js'), 'utf8'),
      ...readdirSync(join(dist, 'assets'))
        .filter((f) => f.endsWith('.js'))
        .map((f) => readFileSync(join(dist, 'assets', f), 'utf8')),
    ].join('\n');
    const shipped = workboxModulesIn(code);
    expect(shipped.length).toBeGreaterThan(2);
    for (const name of shipped) {
      expect(listed, name).toContain(name);
      expect(notice).toMatch(new RegExp(`^${name} \\S+ \\(.+\\)\\n\\n.*(Permission|License)`, 'ms'));
    }
  });

  it('lists Preact, whose code is in every page', () => {
    expect(listed).toContain('preact');
  });

  it('lists only packages that are runtime dependencies, not development tools', () => {
    for (const name of listed.filter((n) => !bundlerHelpers.has(n))) {
      const entry = lock.packages[`node_modules/${name}`];
      expect(entry, name).toBeDefined();
      expect(entry?.dev ?? false, `${name} ships but is a devDependency`).toBe(false);
    }
  });
});
