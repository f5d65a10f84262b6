// A stand-in `vscode` module for cold-start benches: every name of the API
// exists (callable, constructible, disposable), and the parts whose values
// activate() reads behave (events, disposables, settings defaults).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

function fake(name = 'vscode') {
  const target = function () {};
  return new Proxy(target, {
    get(_, key) {
      if (key === 'dispose') return () => {};
      if (key === 'then') return undefined;
      if (key === Symbol.toPrimitive) return () => name;
      if (key === Symbol.iterator) return function* () {};
      return fake(`${name}.${String(key)}`);
    },
    set: () => true,
    apply: () => fake(`${name}()`),
    construct: () => fake(`new ${name}`),
  });
}

/** The fake API; `uiKind` 1 = desktop, 2 = web. */
export function fakeVscode(root, { uiKind = 1 } = {}) {
  class Disposable {
    constructor(f) {
      this.f = f;
    }
    static from(...ds) {
      return new Disposable(() => ds.forEach((d) => d?.dispose?.()));
    }
    dispose() {
      this.f?.();
    }
  }
  class EventEmitter {
    constructor() {
      this.ls = [];
      this.event = (l) => {
        this.ls.push(l);
        return new Disposable();
      };
    }
    fire(e) {
      this.ls.forEach((l) => l(e));
    }
    dispose() {}
  }
  const event = () => new Disposable();
  const configuration = {
    get: (_key, fallback) => fallback,
    has: () => false,
    inspect: () => undefined,
    update: async () => {},
  };
  const proxied = (name, base) =>
    new Proxy(base, {
      get: (t, k) =>
        k in t ? t[k] : typeof k === 'string' && k.startsWith('onDid') ? event : fake(`${name}.${String(k)}`),
    });
  const overrides = {
    Disposable,
    EventEmitter,
    workspace: proxied('workspace', {
      getConfiguration: () => configuration,
      textDocuments: [],
      workspaceFolders: undefined,
    }),
    window: proxied('window', { activeTextEditor: undefined, visibleTextEditors: [] }),
    env: { language: 'en', uiKind, appName: 'bench' },
  };
  const types = readFileSync(join(root, 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8');
  const api = {};
  for (const [, name] of types.matchAll(/^\s*export (?:class|enum|namespace|function|const|let) (\w+)/gm))
    api[name] = fake(`vscode.${name}`);
  return Object.assign(api, overrides);
}

/** A context for activate(): subscriptions, the manifest's version, anything else faked. */
export function fakeContext(root) {
  return new Proxy(
    { subscriptions: [], extension: { packageJSON: { version: '0.0.0' } }, extensionPath: root },
    { get: (t, k) => (k in t ? t[k] : fake(`context.${String(k)}`)) },
  );
}
