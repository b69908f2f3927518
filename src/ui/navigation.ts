// Keeps the whole app on one history entry: a link inside the app replaces the current entry instead
// of adding one, so the quick exit's location.replace() removes the app from Back and Forward
// (docs/DECISIONS.md, "One history entry"). A link to another website replaces it too. The app's own
// "Terug" links take the place of Back.
/**
 * The link a click follows the ordinary way (a plain left click, in this tab, not a download), with its
 * address; nothing for anything else. Shared with the leave guard, so both agree on which clicks leave.
 */
export function followedLink(event: MouseEvent): { link: HTMLAnchorElement; url: URL } | undefined {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return; // new tab or window
  const link = (event.target as Element | null)?.closest?.('a[href]');
  if (!(link instanceof HTMLAnchorElement)) return;
  if ((link.target && link.target !== '_self') || link.hasAttribute('download')) return;
  return { link, url: new URL(link.href) };
}

/** Whether an address is this page itself (a link within the page, such as the skip link). */
export const samePage = (url: URL): boolean => url.pathname === location.pathname && url.search === location.search;

export function initNavigation(): void {
  document.addEventListener(
    'click',
    (event) => {
      const followed = followedLink(event);
      if (!followed) return;
      const { link, url } = followed;
      if (url.origin !== location.origin) {
        // Another website (an organisation's) takes the app's place in the tab: Back from it never
        // shows the app, and no organisation's site waits behind Forward after a quick exit.
        // tel: and the quick exit's own link keep their behaviour.
        if (!/^https?:$/.test(url.protocol) || link.closest('[data-quick-exit]')) return;
        event.preventDefault();
        location.replace(url.href);
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      if (samePage(url)) {
        // A link within the page (the skip link): move focus without a history entry.
        const target = url.hash ? document.getElementById(decodeURIComponent(url.hash.slice(1))) : null;
        target?.focus();
        target?.scrollIntoView();
        return;
      }
      location.replace(url.href);
    },
    true,
  );
}
