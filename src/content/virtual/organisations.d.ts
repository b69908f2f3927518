import type { Content } from '../load.ts';

export declare const organisations: Content['organisations'];
