/**
 * The core's and the CLI's message tables: the same keys in both languages
 * (the type system checks it too), no empty text, and no entry that no code
 * says (a key the code names is written out in full, so a search finds it).
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';
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
const spellings = (key: string): string[] =>
  key.startsWith('parse.') ? [`'${key}'`, `'${key.slice('parse.'.length)}'`] : [`'${key}'`];

describe('message tables (src/core/messages)', () => {
  it('have the same keys, in the same order, in Vietnamese and English', () => {
    assert.deepEqual(Object.keys(EN), Object.keys(VI));
  });

  it('have no empty text', () => {
    for (const table of [VI, EN]) for (const [key, text] of Object.entries(table)) assert.ok(text.trim() !== '', key);
  });

  it('have no entry the code never names', () => {
    const code = sourceFiles(SRC)
      .filter((f) => !f.includes(join('core', 'messages')))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = Object.keys(VI).filter((key) => !spellings(key).some((s) => code.includes(s)));
    assert.deepEqual(unused, []);
  });
});

/** `{name}`s of a table text. */
const placeholders = (text: string) =>
  [...text.replace(/(^|[^{])\{\{(\w[^{}]*)\}\}(?!\})/g, '$1').matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

/** Every `say('key', { … })` of src/: its key, the names it gives (undefined after a spread), and where. */
function sayCalls(): { key: string; names: string[] | undefined; where: string }[] {
  const calls: { key: string; names: string[] | undefined; where: string }[] = [];
  for (const file of sourceFiles(SRC)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'say' &&
        node.arguments[0] &&
        ts.isStringLiteral(node.arguments[0])
      ) {
        const values = node.arguments[1];
        const names = !values
          ? []
          : ts.isObjectLiteralExpression(values) && values.properties.every((p) => !ts.isSpreadAssignment(p))
            ? values.properties.map((p) => p.name!.getText(source))
            : undefined;
        calls.push({
          key: node.arguments[0].text,
          names,
          where: `${relative(SRC, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return calls;
}

describe('say() calls', () => {
  it('give every {name} their message fills, in both languages (authoring texts are filled later, by ui())', () => {
    const tables = { vi: VI as Record<string, string>, en: EN as Record<string, string> };
    const unfilled = sayCalls()
      .filter((c) => c.names !== undefined && !c.key.startsWith('authoring.'))
      .flatMap((c) =>
        (['vi', 'en'] as const).flatMap((language) =>
          placeholders(tables[language][c.key] ?? '')
            .filter((name) => !c.names!.includes(name))
            .map((name) => `${c.where} ${c.key} (${language}): {${name}}`),
        ),
      );
    assert.deepEqual(unfilled, []);
  });
});
