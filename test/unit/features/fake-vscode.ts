/**
 * A stand-in `vscode` module for unit tests of the extension's wiring: the parts
 * the features touch while registering and answering behave (events, documents,
 * diagnostic collections, status-bar items, workspace.fs over a map of files);
 * every other name exists and does nothing (as bench/support/fake-vscode.mjs).
 */
import Module from 'node:module';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

function inert(name: string): unknown {
  const target = function () {};
  return new Proxy(target, {
    get(_, key) {
      if (key === 'dispose') return () => undefined;
      if (key === 'then') return undefined;
      if (key === Symbol.toPrimitive) return () => name;
      if (key === Symbol.iterator) return function* () {};
      return inert(`${name}.${String(key)}`);
    },
    set: () => true,
    apply: () => inert(`${name}()`),
    construct: () => inert(`new ${name}`) as object,
  });
}

export class Disposable {
  constructor(private readonly f?: () => void) {}
  static from(...items: ({ dispose(): unknown } | undefined)[]): Disposable {
    return new Disposable(() => items.forEach((d) => d?.dispose()));
  }
  dispose(): void {
    this.f?.();
  }
}

type Listener<T> = (event: T) => unknown;
export class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>): Disposable => {
    this.listeners.push(listener);
    return new Disposable(() => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    });
  };
  fire(event: T): void {
    [...this.listeners].forEach((l) => l(event));
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly authority: string,
    readonly path: string,
    readonly query = '',
    readonly fragment = '',
  ) {}
  static file(path: string): Uri {
    return new Uri('file', '', posix.normalize(path));
  }
  static parse(text: string): Uri {
    const m = /^([a-z][a-z0-9+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/i.exec(text);
    if (!m) throw new Error(`cannot parse ${text}`);
    return new Uri(m[1], m[2] ?? '', m[3], m[4] ?? '', m[5] ?? '');
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, base.authority, posix.join(base.path, ...parts));
  }
  get fsPath(): string {
    return this.path;
  }
  with(change: { path?: string; query?: string; fragment?: string }): Uri {
    return new Uri(
      this.scheme,
      this.authority,
      change.path ?? this.path,
      change.query ?? this.query,
      change.fragment ?? this.fragment,
    );
  }
  toString(): string {
    return `${this.scheme}://${this.authority}${this.path}${this.query ? `?${this.query}` : ''}${this.fragment ? `#${this.fragment}` : ''}`;
  }
}

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}
export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: number, b: number, c: number, d: number) {
    this.start = new Position(a, b);
    this.end = new Position(c, d);
  }
}
export class Diagnostic {
  source?: string;
  code?: unknown;
  constructor(
    readonly range: Range,
    readonly message: string,
    readonly severity: number,
  ) {}
}
export const DiagnosticSeverity = { Error: 0, Warning: 1, Information: 2, Hint: 3 };

/** A text document the fake workspace holds; `edit` changes its text as typing would. */
export class FakeDocument {
  version = 1;
  isClosed = false;
  isDirty = false;
  isUntitled = false;
  constructor(
    readonly uri: Uri,
    private text: string,
    readonly languageId = 'giaymoi',
  ) {}
  getText(): string {
    return this.text;
  }
  get lineCount(): number {
    return this.text.split('\n').length;
  }
  lineAt(line: number) {
    const text = this.text.split('\n')[line] ?? '';
    return { text, range: new Range(line, 0, line, text.length) };
  }
  setText(text: string): void {
    this.text = text;
    this.version += 1;
  }
}

/** What a test observes: diagnostics per collection and URI, status-bar items. */
export interface FakeWorld {
  readonly api: Record<string, unknown>;
  readonly documents: FakeDocument[];
  readonly files: Map<string, Uint8Array>;
  readonly diagnostics: Map<string, Map<string, Diagnostic[]>>;
  readonly statusItems: { id: string; text: string; visible: boolean }[];
  readonly events: {
    open: EventEmitter<FakeDocument>;
    change: EventEmitter<{ document: FakeDocument; contentChanges: unknown[] }>;
    close: EventEmitter<FakeDocument>;
  };
  activeEditor?: { document: FakeDocument; viewColumn: number; selection: { active: Position } };
}

function diagnosticCollection(world: FakeWorld, name: string) {
  const byUri = new Map<string, Diagnostic[]>();
  world.diagnostics.set(name, byUri);
  return {
    set: (uri: Uri, list: Diagnostic[]) => void byUri.set(uri.toString(), list),
    delete: (uri: Uri) => void byUri.delete(uri.toString()),
    clear: () => byUri.clear(),
    get: (uri: Uri) => byUri.get(uri.toString()),
    dispose: () => byUri.clear(),
  };
}

