import type { Content } from '../types.ts';

export declare const selfCheck: Content['selfCheck'];
