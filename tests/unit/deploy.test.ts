// The nginx configuration a host gets is made from src/policy.ts, never edited by hand: the committed
// file must be what the generator makes, and every header of the policy must be in it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nginxConfig } from '../../src/deploy/nginx.ts';
import { headerRules } from '../../src/policy.ts';

const committed = readFileSync(join(import.meta.dirname, '../../deploy/nginx/hulpwijzer.conf'), 'utf8');

describe('deploy/nginx/hulpwijzer.conf', () => {
  it('is what `npm run deploy:nginx` makes from src/policy.ts (run it again after changing the policy)', () => {
    expect(committed).toBe(nginxConfig('/'));
  });

  it.each(['/', '/hulpwijzer/'])('for base %s, sends every header of the policy on every address it covers', (base) => {
    const config = nginxConfig(base);
    for (const rule of headerRules(base)) {
      const location = rule.path.endsWith('*')
        ? `location ^~ ${rule.path.slice(0, -1)} {`
        : `location = ${rule.path} {`;
      const block = config.slice(config.indexOf(location));
      for (const [name, value] of Object.entries(rule.headers)) {
        expect(block, `${rule.path}: ${name}`).toContain(`add_header ${name} "${value.replace(/"/g, '\\"')}" always;`);
      }
    }
    expect(config).toContain(`error_page 404 ${base}404.html;`);
  });

  it.each(['/', '/hulpwijzer/'])(
    'for base %s, logs no visit, also in the location a host copies into a server of its own',
    (base) => {
      const location = nginxConfig(base).split(`location ^~ ${base} {`)[1] ?? '';
      for (const line of ['access_log off;', 'log_not_found off;']) {
        expect(nginxConfig(base), line).toMatch(new RegExp(`^    ${line}`, 'm'));
        expect(location, line).toMatch(new RegExp(`^        ${line}`, 'm'));
      }
    },
  );

  it('leaves a host only the listen and root lines to edit', () => {
    expect(
      committed
        .split('\n')
        .filter((line) => line.includes('# edit:'))
        .map((line) => line.trim().split(' ')[0]),
    ).toEqual(['listen', 'root']);
  });
});
