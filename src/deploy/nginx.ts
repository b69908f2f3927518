// The nginx configuration for a host, generated from the one policy source (src/policy.ts), for a build
// at the root ("/") or under a sub-path ("/hulpwijzer/"). Build-time code: `npm run deploy:nginx` prints
// it, deploy/nginx/hulpwijzer.conf is the root version (a unit test keeps it in step), and the browser
// tests run the real nginx with it.
import { headerRules, type HeaderRule } from '../policy.ts';
import { joinBase } from '../base-path.ts';

/** The lines a host edits; the tests put their own values here. */
export interface NginxSite {
  listen: string;
  root: string;
}

export const exampleSite: NginxSite = { listen: '80', root: '/var/www/hulpwijzer' };

const quote = (value: string) => `"${value.replace(/(["\\])/g, '\\$1')}"`;
const addHeaders = (headers: Record<string, string>, indent: string) =>
  // "always": also on the 404 page and on redirects.
  Object.entries(headers).map(([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`);

/** nginx's location for a rule's address: a final "*" is a prefix, anything else one exact address. */
const locationOf = (path: string) => (path.endsWith('*') ? `^~ ${path.slice(0, -1)}` : `= ${path}`);

/** The lines that keep visitors out of nginx's logs (docs/HOSTING.md, "Logs"). */
const noLogs = (indent: string) => [
  `${indent}access_log off; # no log of visits: an address and a page path can say who looked for help`,
  `${indent}log_not_found off; # no error line (address and path) for an address that does not exist`,
];

export function nginxConfig(base = '/', site: NginxSite = exampleSite): string {
  const rules = headerRules(base);
  const everywhere = rules.find((r) => r.path === joinBase(base, '/*')) as HeaderRule;
  const specific = rules.filter((r) => r !== everywhere);
  const inner = '        ';
  const lines = [
    `# Hulpwijzer on nginx, for a build made with HULPWIJZER_BASE=${base}.`,
    '# Generated from src/policy.ts by `npm run deploy:nginx`: regenerate it, do not edit it by hand,',
    '# except the two lines marked "edit". Include this file in the http { } block of nginx.conf.',
    'server {',
    `    listen ${site.listen}; # edit: your address and port (for HTTPS: listen 443 ssl; plus your certificate lines)`,
    `    root ${site.root}; # edit: the folder that holds the contents of dist/${base === '/' ? '' : ` under ${base.slice(1, -1)}/`}`,
    '',
    // No visitor's address, page or browser is kept: a setting here wins over any access_log in the http { }
    // block around it. Once for the server, once in the app's location, which a host under a sub-path copies
    // into a server of its own. nginx cannot leave the address out of an error line; missing files (the
    // most common error, and one that names the page asked for) are not logged at all.
    ...noLogs('    '),
    '',
    '    charset utf-8;',
    '    server_tokens off;',
    '    absolute_redirect off; # "/en" → "/en/" stays on the address the visitor used',
    '    gzip on;',
    '    gzip_vary on;',
    '    gzip_types text/css text/javascript application/javascript application/json application/manifest+json image/svg+xml;',
    `    error_page 404 ${joinBase(base, '/404.html')};`,
    '',
    `    location ^~ ${base} {`,
    '        index index.html;',
    ...noLogs(inner),
    ...addHeaders(everywhere.headers, inner),
    // Each nested location with headers of its own must repeat the ones for everywhere: nginx does not
    // add a parent's add_header lines where a location has any of its own.
    ...specific.flatMap((rule) => [
      '',
      `        location ${locationOf(rule.path)} {`,
      ...addHeaders({ ...everywhere.headers, ...rule.headers }, `${inner}    `),
      '        }',
    ]),
    '',
    `        location = ${joinBase(base, '/manifest.webmanifest')} {`,
    '            types { }',
    '            default_type application/manifest+json;',
    ...addHeaders(everywhere.headers, `${inner}    `),
    '        }',
    '',
    "        # The build's header list for other static hosts: not a page.",
    `        location = ${joinBase(base, '/_headers')} {`,
    '            return 404;',
    '        }',
    '    }',
    '}',
    '',
  ];
  return lines.join('\n');
}
