// Marks <html> with the class "offline" while the device has no connection, so prerendered pages can
// show, next to contact options, that calling still works but chat and websites do not. CSS does the
// rest (.offline-note); without JavaScript the note simply stays hidden.
export function initOnlineState(): void {
  const update = () => document.documentElement.classList.toggle('offline', !navigator.onLine);
  update();
  addEventListener('online', update);
  addEventListener('offline', update);
}
