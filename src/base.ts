// Where the app lives on its host: the root of a domain ("/", the default) or a sub-path such as
// "/hulpwijzer/", set once at build time with HULPWIJZER_BASE (vite.config.ts passes it to Vite as
// `base`). Everything in src/ speaks of app paths ("/kenmerken/"); this turns them into addresses.
import { joinBase } from './base-path.ts';

/** "/" or "/hulpwijzer/": always with a slash at both ends. */
// Vite writes the value into the code it builds; in Node (vite.config.ts loading src/routes.ts) there is
// no import.meta.env, and only app paths are used there.
export const BASE: string = (import.meta.env as ImportMetaEnv | undefined)?.BASE_URL ?? '/';

/** An app path ("/kenmerken/") as the address on the host ("/hulpwijzer/kenmerken/"). */
export function withBase(path: string): string {
  return joinBase(BASE, path);
}
