// Vite plugin: validates content/ once per build and offers it to the app as `virtual:content`, plain
// data with no validation code. A content error stops the build with the file, the path and the problem.
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { loadContent } from './load.ts';

const ID = 'virtual:content';
const RESOLVED = `\0${ID}`;

export function contentPlugin(dir = resolve(import.meta.dirname, '../../content')): Plugin {
  return {
    name: 'hulpwijzer-content',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const content = loadContent(dir); // throws ContentError with every problem listed
      // Named exports, so a page that needs only organisations does not pull in the questions.
      return Object.entries(content)
        .map(([name, value]) => `export const ${name} = /*#__PURE__*/ JSON.parse(${JSON.stringify(JSON.stringify(value))});`)
        .join('\n');
    },
  };
}
