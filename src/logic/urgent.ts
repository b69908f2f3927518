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

/**
 * Where "Voor naasten" names help, a way to reach it near the top: the first contact, then 113 and 112
 * for the moments the page names them (someone thinks of suicide; danger now).
 */
export const relativesContacts = [
  ...firstContact,
  '113-zelfmoordpreventie',
  'alarmnummer-112',
] as const satisfies readonly OrganisationId[];

/**
 * The red flags of the self-check that mean someone may have to get away now (violence, being locked
 * up): the result then shows "Moet je vannacht weg?", as the help finder does for danger now.
 */
export const leavingFlags = ['violence', 'locked'] as const satisfies readonly RedFlag[];

/** Whether a result shows "Moet je vannacht weg?": danger now, for the visitor or a relative. */
export function showsLeavingTonight(
  audience: 'self' | 'relative' | 'professional',
  danger: boolean,
  flags: readonly RedFlag[] = [],
): boolean {
  return audience !== 'professional' && (danger || flags.some((f) => (leavingFlags as readonly RedFlag[]).includes(f)));
}

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
