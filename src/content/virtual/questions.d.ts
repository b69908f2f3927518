import type { Content } from '../load.ts';

export declare const questions: Content['questions'];
