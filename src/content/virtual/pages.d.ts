import type { Content } from '../load.ts';

export declare const pages: Content['pages'];
