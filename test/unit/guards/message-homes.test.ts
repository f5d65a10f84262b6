/**
 * Every user-facing message lives in one of three homes: the core's and the
 * CLI's tables (src/core/messages/vi.ts, en.ts), the extension's bundle
 * (l10n/bundle.l10n.vi.json through src/l10n.ts) and the manifest's
 * package.nls*.json. Read from the syntax tree of src/, outside the homes:
 * no `{ vi, en }` object, no call given a Vietnamese text and its English
 * beside it, and no Vietnamese text handed straight to the user (a message,
 * title, tooltip, error, notification or CLI line). Decree data (word lists,
 * legal locators, the document's own printed words) are data, not messages.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as ts from 'typescript';

const ROOT = join(__dirname, '../../..');
const SRC = join(ROOT, 'src');
const HOMES = [join(SRC, 'core', 'messages') + sep, join(SRC, 'l10n.ts')];

/** Files allowed a finding, and why: kept short on purpose. */
const ALLOWED: Record<string, string> = {
  'src/core/model/problem.ts': 'declares the Localized pair itself',
  'src/core/schema/schema-info.ts':
    "reads the schema's descriptions (`description`, `x-description-en`, from the tables' `schema.*`) back as a Localized pair",
  'src/core/codes/parse.ts': "the source (locator) of the reading codes, printed as data like the decree's locators",
  'src/core/codes/config.ts': 'the source (locator) of the configuration codes, as codes/parse.ts',
};

/** Properties and calls whose text reaches the user as it is. */
const MESSAGE_PROPERTIES = new Set([
  'message',
  'title',
  'tooltip',
  'placeHolder',
  'detail',
  'reason',
  'help',
  'why',
  'checks',
  'doc',
]);
const MESSAGE_CALLS = /^(show(Information|Warning|Error)Message|err|out|Error|ImportError|RefusedList|MergeRefused)$/;
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const isText = (node: ts.Node): node is ts.StringLiteralLike | ts.TemplateExpression =>
  ts.isStringLiteralLike(node) || ts.isTemplateExpression(node);
const textOf = (node: ts.StringLiteralLike | ts.TemplateExpression) =>
  ts.isTemplateExpression(node) ? node.head.text + node.templateSpans.map((s) => s.literal.text).join('') : node.text;
const vietnamese = (node: ts.Node) => isText(node) && VIETNAMESE.test(textOf(node));
/** English words beside a Vietnamese text: not Vietnamese, two words at least. */
const english = (node: ts.Node) =>
  isText(node) && !VIETNAMESE.test(textOf(node)) && /[a-z]+ [a-z]+/i.test(textOf(node));
/** "Vietnamese · English" in one literal. */
const sideBySide = (node: ts.Node) =>
  isText(node) &&
  textOf(node).split(' · ').length > 1 &&
  textOf(node)
    .split(' · ')
    .some((part) => VIETNAMESE.test(part)) &&
  textOf(node)
    .split(' · ')
    .some((part) => /[a-z]{3}/i.test(part) && !VIETNAMESE.test(part));
const calleeName = (call: ts.CallExpression | ts.NewExpression) =>
  ts.isIdentifier(call.expression)
    ? call.expression.text
    : ts.isPropertyAccessExpression(call.expression)
      ? call.expression.name.text
      : '';

/** What in `text` is a message outside its home: "line: what". */
export function strayMessages(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const report = (node: ts.Node, what: string) =>
    found.push(`${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}: ${what}`);
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const names = node.properties.map((p) => p.name?.getText(source));
      if (names.includes('vi') && names.includes('en')) report(node, 'a { vi, en } pair');
    }
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const args = node.arguments ?? ts.factory.createNodeArray();
      if (args.some((arg, i) => vietnamese(arg) && i + 1 < args.length && english(args[i + 1])))
        report(node, `${calleeName(node)}(Vietnamese, English)`);
      else if (MESSAGE_CALLS.test(calleeName(node)) && args.some(vietnamese))
        report(node, `${calleeName(node)}(Vietnamese text)`);
    }
    if (sideBySide(node)) report(node, 'a "Vietnamese · English" text');
    if (
      ts.isPropertyAssignment(node) &&
      MESSAGE_PROPERTIES.has(node.name.getText(source)) &&
      vietnamese(node.initializer)
    )
      report(node, `${node.name.getText(source)}: Vietnamese text`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('every user-facing message lives in one of its three homes', () => {
  it('finds no inline pair or message literal in src/ outside the homes and the allow-list', () => {
    const stray = sources(SRC)
      .filter((file) => !HOMES.some((home) => file.startsWith(home) || file === home))
      .filter((file) => !(relative(ROOT, file).split(sep).join('/') in ALLOWED))
      .flatMap((file) =>
        strayMessages(file, readFileSync(file, 'utf8')).map((where) => `${relative(ROOT, file)}:${where}`),
      );
    assert.deepEqual(stray, []);
  });

  it('finds each kind of stray message it looks for', () => {
    const text = [
      "const a = { vi: 'Mở', en: 'Open' };",
      "const b = note('thay mặt tập thể', 'on behalf of a collective');",
      "cli.err('không đọc được tệp');",
      "const c = { message: 'Tệp hỏng' };",
      "const d = { locator: 'NĐ 30/2020, PL I', right: 'ngay: 2024-05-10' };",
      "const e = say('rules.weekdayMismatch.message');",
      'const f = `${n} tệp còn lỗi · the file has errors`;',
      "const g = new RegExp(`(?<=\\s)(Ủy)`, 'gu');",
    ].join('\n');
    assert.deepEqual(
      strayMessages('x.ts', text).map((s) => s.split(':')[0]),
      ['1', '2', '3', '4', '7'],
    );
  });

  it('keeps its allow-list to files that exist', () => {
    for (const file of Object.keys(ALLOWED)) assert.ok(statSync(join(ROOT, file)).isFile(), file);
  });
});
