// The routing contract (ROUTING.md), rule by rule: first as properties over every combination of
// answers for every role, then as tables of concrete situations with the exact order expected.
import { describe, expect, it } from 'vitest';
import {
  emptySituation,
  recommend,
  roles,
  situationFlags as flags,
  situationItems,
  type OrganisationId,
  type Role,
  type Situation,
  type SituationItem,
} from '../../src/logic/index.ts';

/** Every situation there is: 3 roles × 2^10 combinations of answers (the lists in src/logic, however long). */
const everySituation: Situation[] = roles.flatMap((role) =>
  Array.from({ length: 2 ** flags.length }, (_, bits) => {
    const s = emptySituation(role);
    flags.forEach((flag, i) => (s[flag] = Boolean(bits & (1 << i))));
    return s;
  }),
);

const ids = (s: Situation) => recommend(s).map((r) => r.organisation);
const situation = (role: Role, set: Partial<Situation> = {}): Situation => ({ ...emptySituation(role), ...set });

describe('recommend(): rules that hold for every situation', () => {
  const rule = (name: string, holds: (s: Situation, list: ReturnType<typeof recommend>) => boolean) =>
    it(name, () => {
      const broken = everySituation.filter((s) => !holds(s, recommend(s)));
      expect(broken.slice(0, 3)).toEqual([]);
    });

  rule(
    '1. the list is never empty and names each organisation once',
    (_s, list) => list.length > 0 && new Set(list.map((r) => r.organisation)).size === list.length,
  );
  rule(
    '2. urgent recommendations come before all others',
    (_s, list) =>
      list.findIndex((r) => !r.urgent) === -1 || list.slice(list.findIndex((r) => !r.urgent)).every((r) => !r.urgent),
  );
  rule('3. danger now: 112 first and urgent; without it, no 112', (s, list) =>
    s.acuteDanger
      ? list[0]?.organisation === 'alarmnummer-112' && list[0].urgent
      : !list.some((r) => r.organisation === 'alarmnummer-112'),
  );
  rule('3. danger now, self or relative: Veilig Thuis urgent, directly after 112 and 113', (s, list) => {
    if (!s.acuteDanger || s.role === 'professional') return true;
    const i = list.findIndex((r) => r.organisation === 'veilig-thuis');
    return list[i]?.urgent === true && i === (s.suicidalThoughts ? 2 : 1);
  });
  rule('4. thoughts of suicide: 113, urgent, first or second after 112', (s, list) => {
    const i = list.findIndex((r) => r.organisation === '113-zelfmoordpreventie');
    return s.suicidalThoughts ? list[i]?.urgent === true && i === (s.acuteDanger ? 1 : 0) : i === -1;
  });
  rule(
    '5. a child involved: Veilig Thuis; for a professional, the first non-urgent one',
    (s, list) =>
      !s.minorInvolved ||
      (list.some((r) => r.organisation === 'veilig-thuis') &&
        (s.role !== 'professional' || list.find((r) => !r.urgent)?.organisation === 'veilig-thuis')),
  );
  rule(
    '6. a young visitor: De Kindertelefoon',
    (s, list) => !s.youngPerson || list.some((r) => r.organisation === 'kindertelefoon'),
  );
  rule(
    '7. sexual violence: Centrum Seksueel Geweld',
    (s, list) => !s.sexualViolence || list.some((r) => r.organisation === 'centrum-seksueel-geweld'),
  );
  rule(
    '8. online images: Helpwanted',
    (s, list) => !s.onlineImages || list.some((r) => r.organisation === 'helpwanted'),
  );
  rule(
    '9. reporting anonymously: Meld Misdaad Anoniem and not the police; with a name: police and Slachtofferhulp',
    (s, list) => {
      const has = (id: string) => list.some((r) => r.organisation === id);
      if (!s.wantsToReport) return !has('meld-misdaad-anoniem') && !has('politie');
      return s.anonymous
        ? has('meld-misdaad-anoniem') && !has('politie')
        : has('politie') && has('slachtofferhulp') && !has('meld-misdaad-anoniem');
    },
  );
  rule(
    '10. abroad: Buitenlandse Zaken and Veilig Thuis',
    (s, list) =>
      !s.abroad ||
      (list.some((r) => r.organisation === 'buitenlandse-zaken') &&
        list.some((r) => r.organisation === 'veilig-thuis')),
  );
  rule('11. self or relative: Fier Onder Controle always; first when nothing else applies', (s, list) => {
    if (s.role === 'professional') return true;
    const none = flags.every((f) => !s[f]);
    return (
      list.some((r) => r.organisation === 'fier-onder-controle') &&
      (!none || list[0]?.organisation === 'fier-onder-controle')
    );
  });
  rule(
    '12. a professional: Veilig Thuis always',
    (s, list) => s.role !== 'professional' || list.some((r) => r.organisation === 'veilig-thuis'),
  );
  rule('11. self or relative: Fier Onder Controle before CoMensha and the Arbeidsinspectie', (s, list) => {
    if (s.role === 'professional') return true;
    const at = (id: string) => list.findIndex((r) => r.organisation === id);
    return ['comensha', 'arbeidsinspectie'].every((id) => at(id) === -1 || at('fier-onder-controle') < at(id));
  });
  rule(
    '13. exploitation: CoMensha and the Arbeidsinspectie',
    (s, list) =>
      !s.exploitation ||
      (list.some((r) => r.organisation === 'comensha') && list.some((r) => r.organisation === 'arbeidsinspectie')),
  );
  rule('14. self or relative: Veilig Thuis always, directly after Onder Controle unless placed earlier', (s, list) => {
    if (s.role === 'professional') return true;
    const at = (id: string) => list.findIndex((r) => r.organisation === id);
    const vt = at('veilig-thuis');
    return vt !== -1 && (vt < at('fier-onder-controle') || vt === at('fier-onder-controle') + 1);
  });
  rule('14. self or relative: Veilig Thuis with the reason that speaks to this visitor', (s, list) => {
    const vt = list.find((r) => r.organisation === 'veilig-thuis');
    if (s.role === 'professional' || !vt || vt.urgent || s.minorInvolved || s.abroad) return true;
    return vt.reason === (s.role === 'relative' ? 'advice-line-relative' : 'advice-line-self');
  });
  rule('only help for right now is urgent', (s, list) =>
    list.every(
      (r) =>
        r.urgent ===
        (['alarmnummer-112', '113-zelfmoordpreventie'].includes(r.organisation) ||
          (r.organisation === 'veilig-thuis' && s.acuteDanger && s.role !== 'professional')),
    ),
  );
});

