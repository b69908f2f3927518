import type { Content } from '../load.ts';

export declare const site: Content['site'];
