import type { Content } from '../types.ts';

export declare const site: Content['site'];
