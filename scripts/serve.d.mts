export interface RunningServer {
  url: string;
  close(): Promise<void>;
  /** Serve another build from now on. */
  setDir(dir: string): void;
}
export function startServer(options?: { dir?: string; port?: number; host?: string }): Promise<RunningServer>;
export function parseHeaders(text: string): Array<{ pattern: string; headers: Record<string, string> }>;
export function decodePath(target: string): { path: string; pathname: string; status?: undefined } | { status: 400 | 404; path?: undefined; pathname?: undefined };
