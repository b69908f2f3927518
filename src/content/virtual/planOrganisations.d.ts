import type { Content } from '../types.ts';

export declare const planOrganisations: Content['planOrganisations'];
