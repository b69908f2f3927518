import type { Content } from '../types.ts';

export declare const organisations: Content['organisations'];
