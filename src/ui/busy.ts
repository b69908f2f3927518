// A questionnaire in progress marks the page busy, so the update offer waits until it is done
// (reloading for a new version would lose the answers).
const root = () => document.documentElement;

export function setBusy(busy: boolean): void {
  if (busy) root().dataset.busy = 'true';
  else if (root().dataset.busy) {
    delete root().dataset.busy;
    document.dispatchEvent(new Event('hulpwijzer:idle'));
  }
}

const isBusy = (): boolean => root().dataset.busy === 'true';

/** Runs `then` now if nothing is in progress, or as soon as the questionnaire is done. */
export function whenIdle(then: () => void): void {
  if (!isBusy()) then();
  else document.addEventListener('hulpwijzer:idle', then, { once: true });
}
