export interface RunningServer {
  /** The server's origin, e.g. http://127.0.0.1:4173 */
  url: string;
  /** Where the app lives on it: "/" or the sub-path the build was made for ("/hulpwijzer/"). */
  readonly base: string;
  close(): Promise<void>;
  /** Serve another build from now on. */
  setDir(dir: string): void;
}
export function startServer(options?: { dir?: string; port?: number; host?: string }): Promise<RunningServer>;
export function parseHeaders(text: string): Array<{ pattern: string; headers: Record<string, string> }>;
export function decodePath(
  target: string,
):
  | { path: string; pathname: string; status?: undefined }
  | { status: 400 | 404; path?: undefined; pathname?: undefined };
export function buildBase(dir?: string): string;
