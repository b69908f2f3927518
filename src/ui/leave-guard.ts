// Nothing is lost by moving around inside the app. While a questionnaire holds answers, the page's
// "Terug" link goes one step back inside it, and any other link to a page of the app first asks,
// inline (never a modal dialog: it would make the quick exit unreachable). The quick exit never asks.
// Loaded with the islands only; the page's one script (navigation.ts) handles every other link.
import type { T } from '../i18n/index.ts';

export interface Flow {
  /** Whether leaving now would lose answers. */
  hasWork: () => boolean;
  /** One step back inside the flow; false on its first step. */
  back: () => boolean;
}

const flows: Flow[] = []; // innermost last (the help finder inside the self-check)
let installed: ((event: MouseEvent) => void) | undefined;
let panel: HTMLElement | undefined;

/** A flow takes part while it is on the page; returns the function that removes it. */
export function guardFlow(flow: Flow, t: T): () => void {
  flows.push(flow);
  if (!installed) {
    installed = (event) => onClick(event, t);
    // Window, capture phase: before navigation.ts's document listener turns the click into a navigation.
    addEventListener('click', installed, true);
  }
  return () => {
    flows.splice(flows.indexOf(flow), 1);
    if (flows.length === 0 && installed) {
      removeEventListener('click', installed, true);
      installed = undefined;
      closePanel();
    }
  };
}

/** A link to another page of this app, followed the ordinary way (no new tab, no modifier keys). */
function appLink(event: MouseEvent): HTMLAnchorElement | undefined {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return;
  const link = (event.target as Element | null)?.closest?.('a[href]');
  if (!(link instanceof HTMLAnchorElement) || link.closest('[data-quick-exit], [data-leave-guard]')) return;
  if ((link.target && link.target !== '_self') || link.hasAttribute('download')) return;
  const url = new URL(link.href);
  if (url.origin !== location.origin || (url.pathname === location.pathname && url.search === location.search)) return;
  return link;
}

function onClick(event: MouseEvent, t: T): void {
  const link = appLink(event);
  if (!link) return;
  const stop = () => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  if (link.hasAttribute('data-back') && [...flows].reverse().some((flow) => flow.back())) return stop();
  if (!flows.some((flow) => flow.hasWork())) return;
  stop();
  ask(link, t);
}

function closePanel(): void {
  panel?.remove();
  panel = undefined;
}

/** The inline question, at the top of the page's main content, with focus on the safe answer. */
function ask(link: HTMLAnchorElement, t: T): void {
  closePanel();
  const main = document.querySelector('main') ?? document.body;
  const box = document.createElement('div');
  box.className = 'panel confirm';
  box.setAttribute('role', 'group');
  box.setAttribute('aria-labelledby', 'leave-guard-question');
  box.dataset.leaveGuard = '';
  const question = document.createElement('p');
  question.id = 'leave-guard-question';
  question.textContent = t('leaveGuard.question', { page: (link.textContent ?? '').trim() });
  const leave = document.createElement('a');
  leave.className = 'button button--secondary';
  leave.href = link.href;
  leave.textContent = t('leaveGuard.leave');
  const stay = document.createElement('button');
  stay.type = 'button';
  stay.className = 'button';
  stay.textContent = t('leaveGuard.stay');
  stay.addEventListener('click', () => {
    closePanel();
    link.focus();
  });
  box.append(question, leave, stay);
  main.prepend(box);
  panel = box;
  stay.focus();
}
