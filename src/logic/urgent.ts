// Which help is "for now" when something serious comes up outside the help finder: on the red-flag
// indicator pages and in the self-check's red-flag panel. Pure data, used by both.
import type { DomainId } from './domains.ts';
import type { OrganisationId } from './organisations.ts';

/**
 * The red flags a self-check question can carry (content/selfcheck/questions.yaml, `redFlag`): each
 * route needs a question for each, and each has help for now below.
 */
export const redFlags = ['violence', 'locked', 'sexual', 'suicide', 'child'] as const;
export type RedFlag = (typeof redFlags)[number];

export const urgentHelpForFlag: Record<RedFlag, OrganisationId[]> = {
  violence: ['alarmnummer-112', 'veilig-thuis'],
  locked: ['alarmnummer-112'],
  sexual: ['centrum-seksueel-geweld', 'alarmnummer-112'],
  suicide: ['113-zelfmoordpreventie'],
  child: ['veilig-thuis', 'alarmnummer-112'],
};

export const urgentHelpForDomain: Partial<Record<DomainId, OrganisationId[]>> = {
  'veiligheid-nu': ['alarmnummer-112', '113-zelfmoordpreventie', 'centrum-seksueel-geweld', 'veilig-thuis'],
  kinderen: ['veilig-thuis'],
};

/** The help for a set of red flags, each organisation once, in the order of the flags. */
export function urgentHelp(flags: readonly RedFlag[]): OrganisationId[] {
  return [...new Set(flags.flatMap((f) => urgentHelpForFlag[f]))];
}

/**
 * The first contact for a person in doubt and a relative, on every result: Onder Controle's chat, made
 * for coercion in groups, and Veilig Thuis's line, which answers day and night without mobile data
 * (docs/ROUTING.md, rules 11 and 14). In this order.
 */
export const firstContact = ['fier-onder-controle', 'veilig-thuis'] as const satisfies readonly OrganisationId[];

export interface ResultHelp {
  /** Help for right now, in the order given. */
  now: OrganisationId[];
  /** The first contact that is not already help for right now, nor already shown. */
  voice: OrganisationId[];
  /** The first contact left out because the visitor already saw it (the self-check's result). */
  seen: OrganisationId[];
}

/**
 * What a result shows first, before any reading: help for right now, then (not for a professional) the
 * first contact. `shown` are organisations an earlier screen already showed the same way.
 */
export function resultHelp(
  now: readonly OrganisationId[],
  audience: 'self' | 'relative' | 'professional',
  shown: readonly OrganisationId[] = [],
): ResultHelp {
  const rest = audience === 'professional' ? [] : firstContact.filter((id) => !now.includes(id));
  return {
    now: [...now],
    voice: rest.filter((id) => !shown.includes(id)),
    seen: rest.filter((id) => shown.includes(id)),
  };
}
