// The report of the last accessibility run: tests/browser/accessibility.test.ts writes it when every
// engine passed on every screen it checks, the build reads it (vite.config.ts) and the accessibility
// statement shows its date and tools. It is not committed: a fresh clone builds without it, and then
// the statement says that no run is known (docs/DECISIONS.md, "The accessibility statement shows the
// last run of the engines"). Build time and tests only: zod never ships.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { AccessibilityRun } from './policy.ts';

/** Where the report lives, from the project's root. */
export const A11Y_RUN_FILE = 'reports/a11y-run.json';

/** The report's shape (AccessibilityRun in src/policy.ts says what each field means). */
export const a11yRunSchema = z.strictObject({
  date: z.iso.date(),
  tools: z.array(z.strictObject({ name: z.string().min(1), version: z.string().min(1) })).min(1),
  pages: z.array(z.string().min(1)).min(1),
  passed: z.literal(true),
}) satisfies z.ZodType<AccessibilityRun>;

/** The report under `root`, or null when there is none; a broken one stops the build, naming file and field. */
export function readA11yRun(root: string): AccessibilityRun | null {
  const file = join(root, A11Y_RUN_FILE);
  if (!existsSync(file)) return null;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${A11Y_RUN_FILE}: not valid JSON: ${(error as Error).message}`);
  }
  const result = a11yRunSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${A11Y_RUN_FILE}: ${i.path.join('.') || '(top)'}: ${i.message}`);
    throw new Error(
      `The accessibility run's report is broken (delete it, or run the test again):\n${problems.join('\n')}`,
    );
  }
  return result.data;
}

/** Writes the report under `root` (checked against the schema first). */
export function writeA11yRun(root: string, run: AccessibilityRun): void {
  const file = join(root, A11Y_RUN_FILE);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(a11yRunSchema.parse(run), null, 2)}\n`);
}
