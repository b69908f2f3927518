// Help for right now outside the help finder (src/logic/urgent.ts): on the red-flag indicator pages and
// in the self-check's red-flag panel. Which domains hold red flags is read from the self-check's questions.
import { describe, expect, it } from 'vitest';
import { questions } from 'virtual:content/questions';
import {
  domainIds,
  organisationIds,
  redFlags,
  urgentHelp,
  urgentHelpForDomain,
  urgentHelpForFlag,
  firstContact,
  resultHelp,
  showsLeavingTonight,
} from '../../src/logic/index.ts';
import type { DomainId, OrganisationId, RedFlag, ResultHelp } from '../../src/logic/index.ts';

const allQuestions = [...questions.self, ...questions.relative];
const flagsIn = (domain: DomainId) => [
  ...new Set(allQuestions.filter((q) => q.domain === domain && q.redFlag).map((q) => q.redFlag as RedFlag)),
];

describe('help for now per red flag', () => {
  it('every red flag has help for now', () => {
    expect(Object.keys(urgentHelpForFlag).sort()).toEqual([...redFlags].sort());
  });

  it.each(redFlags)('%s: known organisations, each once', (flag) => {
    const help = urgentHelpForFlag[flag];
    expect(help.length).toBeGreaterThan(0);
    expect(help.filter((id) => !organisationIds.includes(id))).toEqual([]);
    expect(new Set(help).size).toBe(help.length);
  });

  // The order decided in docs/DECISIONS.md ("Red flags and the help finder"): one entry per red flag
  // (the type check asks for a new one).
  const expected: Record<RedFlag, OrganisationId[]> = {
    violence: ['alarmnummer-112', 'veilig-thuis'],
    locked: ['alarmnummer-112'],
    sexual: ['centrum-seksueel-geweld', 'alarmnummer-112'],
    suicide: ['113-zelfmoordpreventie'],
    child: ['veilig-thuis', 'alarmnummer-112'],
  };

  it('the table has exactly the red flags', () => expect(Object.keys(expected).sort()).toEqual([...redFlags].sort()));

  it.each(redFlags)('%s → its help, in the decided order', (flag) =>
    expect(urgentHelp([flag])).toEqual(expected[flag]),
  );
});

describe('urgentHelp(): the help for several red flags', () => {
  it('nothing for no red flags', () => expect(urgentHelp([])).toEqual([]));

  it.each<RedFlag[]>([['violence', 'sexual'], ['child', 'locked', 'suicide'], [...redFlags]])(
    'each organisation once, in the order of the flags: %j',
    (...flags) => {
      const expected: OrganisationId[] = [];
      for (const id of flags.flatMap((f) => urgentHelpForFlag[f])) if (!expected.includes(id)) expected.push(id);
      expect(urgentHelp(flags)).toEqual(expected);
      expect(urgentHelp(flags).length).toBeLessThan(flags.flatMap((f) => urgentHelpForFlag[f]).length);
    },
  );
});

describe('help for now per domain (indicator pages)', () => {
  it.each(domainIds)('%s has help for now exactly when the self-check has a red flag in it', (domain) => {
    expect(urgentHelpForDomain[domain] !== undefined).toBe(flagsIn(domain).length > 0);
  });

  it.each(domainIds.filter((d) => flagsIn(d).length > 0))(
    '%s: known organisations, each once, all of them help for its red flags',
    (domain) => {
      const help = urgentHelpForDomain[domain] ?? [];
      const forFlags = urgentHelp(flagsIn(domain));
      expect(help.length).toBeGreaterThan(0);
      expect(new Set(help).size).toBe(help.length);
      expect(help.filter((id) => !forFlags.includes(id))).toEqual([]);
    },
  );
});

describe('resultHelp(): what every result shows first', () => {
  const [chat, line] = firstContact;
  it.each<[string, OrganisationId[], 'self' | 'relative' | 'professional', OrganisationId[], ResultHelp]>([
    ['someone in doubt, nothing urgent', [], 'self', [], { now: [], voice: [chat, line], seen: [] }],
    ['a relative, nothing urgent', [], 'relative', [], { now: [], voice: [chat, line], seen: [] }],
    ['a professional: no first contact of its own', [], 'professional', [], { now: [], voice: [], seen: [] }],
    [
      'danger now: the line is help for now, the chat follows',
      ['alarmnummer-112', line],
      'self',
      [],
      { now: ['alarmnummer-112', line], voice: [chat], seen: [] },
    ],
    [
      'after the self-check: what it showed is not shown again',
      [],
      'self',
      [chat, line],
      { now: [], voice: [], seen: [chat, line] },
    ],
    [
      'after the self-check, danger now: help for now is always shown',
      ['alarmnummer-112', line],
      'relative',
      [chat, line],
      { now: ['alarmnummer-112', line], voice: [], seen: [chat] },
    ],
  ])('%s', (_name, now, audience, shown, expected) => {
    expect(resultHelp(now, audience, shown)).toEqual(expected);
  });

  it('without a list of what was shown (the help finder), nothing counts as seen', () => {
    expect(resultHelp([], 'self')).toEqual({ now: [], voice: [chat, line], seen: [] });
  });

  it('the first contact is a chat and a line that answers day and night, both known organisations', () => {
    expect(firstContact.filter((id) => !organisationIds.includes(id))).toEqual([]);
    expect(new Set(firstContact).size).toBe(firstContact.length);
  });
});

describe('showsLeavingTonight(): "Moet je vannacht weg?" with danger now', () => {
  it.each<[string, 'self' | 'relative' | 'professional', boolean, RedFlag[], boolean]>([
    ['danger now, about yourself', 'self', true, [], true],
    ['danger now, a relative', 'relative', true, [], true],
    ['danger now, a professional: the meldcode route instead', 'professional', true, [], false],
    ['no danger, no flags', 'self', false, [], false],
    ['violence', 'self', false, ['violence'], true],
    ['locked up, a relative', 'relative', false, ['locked'], true],
    ['thoughts of suicide only', 'self', false, ['suicide'], false],
    ['sexual violence only (it may be long ago)', 'self', false, ['sexual'], false],
  ])('%s', (_name, audience, danger, flags, expected) => {
    expect(showsLeavingTonight(audience, danger, flags)).toBe(expected);
  });

  it('without red flags (the help finder), danger now alone decides', () => {
    expect(showsLeavingTonight('self', false)).toBe(false);
    expect(showsLeavingTonight('self', true)).toBe(true);
  });
});
