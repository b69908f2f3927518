// What Samen kijken shows after its start screen: help for right now beside a topic, and the help finder.
// One chunk, loaded when the professional starts (more.ts), not with the page.
export { UrgentHelp } from '../organisations/UrgentHelp.tsx';
export { EmbeddedFinder } from '../help-finder/Embedded.tsx';
