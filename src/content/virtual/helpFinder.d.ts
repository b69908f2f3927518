import type { Content } from '../types.ts';

export declare const helpFinder: Content['helpFinder'];
