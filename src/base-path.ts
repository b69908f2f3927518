// The one rule for putting an app path under the base ("/" or "/hulpwijzer/"). Pure, so build-time code
// (src/policy.ts, vite.config.ts) and browser code (src/base.ts) share it.
export function joinBase(base: string, path: string): string {
  return base + path.replace(/^\//, '');
}

/** A base as HULPWIJZER_BASE may give it: "/" or "/a-path/" (lowercase letters, digits, dashes). */
export function baseProblem(base: string): string | undefined {
  return /^\/([a-z0-9-]+\/)*$/.test(base)
    ? undefined
    : `HULPWIJZER_BASE moet "/" zijn of een pad als "/hulpwijzer/" (begint en eindigt met "/"), niet "${base}"`;
}
