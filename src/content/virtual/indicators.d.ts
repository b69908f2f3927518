import type { Content } from '../types.ts';

export declare const indicators: Content['indicators'];
