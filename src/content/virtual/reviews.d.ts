import type { Content } from '../load.ts';

export declare const reviews: Content['reviews'];
