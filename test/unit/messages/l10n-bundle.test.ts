/**
 * The extension's own words (l10n/bundle.l10n.vi.json, read by src/l10n.ts):
 * every message the code passes to `t()` is a literal with an entry in the
 * bundle, the bundle has no entry the code never passes, and each Vietnamese
 * text fills the same `{0}` … as its English key.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';
import { t } from '../../../src/l10n';

const ROOT = join(__dirname, '../../..');
const BUNDLE: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'l10n/bundle.l10n.vi.json'), 'utf8'));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The second argument of every `t(language, message, …)` call: its text, or where it is not a literal. */
function messagesPassed(): { literals: string[]; notLiteral: string[] } {
  const literals: string[] = [];
  const notLiteral: string[] = [];
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 't' &&
        node.arguments.length >= 2
      ) {
        const message = node.arguments[1];
        if (ts.isStringLiteralLike(message)) literals.push(message.text);
        else notLiteral.push(`${relative(ROOT, file)}: ${message.getText(source)}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { literals, notLiteral };
}

const placeholders = (text: string) => [...new Set(text.match(/\{\d+\}/g) ?? [])].sort();

describe("the extension's l10n bundle", () => {
  const { literals, notLiteral } = messagesPassed();

  it('is passed literal messages only (so this test sees them all)', () => {
    assert.deepEqual(notLiteral, []);
    assert.ok(literals.length > 20, `found ${literals.length} messages`);
  });

  it('has an entry for every message the code passes to t()', () => {
    assert.deepEqual(
      literals.filter((message) => !(message in BUNDLE)),
      [],
    );
  });

  it('has no entry the code never passes', () => {
    assert.deepEqual(
      Object.keys(BUNDLE).filter((key) => !literals.includes(key)),
      [],
    );
  });

  it('fills the same values in Vietnamese as in English', () => {
    for (const [english, vietnamese] of Object.entries(BUNDLE))
      assert.deepEqual(placeholders(vietnamese), placeholders(english), english);
  });

  it('answers by the language asked for, English as written, values filled in', () => {
    assert.equal(t('vi', 'Preview: {0}', 'hop.giaymoi.yaml'), 'Xem trước: hop.giaymoi.yaml');
    assert.equal(t('en', 'Preview: {0}', 'hop.giaymoi.yaml'), 'Preview: hop.giaymoi.yaml');
  });
});
