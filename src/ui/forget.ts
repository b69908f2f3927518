// Everything the visitor entered lives in memory only. Features register how to forget it; the quick
// exit, "Alles wissen" and a page restored from the back/forward cache call forgetAll().
const forgetters = new Set<() => void>();

export function onForget(forget: () => void): () => void {
  forgetters.add(forget);
  return () => forgetters.delete(forget);
}

export function forgetAll(): void {
  for (const forget of forgetters) {
    try {
      forget();
    } catch {
      // Forgetting must never stop an exit.
    }
  }
  for (const form of document.querySelectorAll('form')) form.reset();
}
