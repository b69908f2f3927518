// Nothing is lost by following a link. While a questionnaire or its result holds answers, the page's
// "Terug" link goes one step back inside it, and any other link, to a page of the app or to another
// website, first asks, inline (never a modal dialog: it would make the quick exit unreachable). A call
// button (tel:) leaves nothing behind and never asks; nor does the quick exit.
// Loaded with the islands only; the page's one script (navigation.ts) handles every other link.
import type { T } from '../i18n/index.ts';
import { followedLink, samePage } from './navigation.ts';

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

/** A link that would take the visitor away from this page: to another page of the app, or another site. */
function leavingLink(event: MouseEvent): { link: HTMLAnchorElement; outside: boolean } | undefined {
  const followed = followedLink(event);
  if (!followed || followed.link.closest('[data-quick-exit], [data-leave-guard]')) return;
  const { link, url } = followed;
  if (url.origin === location.origin) return samePage(url) ? undefined : { link, outside: false };
  if (url.protocol === 'https:' || url.protocol === 'http:') return { link, outside: true };
}

function onClick(event: MouseEvent, t: T): void {
  const leaving = leavingLink(event);
  if (!leaving) return;
  const { link, outside } = leaving;
  const stop = () => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  if (link.hasAttribute('data-back') && [...flows].reverse().some((flow) => flow.back())) return stop();
  if (!flows.some((flow) => flow.hasWork())) return;
  stop();
  ask(link, outside, t);
}

function closePanel(): void {
  panel?.remove();
  panel = undefined;
}

/** The inline question, at the top of the page's main content, with focus on the safe answer. */
function ask(link: HTMLAnchorElement, outside: boolean, t: T): void {
  closePanel();
  const main = document.querySelector('main') ?? document.body;
  const box = document.createElement('div');
  box.className = 'panel confirm';
  box.setAttribute('role', 'group');
  box.setAttribute('aria-labelledby', 'leave-guard-question');
  box.dataset.leaveGuard = '';
  const question = document.createElement('p');
  question.id = 'leave-guard-question';
  const site = new URL(link.href).hostname.replace(/^www\./, '');
  question.textContent = outside ? t('leaveGuard.questionOutside', { site }) : t('leaveGuard.question');
  const leave = document.createElement('a');
  leave.className = 'button button--secondary';
  leave.href = link.href;
  leave.textContent = outside ? t('leaveGuard.leaveOutside', { site }) : t('leaveGuard.leave');
  if (outside) leave.rel = link.rel; // noreferrer noopener, as on the link itself
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
