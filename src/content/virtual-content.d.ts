// Types of `virtual:content`, the validated content that src/content/plugin.ts provides at build time.
// tsconfig.json maps the module name here ("paths").
import type { Content } from './load.ts';

export declare const site: Content['site'];
export declare const pages: Content['pages'];
export declare const organisations: Content['organisations'];
export declare const routing: Content['routing'];
export declare const indicators: Content['indicators'];
export declare const questions: Content['questions'];
export declare const helpFinder: Content['helpFinder'];
