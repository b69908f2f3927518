import type { Content } from '../load.ts';

export declare const indicators: Content['indicators'];
