/** Shared test helpers for the rules: fixtures, covered text, applying fixes. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkInvitation } from '../../../src/core/check/check';
import type { Fix, Position, Problem } from '../../../src/core/model/problem';
import type { CheckOptions } from '../../../src/core/rules/rule';

/** The text of test/fixtures/rules/<name>.giaymoi.yaml. */
export function fixture(name: string): string {
  return readFileSync(join(__dirname, '../../fixtures/rules', `${name}.giaymoi.yaml`), 'utf8');
}

function offsetOf(text: string, position: Position): number {
  const lines = text.split('\n');
  assert.ok(position.line < lines.length, `line ${position.line} outside the text`);
  assert.ok(position.character <= lines[position.line].length, 'character outside the line');
  return lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character;
}

/** The source characters a problem's range covers. */
export function covered(text: string, problem: Pick<Problem, 'range'>): string {
  return text.slice(offsetOf(text, problem.range.start), offsetOf(text, problem.range.end));
}

/** Problems of one code. */
export function problemsOf(text: string, code: string, options: Partial<CheckOptions> = {}): Problem[] {
  return checkInvitation(text, options).problems.filter((p) => p.code === code);
}

/** The single problem of `code` in `text`, asserting its severity and covered text. */
export function single(
  text: string,
  code: string,
  severity: string,
  coveredText: string,
  options: Partial<CheckOptions> = {},
): Problem {
  const found = problemsOf(text, code, options);
  assert.equal(found.length, 1, `expected one ${code}, got ${found.length}`);
  assert.equal(found[0].severity, severity);
  assert.equal(covered(text, found[0]), coveredText);
  assert.ok(found[0].locator, 'a legal locator');
  assert.ok(found[0].message.vi && found[0].message.en, 'both languages');
  return found[0];
}

/** `text` with every edit of `fix` applied. */
export function applyFix(text: string, fix: Fix): string {
  const edits = fix.edits.map((e) => ({
    start: offsetOf(text, e.range.start),
    end: offsetOf(text, e.range.end),
    newText: e.newText,
  }));
  edits.sort((a, b) => b.start - a.start);
  return edits.reduce((out, e) => out.slice(0, e.start) + e.newText + out.slice(e.end), text);
}

const signature = (p: Problem): string => `${p.code}|${p.severity}`;

/**
 * Applies the problem's first fix, re-checks, and asserts that this problem is
 * gone and every other problem is still there; returns the fixed text.
 */
export function assertFixClears(text: string, problem: Problem, options: Partial<CheckOptions> = {}): string {
  assert.ok(problem.fixes && problem.fixes.length > 0, `${problem.code} offers a fix`);
  for (const edit of problem.fixes[0].edits) {
    const inside =
      offsetOf(text, edit.range.start) >= offsetOf(text, problem.range.start) &&
      offsetOf(text, edit.range.end) <= offsetOf(text, problem.range.end);
    assert.ok(inside, "the fix stays inside the problem's range");
  }
  const before = checkInvitation(text, options).problems.map(signature);
  const fixed = applyFix(text, problem.fixes[0]);
  const after = checkInvitation(fixed, options).problems.map(signature);
  before.splice(before.indexOf(signature(problem)), 1);
  assert.deepEqual(after.sort(), before.sort());
  return fixed;
}

/** Asserts that no problem at all is reported. */
export function assertClean(text: string, options: Partial<CheckOptions> = {}): void {
  assert.deepEqual(
    checkInvitation(text, options).problems.map((p) => `${p.code} ${p.message.en}`),
    [],
  );
}
