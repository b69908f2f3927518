import type { Content } from '../types.ts';

export declare const reviews: Content['reviews'];
