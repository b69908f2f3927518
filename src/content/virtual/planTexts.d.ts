import type { Content } from '../types.ts';

export declare const planTexts: Content['planTexts'];
