/** The webview's link to the extension: typed posting and the state VS Code keeps across restarts. */
import type { FromWebview, PreviewState } from '../protocol';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();

/** Sends a typed message to the extension. */
export function post(message: FromWebview.Message): void {
  api.postMessage(message);
}

let saved: Partial<PreviewState> = (api.getState() as Partial<PreviewState> | undefined) ?? {};

/** The saved state (uri and lock for the serializer, zoom and scroll for us). */
export function savedState(): Partial<PreviewState> {
  return saved;
}

/** Merges into the saved state. */
export function saveState(patch: Partial<PreviewState>): void {
  saved = { ...saved, ...patch };
  api.setState(saved);
}
