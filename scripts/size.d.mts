export interface Script {
  file: string;
  gzip: number;
}
export interface Chunk {
  file: string;
  modules: string[];
  imports: string[];
  dynamicImports: string[];
}
export const PAGE_JS_BUDGET_KB: number;
export function chunkGraph(dist?: string): Chunk[];
export function pageScripts(
  html: string,
  onLoad: Readonly<Record<string, readonly string[]>>,
  dist?: string,
  graph?: Chunk[],
): Script[];
export function pageKb(scripts: Script[]): number;
export function fileOf(url: string): string;
export function firstPageScripts(dist?: string): Script[];
export function firstPageCss(dist?: string): Script[];
export function shippedScripts(dist?: string): string[];
export function kb(bytes: number): number;