describe('recommend(): situations and the exact order', () => {
  it.each<[string, Situation, string[]]>([
    ['someone in doubt, nothing else known', situation('self'), ['fier-onder-controle', 'veilig-thuis']],
    ['a relative, nothing else known', situation('relative'), ['fier-onder-controle', 'veilig-thuis']],
    ['a professional, nothing else known', situation('professional'), ['veilig-thuis', 'fier-onder-controle']],
    [
      'danger now',
      situation('self', { acuteDanger: true }),
      ['alarmnummer-112', 'veilig-thuis', 'fier-onder-controle'],
    ],
    [
      'danger now and thoughts of suicide',
      situation('relative', { acuteDanger: true, suicidalThoughts: true }),
      ['alarmnummer-112', '113-zelfmoordpreventie', 'veilig-thuis', 'fier-onder-controle'],
    ],
    [
      'thoughts of suicide only',
      situation('self', { suicidalThoughts: true }),
      ['113-zelfmoordpreventie', 'fier-onder-controle', 'veilig-thuis'],
    ],
    [
      'a professional worried about a child',
      situation('professional', { minorInvolved: true }),
      ['veilig-thuis', 'fier-onder-controle'],
    ],
    [
      'a professional, child and sexual violence, danger now',
      situation('professional', { minorInvolved: true, sexualViolence: true, acuteDanger: true }),
      ['alarmnummer-112', 'veilig-thuis', 'centrum-seksueel-geweld', 'fier-onder-controle'],
    ],
    [
      'a young person with images online',
      situation('self', { youngPerson: true, onlineImages: true }),
      ['helpwanted', 'kindertelefoon', 'fier-onder-controle', 'veilig-thuis'],
    ],
    [
      'wants to report, anonymously',
      situation('self', { wantsToReport: true, anonymous: true }),
      ['meld-misdaad-anoniem', 'fier-onder-controle', 'veilig-thuis'],
    ],
    [
      'wants to report, with a name',
      situation('relative', { wantsToReport: true }),
      ['politie', 'slachtofferhulp', 'fier-onder-controle', 'veilig-thuis'],
    ],
    [
      'anonymous without wanting to report',
      situation('self', { anonymous: true }),
      ['fier-onder-controle', 'veilig-thuis'],
    ],
    [
      'left behind abroad',
      situation('self', { abroad: true }),
      ['buitenlandse-zaken', 'veilig-thuis', 'fier-onder-controle'],
    ],
    [
      'a child and abroad: Veilig Thuis once',
      situation('relative', { minorInvolved: true, abroad: true }),
      ['veilig-thuis', 'buitenlandse-zaken', 'fier-onder-controle'],
    ],
    [
      'made to work without pay',
      situation('self', { exploitation: true }),
      ['fier-onder-controle', 'veilig-thuis', 'comensha', 'arbeidsinspectie'],
    ],
    [
      'a relative whose family member hands a care budget to the group',
      situation('relative', { exploitation: true }),
      ['fier-onder-controle', 'veilig-thuis', 'comensha', 'arbeidsinspectie'],
    ],
    [
      'a professional, exploitation',
      situation('professional', { exploitation: true }),
      ['comensha', 'arbeidsinspectie', 'veilig-thuis', 'fier-onder-controle'],
    ],
  ])('%s', (_name, s, expected) => expect(ids(s)).toEqual(expected));

  it('gives the reason that belongs to each case', () => {
    expect(recommend(situation('professional', { minorInvolved: true }))[0]).toEqual({
      organisation: 'veilig-thuis',
      urgent: false,
      reason: 'meldcode',
    });
    expect(recommend(situation('relative', { minorInvolved: true }))[0]?.reason).toBe('minor-involved');
    expect(recommend(situation('self', { wantsToReport: true, anonymous: true }))[0]?.reason).toBe('report-anonymous');
    expect(recommend(situation('self', { acuteDanger: true }))[1]).toEqual({
      organisation: 'veilig-thuis',
      urgent: true,
      reason: 'danger-safe-place',
    });
    expect(recommend(situation('self'))[1]?.reason).toBe('advice-line-self');
    expect(recommend(situation('relative'))[1]?.reason).toBe('advice-line-relative');
  });
});