function statusItem(world: FakeWorld, id: string) {
  const item = {
    id,
    text: '',
    visible: false,
    tooltip: undefined as unknown,
    name: '',
    command: '',
    backgroundColor: undefined as unknown,
  };
  world.statusItems.push(item);
  return Object.assign(item, {
    show: () => {
      item.visible = true;
    },
    hide: () => {
      item.visible = false;
    },
    dispose: () => undefined,
  });
}

function workspace(world: FakeWorld) {
  const configuration = {
    get: <T>(_key: string, fallback: T) => fallback,
    has: () => false,
    inspect: () => undefined,
    update: async () => undefined,
  };
  const watcher = () => ({
    onDidChange: () => new Disposable(),
    onDidCreate: () => new Disposable(),
    onDidDelete: () => new Disposable(),
    dispose: () => undefined,
  });
  const readFile = async (uri: Uri) => {
    const bytes = world.files.get(uri.toString());
    if (!bytes) throw Object.assign(new Error(`ENOENT ${uri}`), { code: 'FileNotFound' });
    return bytes;
  };
  return {
    getConfiguration: () => configuration,
    onDidChangeConfiguration: () => new Disposable(),
    isTrusted: true,
    onDidGrantWorkspaceTrust: () => new Disposable(),
    get textDocuments() {
      return world.documents.filter((d) => !d.isClosed);
    },
    onDidOpenTextDocument: world.events.open.event,
    onDidChangeTextDocument: world.events.change.event,
    onDidCloseTextDocument: world.events.close.event,
    onDidSaveTextDocument: () => new Disposable(),
    createFileSystemWatcher: watcher,
    fs: { readFile, stat: async (uri: Uri) => ({ type: 1, size: (await readFile(uri)).byteLength }) },
    workspaceFolders: undefined,
    getWorkspaceFolder: () => undefined,
    asRelativePath: (uri: Uri) => uri.path,
    openTextDocument: async (uri: Uri) => world.documents.find((d) => d.uri.toString() === uri.toString()),
    findFiles: async () => [],
  };
}

function emptyEvent() {
  return new Disposable();
}

/** A fresh world and its `vscode` API. */
export function fakeWorld(): FakeWorld {
  const world = {
    documents: [],
    files: new Map(),
    diagnostics: new Map(),
    statusItems: [],
    events: { open: new EventEmitter(), change: new EventEmitter(), close: new EventEmitter() },
  } as unknown as FakeWorld & { api: Record<string, unknown> };
  const overrides: Record<string, unknown> = {
    Disposable,
    EventEmitter,
    Uri,
    Position,
    Range,
    Diagnostic,
    DiagnosticSeverity,
    FileType: { Unknown: 0, File: 1, Directory: 2, SymbolicLink: 64 },
    workspace: workspace(world),
    languages: new Proxy(
      {
        createDiagnosticCollection: (name: string) => diagnosticCollection(world, name),
        onDidChangeDiagnostics: emptyEvent,
      },
      { get: (t, k) => (k in t ? (t as Record<string | symbol, unknown>)[k] : () => new Disposable()) },
    ),
    window: new Proxy(
      {
        get activeTextEditor() {
          return world.activeEditor;
        },
        visibleTextEditors: [],
        createStatusBarItem: (id: string) => statusItem(world, id),
        tabGroups: { all: [] },
      } as Record<string | symbol, unknown>,
      {
        get: (t, k) =>
          k in t ? t[k] : typeof k === 'string' && k.startsWith('onDid') ? emptyEvent : inert(`window.${String(k)}`),
      },
    ),
    commands: { registerCommand: () => new Disposable(), executeCommand: async () => undefined },
    env: { language: 'vi', uiKind: 1, appName: 'fake', remoteName: undefined },
  };
  world.api = new Proxy(overrides, { get: (t, k) => (k in t ? t[k as string] : inert(`vscode.${String(k)}`)) });
  return world;
}

/**
 * Makes `require('vscode')` return a module whose every name (those of @types/vscode)
 * reads from the world `current()` returns, so modules loaded once serve fresh worlds.
 */
export function installFakeVscode(current: () => FakeWorld): () => void {
  const types = readFileSync(join(__dirname, '../../../node_modules/@types/vscode/index.d.ts'), 'utf8');
  const names = new Set(
    [...types.matchAll(/^\s*export (?:class|enum|namespace|function|const|let) (\w+)/gm)].map((m) => m[1]),
  );
  const exports = {};
  for (const name of names) Object.defineProperty(exports, name, { enumerable: true, get: () => current().api[name] });
  const M = Module as unknown as { _resolveFilename: (...args: unknown[]) => string; _cache: Record<string, unknown> };
  const resolve = M._resolveFilename;
  M._resolveFilename = function (this: unknown, request: unknown, ...rest: unknown[]) {
    return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
  };
  M._cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports };
  return () => {
    M._resolveFilename = resolve;
    delete M._cache.vscode;
  };
}
