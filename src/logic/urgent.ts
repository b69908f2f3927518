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
