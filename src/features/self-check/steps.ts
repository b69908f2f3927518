// Everything the self-check shows after its start screen: the questions, the result, the help finder
// after it and the save panel. One chunk, loaded when the visitor starts (more.ts), not with the page.
export { QuestionStage } from './QuestionStage.tsx';
export { CheckResult } from './CheckResult.tsx';
export { FinderStage } from './FinderStage.tsx';
export { SavePanel } from './SavePanel.tsx';
