// Vite plugin: validates content/ once per build and offers it to the app as `virtual:content`, plain
// data with no validation code. A content error stops the build with the file, the path and the problem.
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { loadContent, type Content } from './load.ts';

// One module per part (virtual:content/organisations, …): a shared chunk holds whole modules, so a
// page that needs the organisations must not pull in the questions, or the prerender-only pages.
const PREFIX = 'virtual:content/';
const RESOLVED = `\0${PREFIX}`;

export function contentPlugin(dir = resolve(import.meta.dirname, '../../content')): Plugin {
  let content: Content | undefined;
  return {
    name: 'hulpwijzer-content',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const name = id.slice(RESOLVED.length) as keyof Content;
      content ??= loadContent(dir); // throws ContentError with every problem listed
      if (!(name in content)) throw new Error(`virtual:content/${name} does not exist`);
      return `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(content[name]))});`;
    },
    buildStart() {
      content = undefined; // read content/ afresh for every build
    },
  };
}
