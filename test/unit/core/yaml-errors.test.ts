/**
 * Issue 32, item 6: the YAML parser's own errors reach the user in the chosen
 * language. Every code the installed `yaml` declares has an explanation, and
 * broken files of every kind we can provoke show none of yaml's English.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { parseInvitation } from '../../../src/core/parse/parse';
import { parseRuleConfig } from '../../../src/core/config/rule-config';
import { YAML_ERROR_CODES, yamlErrorText } from '../../../src/core/parse/yaml-errors';

/** The codes yaml declares, read from its own type declarations. */
function declaredCodes(): string[] {
  const dts = readFileSync(join(dirname(require.resolve('yaml')), 'errors.d.ts'), 'utf8');
  const union = /export type ErrorCode =([^;]+);/.exec(dts)![1];
  return [...union.matchAll(/'([A-Z0-9_]+)'/g)].map((m) => m[1]).sort();
}

const OK = 'co_quan:\n  ten: UBND HUYỆN A\n';
/** Broken files, each provoking some of yaml's errors. */
const BROKEN = [
  `${OK}trich_yeu: "Dự hội nghị\n`, // missing closing quote
  `${OK}trich_yeu: [a, b\n`,
  `${OK}trich_yeu: {a: 1\n`,
  `${OK}muc:\n  - a\n   - b\n`,
  `${OK}\ttrich_yeu: x\n`,
  `${OK}trich_yeu: *nothing\n`,
  `${OK}trich_yeu: @a\n`,
  `${OK}trich_yeu: \`a\`\n`,
  `${OK}trich_yeu: "a \\q b"\n`,
  `${OK}trich_yeu: !nope x\n`,
  `${OK}---\nso: 1\n`,
  `%BAD\n---\n${OK}`,
  `${OK}trich_yeu: &a &b x\n`,
  `${OK}trich_yeu: !!str !!str x\n`,
  `${OK}trich_yeu: x\n  y: z\n`,
  `${OK}? [a]\n: b\n`,
  `${OK}a\nb: c\n`,
  `${OK}trich_yeu: [- a]\n`,
  `${OK}trich_yeu: "a" b\n`,
  `${OK}${'x'.repeat(1100)}: 1\n`,
  `${OK}trich_yeu: x]\n`,
  `${OK}trich_yeu: !!map [a]\n`,
  `${OK}trich_yeu: *a &a x\n`,
  `${OK}co_quan: 2\n`,
];

describe('YAML errors in the user language (issue 32, item 6)', () => {
  it("explains every error code the installed yaml declares, in Vietnamese and English, none in yaml's words", () => {
    assert.deepEqual([...YAML_ERROR_CODES].sort(), declaredCodes());
    for (const code of YAML_ERROR_CODES) {
      const text = yamlErrorText(code);
      assert.match(text.vi, /[à-ỹđ]/u, code);
      assert.notEqual(text.vi, text.en, code);
    }
  });

  it('shows none of the parser’s English in an invitation or a configuration, whatever the break', () => {
    const raised = new Set<string>();
    for (const text of BROKEN) {
      const english = parseDocument(text, { uniqueKeys: true }).errors.map((e) => {
        raised.add(e.code);
        return e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      });
      const shown = [
        ...parseInvitation(text).problems.map((p) => p.message.vi),
        ...parseRuleConfig(text).problems.map((p) => p.message.vi),
      ];
      for (const message of shown)
        for (const words of english) assert.ok(!message.includes(words), `"${words}" leaks into: ${message}`);
    }
    assert.ok(raised.size >= 12, `only ${[...raised].join(', ')} provoked`);
  });
});
