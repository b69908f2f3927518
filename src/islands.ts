// Interactive parts of a page ("islands") load here; the rest of every page stays static HTML.
// Each island loads only its own code, and renders over a prerendered fallback that works without
// JavaScript (docs/DECISIONS.md, "Islands render, they do not hydrate").
const loaders: Record<string, () => Promise<{ mount: (el: HTMLElement) => void }>> = {
  'help-finder': () => import('./features/help-finder/mount.tsx'),
  'self-check': () => import('./features/self-check/mount.tsx'),
  consultation: () => import('./features/consultation/mount.tsx'),
};

export function hydrateIslands(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-island]')) {
    const load = loaders[el.dataset.island ?? ''];
    if (load) void load().then((m) => m.mount(el));
  }
}
