// publiccode.yml at the repository's root is valid against the standard's JSON Schema (vendored in
// tests/schemas/, checked with Ajv), and says what package.json and the list of languages say.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import Ajv from 'ajv';
import { defaultLang, languages } from '../../src/i18n/languages.ts';

const root = join(import.meta.dirname, '../..');
const publiccode = parseYaml(readFileSync(join(root, 'publiccode.yml'), 'utf8')) as Record<string, unknown> & {
  softwareVersion: string;
  localisation: { availableLanguages: string[] };
};
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const schema = JSON.parse(readFileSync(join(root, 'tests/schemas/publiccode.schema.json'), 'utf8')) as object;

/** Ajv with the schema's formats (uri, date, email) checked, not ignored. */
function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', (value: string) => URL.canParse(value) && /^[a-z][a-z0-9+.-]*:/i.test(value));
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('email', /^[^@\s]+@[^@\s]+\.[^@\s]+$/);
  return ajv.compile(schema);
}

describe('publiccode.yml', () => {
  it('is valid against the standard’s schema', () => {
    const validate = validator();
    expect(validate(publiccode), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('the check finds a broken file (a missing field, a wrong value)', () => {
    const validate = validator();
    const { name: _name, ...withoutName } = publiccode;
    expect(validate(withoutName)).toBe(false);
    expect(validate({ ...publiccode, developmentStatus: 'finished' })).toBe(false);
    expect(validate({ ...publiccode, url: 'not a url' })).toBe(false);
  });

  it('keeps softwareVersion equal to package.json’s version', () => {
    expect(publiccode.softwareVersion).toBe(pkg.version);
  });

  // A catalogue entry may lag behind a language just added (the README's three steps do not touch it),
  // but it never claims a language the app does not have, and always names the default one.
  it('lists only languages of src/i18n/languages.ts, the default first', () => {
    const listed = publiccode.localisation.availableLanguages;
    expect(listed[0]).toBe(defaultLang);
    expect(listed.filter((lang) => !(languages as readonly string[]).includes(lang))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });
});
