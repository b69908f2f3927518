import type { Content } from '../types.ts';

export declare const plan: Content['plan'];
