/**
 * Issue 25, item 3: the mail merge's modules form no import circle (there were
 * two: export/plan-export ↔ list-merge ↔ combined-file, render/docx/index ↔
 * per-invitee), type-only imports included.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const SRC = join(__dirname, '../../../src');
const FOLDERS = ['export', 'render/docx'];
const IMPORT = /^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gm;

/** Each file of the folders → the files of the folders it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const folder of FOLDERS) {
    for (const name of readdirSync(join(SRC, folder)).filter((n) => n.endsWith('.ts'))) {
      const file = join(SRC, folder, name);
      const targets = [...readFileSync(file, 'utf8').matchAll(IMPORT)]
        .map(([, spec]) => normalize(join(dirname(file), spec)))
        .map((t) => [`${t}.ts`, join(t, 'index.ts')].find(existsSync))
        .filter((t): t is string => !!t && FOLDERS.some((f) => relative(join(SRC, f), dirname(t)) === ''));
      graph.set(file, targets);
    }
  }
  return graph;
}

/** A path that comes back to where it started, or undefined. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const walk = (file: string, path: string[]): string[] | undefined => {
    if (state.get(file) === 'open') return [...path.slice(path.indexOf(file)), file];
    if (state.get(file) === 'done') return undefined;
    state.set(file, 'open');
    for (const next of graph.get(file) ?? []) {
      const cycle = walk(next, [...path, file]);
      if (cycle) return cycle;
    }
    state.set(file, 'done');
    return undefined;
  };
  for (const file of graph.keys()) {
    const cycle = walk(file, []);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('export and render/docx: no import circle', () => {
  it('has none, type-only imports included', () => {
    const cycle = findCycle(importGraph());
    assert.equal(cycle, undefined, `an import circle: ${cycle?.map((f) => relative(SRC, f)).join(' → ')}`);
  });
});
