// The heading level of an organisation's parts: h3 on a card inside a result, h2 on its own page.
export type Level = 2 | 3 | 4 | 5;
export const heading = (level: number) => `h${Math.min(level, 6)}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
