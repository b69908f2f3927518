// Interactive parts of a page ("islands") hydrate here; the rest of every page stays static HTML.
// Each island loads only its own code. Filled in by the help finder and self-check features.
const loaders: Record<string, () => Promise<{ mount: (el: HTMLElement) => void }>> = {};

export function hydrateIslands(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-island]')) {
    const load = loaders[el.dataset.island ?? ''];
    if (load) void load().then((m) => m.mount(el));
  }
}
