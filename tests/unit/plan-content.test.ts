// The plan's content contract (content/plan/): broken content names the file, the place and the
// problem; every fact has a dated source; the leaving-tonight block never restates a number.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadContent } from '../../src/content/load.ts';
import { contentProblems, contentWith, realContent } from './content-fixture.ts';
import { defaultLang, languages } from '../../src/i18n/languages.ts';
import * as logic from '../../src/logic/plan.ts';

const stepIds = (list: ReadonlyArray<{ id: string }>) => list.map((s) => s.id);
import { leavingTonightHelp, planPhases } from '../../src/logic/plan.ts';
import { dictionaries } from '../../src/i18n/all.ts';
import { neverSay } from '../../src/content/readability.ts';

const steps = 'plan/steps.yaml';
const texts = 'plan/texts.yaml';
/** Parsed YAML, edited freely: the point is to break it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Yaml = any;
/** Changes the parsed YAML of a file. */
const edit = (change: (data: Record<string, Yaml>) => void) => (text: string) => {
  const data = parse(text) as Record<string, Yaml>;
  change(data);
  return stringify(data);
};
const messages = (dir: string) => contentProblems(dir).map((p) => `${p.file} → ${p.path}: ${p.message}`);

describe('the plan content contract refuses', () => {
  it.each<[string, string, (t: string) => string, RegExp]>([
    [
      'a fact whose source is not listed',
      steps,
      edit((d) => (d.steps.find((s: Yaml) => s.facts).facts[0].source = 'nergens')),
      /content\/plan\/steps\.yaml → steps\[\d+\]\.facts\[0\]\.source: bron "nergens" staat niet bij "sources"/,
    ],
    [
      'a source nothing uses',
      steps,
      edit((d) => (d.sources.ongebruikt = { name: 'Iets', url: 'https://example.org/', date: '2024' })),
      /steps\.yaml → sources\.ongebruikt: deze bron wordt nergens gebruikt/,
    ],
    [
      'an undated source without the day it was read',
      steps,
      edit((d) => delete (Object.values(d.sources).find((s: Yaml) => s.date === 'ongedateerd') as Yaml).read),
      /steps\.yaml → sources\.[\w-]+\.read: een bron zonder datum/,
    ],
    [
      'an unknown phase',
      steps,
      edit((d) => (d.steps[0].phases = ['ergens'])),
      /steps\.yaml → steps\[0\]\.phases\[0\]: "ergens" is geen fase van het plan/,
    ],
    [
      'an unknown topic',
      steps,
      edit((d) => (d.steps[0].topics = ['roem'])),
      /steps\.yaml → steps\[0\]\.topics\[0\]: "roem" is geen onderwerp van het plan/,
    ],
    [
      'a step id twice',
      steps,
      edit((d) => (d.steps[1].id = d.steps[0].id)),
      /steps\.yaml → steps\[1\]\.id: "[\w-]+" komt twee keer voor/,
    ],
    [
      'an anchor that does not exist',
      steps,
      edit((d) => (d.steps[0].after = 'geen-stap')),
      /steps\.yaml → steps\[0\]\.after: stap "geen-stap" bestaat niet/,
    ],
    [
      'a phase without steps',
      steps,
      edit(
        (d) =>
          (d.steps = d.steps.filter(
            (s: Yaml) =>
              !s.phases.includes('relative') || (s.phases = s.phases.filter((p: string) => p !== 'relative')).length,
          )),
      ),
      /steps\.yaml → steps: fase "relative" heeft geen stappen/,
    ],
    ['an English text missing', steps, edit((d) => delete d.steps[0].why.en), /steps\.yaml → steps\[0\]\.why\.en/],
    ['a missing review date', steps, edit((d) => delete d.review), /steps\.yaml → review/],
    ['a phase without a label', texts, edit((d) => delete d.phases.leaveNow), /texts\.yaml → phases\.leaveNow/],
    ['a priority without a text', texts, edit((d) => delete d.priorities.money), /texts\.yaml → priorities\.money/],
    [
      'a leaving-tonight fact without a listed source',
      texts,
      edit((d) => (d.leavingTonight.sleep[0].source = 'nergens')),
      /texts\.yaml → leavingTonight\.sleep\[0\]\.source: bron "nergens" staat niet/,
    ],
  ])('%s, naming the file, the place and the problem', (_name, file, change, expected) => {
    expect(messages(contentWith(file, change)).join('\n')).toMatch(expected);
  });
});

