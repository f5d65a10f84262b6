import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkInvitation } from '../../../src/core/check/check';
import { RULES } from '../../../src/core/rules';
import {
  CATALOG,
  catalogEntry,
  CONFIG_CODES,
  MERGE_CODES,
  PARSE_CODES,
  RULE_CODES,
} from '../../../src/core/rules/catalog';
import { rulesMarkdown, rulesText } from '../../../src/core/rules/reference';

const ROOT = join(__dirname, '../../..');

/** Every code the program can report: the code tables and each rule's own list. */
function reportableCodes(): string[] {
  const tables = [PARSE_CODES, RULE_CODES, CONFIG_CODES, MERGE_CODES].flatMap(
    (table) => Object.values(table) as string[],
  );
  return [...new Set([...tables, ...RULES.flatMap((rule) => rule.codes)])].sort();
}

/** The invitations the tests and the examples hold. */
function sampleTexts(): string[] {
  const dirs = ['test/fixtures/rules', 'examples'];
  return dirs.flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.giaymoi.yaml'))
      .map((f) => readFileSync(join(ROOT, dir, f), 'utf8')),
  );
}

describe('rules catalog and reference', () => {
  it('documents every code a rule can report (names the ones lacking an entry)', () => {
    assert.deepEqual(
      reportableCodes().filter((code) => !catalogEntry(code)),
      [],
    );
  });

  it('gives each entry both languages, a locator and a wrong and a right example', () => {
    for (const e of CATALOG) {
      for (const text of [e.title, e.checks, e.why])
        assert.ok(text.vi.trim() && text.en.trim(), `${e.code}: both languages`);
      assert.match(e.title.vi, /[à-ỹđ]/u, `${e.code}: Vietnamese title`);
      assert.ok(e.locator.trim(), `${e.code}: locator`);
      assert.notEqual(e.wrong.trim(), e.right.trim(), `${e.code}: wrong and right differ`);
    }
  });

  it('documents each code once and no code nobody reports', () => {
    const codes = CATALOG.map((e) => e.code);
    assert.deepEqual(codes, [...new Set(codes)].sort());
    assert.deepEqual(
      codes.filter((c) => !reportableCodes().includes(c)),
      [],
    );
  });

  it('states the severity and locator each problem is reported with', () => {
    for (const text of sampleTexts()) {
      for (const p of checkInvitation(text).problems) {
        assert.equal(p.severity, catalogEntry(p.code)?.severity, `${p.code}: ${p.message.en}`);
        assert.equal(p.locator, catalogEntry(p.code)?.locator, p.code);
      }
    }
  });

  it('ships docs/rules.md as generated from the catalog (run `npm run rules-doc` when this fails)', () => {
    assert.equal(readFileSync(join(ROOT, 'docs/rules.md'), 'utf8'), `${rulesMarkdown()}\n`);
  });

  it('gives each code a heading with an anchor, and lists every code with its locator in text', () => {
    const markdown = rulesMarkdown();
    const text = rulesText('vi');
    for (const e of CATALOG) {
      assert.ok(markdown.includes(`<a id="${e.code.toLowerCase()}"></a>\n## ${e.code} · `), e.code);
      assert.ok(
        text.split('\n').some((line) => line.startsWith(e.code) && line.includes(e.locator)),
        e.code,
      );
    }
  });

  it('ships docs/rules.md in the VSIX (.vscodeignore allow list)', () => {
    assert.match(readFileSync(join(ROOT, '.vscodeignore'), 'utf8'), /^!docs\/rules\.md$/m);
  });
});
