/**
 * No module under src/features or src/export keeps mutable state at its top
 * level: state lives in the object activate() builds (features/extension-state.ts)
 * or in what a function returns, so no feature depends on which one ran first.
 * Flags a top-level `let`/`var`, a top-level EventEmitter, and a top-level
 * Map, Set, WeakMap, WeakSet, array or object literal that the module mutates.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

const ROOT = join(__dirname, '../../..');
const SCANNED = ['src/features', 'src/export'];

/** "file: name" → why the state is there. Keep it short: each entry is a decision. */
const ALLOWED: Record<string, string> = {
  'src/export/atomic-write.ts: counter':
    'temp-file names must differ within the process; a per-process counter is the point',
};

const MUTATORS = /^(set|add|delete|clear|push|pop|shift|unshift|splice|sort|reverse|fill)$/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

/** A top-level initializer that holds mutable contents. */
function collectionKind(init: ts.Expression | undefined): 'emitter' | 'collection' | undefined {
  if (!init) return undefined;
  if (ts.isNewExpression(init)) {
    const name = init.expression.getText();
    if (/EventEmitter$/.test(name)) return 'emitter';
    if (/^(Map|Set|WeakMap|WeakSet|Array)$/.test(name)) return 'collection';
  }
  return ts.isArrayLiteralExpression(init) || ts.isObjectLiteralExpression(init) ? 'collection' : undefined;
}

/** Whether `name` is changed anywhere in the file: a mutating method call, or an element or property assigned. */
function mutated(file: ts.SourceFile, name: string): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.expression.getText(file) === name &&
      MUTATORS.test(node.expression.name.text)
    )
      found = true;
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const left = node.left;
      if (
        (ts.isElementAccessExpression(left) || ts.isPropertyAccessExpression(left)) &&
        left.expression.getText(file) === name
      )
        found = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** "file: name" for each piece of module-level mutable state in `path`. */
export function moduleState(path: string, text = readFileSync(path, 'utf8')): string[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const where = relative(ROOT, path).split('\\').join('/');
  return file.statements.filter(ts.isVariableStatement).flatMap((statement) => {
    const mutable = (statement.declarationList.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const)) !== ts.NodeFlags.Const;
    return statement.declarationList.declarations.flatMap((d) => {
      const name = d.name.getText(file);
      const kind = collectionKind(d.initializer);
      const state = mutable || kind === 'emitter' || (kind === 'collection' && mutated(file, name));
      return state ? [`${where}: ${name}`] : [];
    });
  });
}

describe('module-level state in src/features and src/export', () => {
  it('finds none outside the allow-list', () => {
    const found = SCANNED.flatMap((dir) => sources(join(ROOT, dir))).flatMap((f) => moduleState(f));
    assert.deepEqual(
      found.filter((s) => !(s in ALLOWED)),
      [],
    );
  });

  it('flags a top-level let, an emitter, and a collection the module changes; not a constant table', () => {
    const text = [
      'let open = false;',
      'const changed = new vscode.EventEmitter<string>();',
      'const byFolder = new Map<string, number>();',
      'export function remember(k: string) { byFolder.set(k, 1); }',
      'const cache: Record<string, number> = {};',
      'export function put(k: string) { cache[k] = 1; }',
      'const SEVERITY = { error: 1, warning: 2 };',
      "const READ_ONLY = new Set(['git']);",
      'export function f() { let local = 0; const m = new Map(); m.set(1, 2); return local + SEVERITY.error + (READ_ONLY.has("x") ? 1 : 0); }',
    ].join('\n');
    assert.deepEqual(moduleState(join(ROOT, 'src/features/fake.ts'), text), [
      'src/features/fake.ts: open',
      'src/features/fake.ts: changed',
      'src/features/fake.ts: byFolder',
      'src/features/fake.ts: cache',
    ]);
  });

  it('each allowed entry still exists (a stale reason is removed with its state)', () => {
    const found = new Set(SCANNED.flatMap((dir) => sources(join(ROOT, dir))).flatMap((f) => moduleState(f)));
    assert.deepEqual(
      Object.keys(ALLOWED).filter((k) => !found.has(k)),
      [],
    );
  });
});
