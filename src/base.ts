// Where the app lives on its host: the root of a domain ("/", the default) or a sub-path such as
// "/hulpwijzer/", set once at build time with HULPWIJZER_BASE (vite.config.ts passes it to Vite as
// `base`). Everything in src/ speaks of app paths ("/kenmerken/"); this turns them into addresses.
import { joinBase } from './base-path.ts';

/** "/" or "/hulpwijzer/": always with a slash at both ends. */
// vite.config.ts and vitest.config.ts write the value into the code (`define`; Vitest always says "/" for
// import.meta.env.BASE_URL, so the tests of a sub-path build would not know it). Where nothing defines it
// (vite.config.ts itself loading src/routes.ts), only app paths are used, and "/" is right.
declare const __HULPWIJZER_BASE__: string | undefined;
export const BASE: string = typeof __HULPWIJZER_BASE__ === 'string' ? __HULPWIJZER_BASE__ : '/';

/** An app path ("/kenmerken/") as the address on the host ("/hulpwijzer/kenmerken/"). */
export function withBase(path: string): string {
  return joinBase(BASE, path);
}
