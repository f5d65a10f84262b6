/**
 * The web suite's options, written by test/vscode-host/run-web.mjs into
 * `.giaymoi-suite/options.json` (a web worker has no environment variables).
 */
export interface WebSuiteOptions {
  /** Only tests whose title contains this (default "@web"). */
  readonly grep: string;
  readonly ci: boolean;
  /** Leave the window ready for a screenshot. */
  readonly stage: boolean;
  /** The extension's folder as the web host sees it (a URI path): the build under test. */
  readonly extensionRoot: string;
}

let current: WebSuiteOptions | undefined;

export function setWebOptions(options: WebSuiteOptions): void {
  current = options;
}

/** The options when the suite runs in the web host, else undefined. */
export function webOptions(): WebSuiteOptions | undefined {
  return current;
}
