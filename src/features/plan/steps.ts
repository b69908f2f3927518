// What Mijn plan shows once a phase and its priorities are chosen: the steps, "Moet je vannacht weg?",
// the counsellor's view and the save panel. One chunk, loaded after the first choice (more.ts).
export { StepCard } from './StepCard.tsx';
export { LeavingTonight } from './LeavingTonight.tsx';
export { Counsellor } from './Counsellor.tsx';
export { SavePanel } from '../self-check/SavePanel.tsx';