describe('the plan content as it is', () => {
  const content = loadContent(realContent);
  it('states every fact with a source that has a date or says when it was read', () => {
    const facts = [
      ...content.plan.steps.flatMap((s) => (s.facts ?? []).map((f) => ({ ...f, sources: content.plan.sources }))),
      ...[...content.planTexts.leavingTonight.facts, ...content.planTexts.leavingTonight.sleep].map((f) => ({
        ...f,
        sources: content.planTexts.sources,
      })),
    ];
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) {
      const source = f.sources[f.source];
      expect(source, f.source).toBeDefined();
      expect(source!.date === 'ongedateerd' ? source!.read : source!.date, f.source).toMatch(/^\d{4}/);
    }
  });

  it('restates no phone number in the plan: numbers come from the organisations, as call buttons', () => {
    const numbers = leavingTonightHelp.flatMap((id) =>
      content.organisations[id].contact.filter((c) => c.type === 'phone').map((c) => c.value),
    );
    const all = JSON.stringify([content.plan, content.planTexts]);
    // 112 may be named in words ("Bel 112"); the other numbers never.
    for (const n of numbers.filter((n) => n.replace(/\D/g, '').length > 3)) expect(all).not.toContain(n);
    expect(numbers.length).toBeGreaterThan(0);
  });

  // Saying that nothing here tells you to leave is allowed (the first screen does); telling it is not.
  it.each(languages)('never tells anyone to leave or sets a deadline, in %s', (lang) => {
    // Each language names its own words for it, in its dictionary (`language.neverPush`).
    const never = neverSay(dictionaries()[lang].language.neverPush);
    const strings: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          if (k === lang) strings.push(...[x].flat().map(String));
          else walk(x);
        }
    };
    walk([content.plan.steps, content.planTexts]);
    expect(strings.length).toBeGreaterThan(50);
    expect(strings.filter((s) => never.test(s))).toEqual([]);
  });

  it('gives every phase a label and at least one step', () => {
    for (const phase of planPhases) {
      expect(content.planTexts.phases[phase].label[defaultLang].length).toBeGreaterThan(0);
      expect(content.plan.steps.some((s) => s.phases.includes(phase))).toBe(true);
    }
  });

  it('loads only the organisations the plan names into its island part', () => {
    const named = new Set([...leavingTonightHelp, ...content.plan.steps.flatMap((s) => s.organisations ?? [])]);
    expect(Object.keys(content.planOrganisations).sort()).toEqual([...named].sort());
  });
});

describe('the real content follows the rules', () => {
  const content = loadContent(realContent);
  it.each(logic.planPhases)('%s has steps, and every step stays reachable whatever is chosen', (phase) => {
    const visible = logic.visibleSteps(content.plan.steps, phase);
    expect(visible.length).toBeGreaterThan(0);
    const all = logic.orderSteps(content.plan.steps, phase, [...logic.planPriorities]);
    expect(all.length).toBe(visible.length);
  });

  it('every anchored step comes after its anchor in every phase, whatever is chosen first', () => {
    for (const phase of logic.planPhases) {
      for (const priority of logic.planPriorities) {
        const order = stepIds(logic.orderSteps(content.plan.steps, phase, [priority]));
        for (const s of content.plan.steps.filter((x) => x.after && order.includes(x.id) && order.includes(x.after))) {
          expect(order.indexOf(s.id), `${s.id} in ${phase} with ${priority}`).toBeGreaterThan(order.indexOf(s.after!));
        }
      }
    }
  });
});
