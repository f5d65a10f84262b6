/**
 * The core's and the CLI's message tables: the same keys in both languages
 * (the type system checks it too), no empty text, and no entry that no code
 * says (a key the code names is written out in full, so a search finds it).
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EN } from '../../../src/core/messages/en';
import { VI } from '../../../src/core/messages/vi';

const SRC = join(__dirname, '../../../src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Parser messages are named by the schema's `error` keys, without the `parse.` prefix. */
const spellings = (key: string): string[] => (key.startsWith('parse.') ? [`'${key}'`, `'${key.slice('parse.'.length)}'`] : [`'${key}'`]);

describe('message tables (src/core/messages)', () => {
  it('have the same keys, in the same order, in Vietnamese and English', () => {
    assert.deepEqual(Object.keys(EN), Object.keys(VI));
  });

  it('have no empty text', () => {
    for (const table of [VI, EN]) for (const [key, text] of Object.entries(table)) assert.ok(text.trim() !== '', key);
  });

  it('have no entry the code never names', () => {
    const code = sourceFiles(SRC).filter((f) => !f.includes(join('core', 'messages'))).map((f) => readFileSync(f, 'utf8')).join('\n');
    const unused = Object.keys(VI).filter((key) => !spellings(key).some((s) => code.includes(s)));
    assert.deepEqual(unused, []);
  });
});
