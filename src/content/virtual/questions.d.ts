import type { Content } from '../types.ts';

export declare const questions: Content['questions'];
