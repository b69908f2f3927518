import type { Content } from '../load.ts';

export declare const routing: Content['routing'];
