import type { Content } from '../load.ts';

export declare const helpFinder: Content['helpFinder'];
