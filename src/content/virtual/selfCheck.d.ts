import type { Content } from '../load.ts';

export declare const selfCheck: Content['selfCheck'];
