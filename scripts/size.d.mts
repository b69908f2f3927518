export function firstPageScripts(dist?: string): Array<{ file: string; gzip: number }>;
export function firstPageCss(dist?: string): Array<{ file: string; gzip: number }>;
export function kb(bytes: number): number;
