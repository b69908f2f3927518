import type { Content } from '../types.ts';

export declare const pages: Content['pages'];
