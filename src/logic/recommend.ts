// The help finder's rules (docs/ROUTING.md, numbered as cited here): a pure function
// from a situation to an ordered list of organisations. No DOM, no Preact, no content: the reasons are
// keys into content/routing.yaml.
import type { OrganisationId } from './organisations.ts';
import { recordOf } from './lists.ts';

/** Who the help finder is for: about themself, worried about someone, or a professional. */
export const roles = ['self', 'relative', 'professional'] as const;
export type Role = (typeof roles)[number];

/**
 * The situations on the help finder's checklist, in the order shown there: the least heavy first. Each
 * is a yes/no field of the Situation; content/helpfinder.yaml needs a text for each (the schema says so).
 */
export const situationItems = [
  'youngPerson', // the visitor themself is under 18 (a relative worried about a child: minorInvolved)
  'exploitation', // made to work without fair pay, or to hand over money, benefits or a care budget
  'abroad', // taken or left behind abroad, or forced to marry abroad
  'onlineImages', // intimate or private images shared or threatened online, sextortion
  'minorInvolved', // a child or young person under 18 is unsafe, neglected, abused, or kept from school or care
  'sexualViolence', // sexual violence or abuse, recent or long ago
  'suicidalThoughts', // thoughts of ending one's life (the visitor's own, or of the person they worry about)
] as const;
export type SituationItem = (typeof situationItems)[number];

/** Every yes/no field of the Situation: danger now, the checklist, and reporting. */
export const situationFlags = [
  'acuteDanger', // someone is in danger right now
  ...situationItems,
  'wantsToReport', // wants to report a crime
  'anonymous', // wants to stay anonymous
] as const;
export type SituationFlag = (typeof situationFlags)[number];

/** What recommend() decides on (docs/ROUTING.md, "The situation"). */
export type Situation = { role: Role } & Record<SituationFlag, boolean>;

/**
 * Why an organisation fits, with the organisation each reason belongs to: declared here only. The words
 * of each reason are content (content/routing.yaml).
 */
export const reasonOrganisation = {
  'acute-danger': 'alarmnummer-112',
  'danger-safe-place': 'veilig-thuis',
  'suicidal-thoughts': '113-zelfmoordpreventie',
  'minor-involved': 'veilig-thuis',
  meldcode: 'veilig-thuis',
  'professional-advice': 'veilig-thuis',
  'young-person': 'kindertelefoon',
  'sexual-violence': 'centrum-seksueel-geweld',
  'online-images': 'helpwanted',
  'report-anonymous': 'meld-misdaad-anoniem',
  report: 'politie',
  'report-support': 'slachtofferhulp',
  abroad: 'buitenlandse-zaken',
  'abroad-veilig-thuis': 'veilig-thuis',
  'coercion-in-group': 'fier-onder-controle',
  'fier-expertise': 'fier-onder-controle',
  'advice-line-self': 'veilig-thuis',
  'advice-line-relative': 'veilig-thuis',
  exploitation: 'comensha',
  'labour-exploitation': 'arbeidsinspectie',
} as const satisfies Record<string, OrganisationId>;

export type ReasonKey = keyof typeof reasonOrganisation;
/** Every reason, in the order above: content/routing.yaml needs a text for each (the schema says so). */
export const reasonKeys = Object.keys(reasonOrganisation) as ReasonKey[];

export interface Recommendation {
  organisation: OrganisationId; // the ids in organisations.ts
  urgent: boolean; // help for right now
  reason: ReasonKey; // translation key for why this fits this situation
}

/** A situation with nothing known: the start of the help finder, and the base for tests. */
export const emptySituation = (role: Role): Situation => ({ role, ...recordOf(situationFlags, () => false) });

export function recommend(situation: Situation): Recommendation[] {
  const s = situation;
  const list: Recommendation[] = [];
  const add = (reason: ReasonKey, urgent = false) => {
    const organisation = reasonOrganisation[reason];
    if (!list.some((r) => r.organisation === organisation)) list.push({ organisation, urgent, reason });
  };
  const professional = s.role === 'professional';

  // Help for right now (rules 3, 4): always before everything else. For the visitor and a relative,
  // danger now also brings Veilig Thuis, after 112 and 113: it answers day and night and, with consent,
  // can look for a safe place to stay (rule 3, amended).
  if (s.acuteDanger) add('acute-danger', true);
  if (s.suicidalThoughts) add('suicidal-thoughts', true);
  if (s.acuteDanger && !professional) add('danger-safe-place', true);

  // The meldcode route: for a professional worried about a child, Veilig Thuis comes first (rule 5).
  if (professional && s.minorInvolved) add('meldcode');

  // The specific situations, most concrete first (rules 5–10).
  if (s.minorInvolved) add('minor-involved');
  if (s.sexualViolence) add('sexual-violence');
  if (s.onlineImages) add('online-images');
  if (s.youngPerson) add('young-person');
  if (s.abroad) {
    add('abroad');
    add('abroad-veilig-thuis');
  }
  if (s.wantsToReport && s.anonymous) add('report-anonymous'); // and not the police (rule 9)
  if (s.wantsToReport && !s.anonymous) {
    add('report');
    add('report-support');
  }

  // Rule 11: for the visitor and a relative, Onder Controle is always there, first when nothing above
  // applies, and before CoMensha and the Arbeidsinspectie: money, work or a care budget handed over to
  // a group is coercion within the group first.
  if (!professional) add('coercion-in-group');
  // Rule 14: for the visitor and a relative, Veilig Thuis always, directly after Onder Controle (unless a
  // rule above placed it earlier): a chat is not enough for someone whose phone is watched or who has no
  // data, and Veilig Thuis's line answers day and night, free, and may be called anonymously.
  if (!professional) add(s.role === 'relative' ? 'advice-line-relative' : 'advice-line-self');
  if (s.exploitation) {
    add('exploitation'); // rule 13
    add('labour-exploitation');
  }
  if (professional) {
    add('professional-advice'); // rule 12: Veilig Thuis is always there for a professional
    add('fier-expertise'); // Fier's knowledge of coercion in groups, for professionals too
  }
  return list;
}
