import type { Content } from '../types.ts';

export declare const routing: Content['routing'];