describe('recommend(): every item of the checklist on its own', () => {
  // The specification, one entry per item (the type check asks for a new one): what a person in doubt and
  // a professional are offered when only this item is ticked.
  const fier = 'fier-onder-controle';
  const vt = 'veilig-thuis';
  const alone: Record<SituationItem, { self: OrganisationId[]; professional: OrganisationId[] }> = {
    youngPerson: { self: ['kindertelefoon', fier, vt], professional: ['kindertelefoon', 'veilig-thuis', fier] },
    exploitation: {
      self: [fier, vt, 'comensha', 'arbeidsinspectie'],
      professional: ['comensha', 'arbeidsinspectie', 'veilig-thuis', fier],
    },
    abroad: {
      self: ['buitenlandse-zaken', 'veilig-thuis', fier],
      professional: ['buitenlandse-zaken', 'veilig-thuis', fier],
    },
    onlineImages: { self: ['helpwanted', fier, vt], professional: ['helpwanted', 'veilig-thuis', fier] },
    minorInvolved: { self: ['veilig-thuis', fier], professional: ['veilig-thuis', fier] },
    sexualViolence: {
      self: ['centrum-seksueel-geweld', fier, vt],
      professional: ['centrum-seksueel-geweld', 'veilig-thuis', fier],
    },
    suicidalThoughts: {
      self: ['113-zelfmoordpreventie', fier, vt],
      professional: ['113-zelfmoordpreventie', 'veilig-thuis', fier],
    },
  };

  it('the table has exactly the items of the checklist', () => {
    expect(Object.keys(alone).sort()).toEqual([...situationItems].sort());
  });

  it.each(situationItems)('%s', (item) => {
    const self = ids(situation('self', { [item]: true }));
    const professional = ids(situation('professional', { [item]: true }));
    expect({ self, professional }).toEqual(alone[item]);
  });

  const everyRoleAndItem = roles.flatMap((role) => situationItems.map((item) => [role, item] as const));
  it.each(everyRoleAndItem)('%s, %s: changes the advice', (role, item) => {
    expect(recommend(situation(role, { [item]: true }))).not.toEqual(recommend(situation(role)));
  });
});
