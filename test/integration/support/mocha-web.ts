/**
 * `mocha` in the web suite: mocha's browser build, which sets `Mocha` (the
 * class the reporter extends) and `mocha` (the runner with setup/run) on the
 * worker's global scope. test/vscode-host/web-suite.mjs aliases `mocha` here.
 */
import 'mocha/mocha.js';

export default (globalThis as unknown as { Mocha: typeof import('mocha') }).Mocha;
