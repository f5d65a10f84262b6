import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  applyEdits,
  fixAllAction,
  kindRequested,
  problemsFor,
  quickFixes,
  staysInRange,
} from '../../../src/core/authoring/quick-fixes';
import { checkInvitation } from '../../../src/core/check/check';
import type { Problem, Range } from '../../../src/core/model/problem';

/** Broken fixtures: ours, and the rules' own as they land. */
const FIXTURE_DIRS = ['test/unit/authoring/fixtures', 'test/fixtures/rules'];
const fixtures = FIXTURE_DIRS.filter((dir) => existsSync(dir)).flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => /\.giaymoi\.ya?ml$/.test(f))
    .map((f) => join(dir, f)),
);

function offsetOf(text: string, position: Range['start']): number {
  const lines = text.split('\n');
  return lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character;
}

const signature = (p: Problem) => `${p.code} ${p.message.en}`;

/** Removes one occurrence of each of `remove` from `list`. */
function without(list: string[], remove: string[]): string[] {
  const rest = [...list];
  for (const r of remove) {
    const i = rest.indexOf(r);
    if (i >= 0) rest.splice(i, 1);
  }
  return rest;
}

/** Applies one fix and says what went wrong, or nothing. */
function fixFailure(
  text: string,
  before: Problem[],
  problem: Problem,
  fix: NonNullable<Problem['fixes']>[number],
): string | undefined {
  if (!staysInRange(fix, problem.range)) return 'edits leave the problem range';
  const fixed = applyEdits(text, fix.edits);
  const [start, end] = [offsetOf(text, problem.range.start), offsetOf(text, problem.range.end)];
  const tail = text.length - end;
  if (fixed.slice(0, start) !== text.slice(0, start)) return 'text before the range changed';
  if (fixed.slice(fixed.length - tail) !== text.slice(end)) return 'text after the range changed';
  const after = checkInvitation(fixed).problems;
  if (
    after.some(
      (p) =>
        p.code === problem.code &&
        p.range.start.line === problem.range.start.line &&
        p.range.start.character === problem.range.start.character,
    )
  )
    return 'the problem is still there';
  const appeared = without(after.map(signature), without(before.map(signature), [signature(problem)]));
  return appeared.length ? `new problems: ${appeared.join('; ')}` : undefined;
}

// The fixes are found inside the tests: problems computed while mocha collects
// tests would run every rule outside any test, which Stryker must then treat as
// static coverage (each mutant of the rules re-running the whole suite).
describe('quick fixes: every fix of every broken fixture', () => {
  it('has broken fixtures with fixes to try', () => {
    const withFixes = fixtures.filter((f) =>
      checkInvitation(readFileSync(f, 'utf8')).problems.some((p) => p.fixes?.length),
    );
    assert.ok(withFixes.length >= 4, `${withFixes.length} fixtures with fixes`);
  });

  it('each fix stays in its range, removes its problem and adds none (names each one that does not)', () => {
    let tried = 0;
    const failures = fixtures.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const before = checkInvitation(text).problems;
      return before.flatMap((problem) =>
        (problem.fixes ?? []).map((fix, n) => {
          tried += 1;
          const failure = fixFailure(text, before, problem, fix);
          return (
            failure &&
            `${file.split('/').pop()}: ${problem.code} at ${problem.range.start.line + 1}:${problem.range.start.character + 1}, fix ${n + 1} "${fix.title.vi}": ${failure}`
          );
        }),
      );
    });
    assert.deepEqual(failures.filter(Boolean), []);
    assert.ok(tried >= 20, `${tried} fixes tried`);
  });
});

/** The typo fixture's problems, and its GM003 ones (checked inside each test, not while mocha collects them). */
function typoProblems(): { problems: Problem[]; typo: Problem[] } {
  const problems = checkInvitation(
    readFileSync('test/unit/authoring/fixtures/unknown-key-typo.giaymoi.yaml', 'utf8'),
  ).problems;
  return { problems, typo: problems.filter((p) => p.code === 'GM003') };
}

describe('quick fix selection', () => {
  it('matches diagnostics to problems by code and range', () => {
    const { problems, typo } = typoProblems();
    assert.deepEqual(problemsFor(problems, [{ code: 'GM003', range: typo[0].range }]), [typo[0]]);
    assert.deepEqual(problemsFor(problems, [{ code: 'GM004', range: typo[0].range }]), []);
  });

  it('offers the rename, preferred when it is the only fix', () => {
    const { problems, typo } = typoProblems();
    const [action] = quickFixes(problems, [typo[0]], 'vi');
    assert.equal(action.title, 'Đổi thành `trich_yeu`');
    assert.equal(action.preferred, true);
    assert.equal(quickFixes(problems, [typo[0]], 'en')[0].title, 'Rename to `trich_yeu`');
  });

  it('does not offer renames as "fix all" (not fix-all safe)', () => {
    const { problems, typo } = typoProblems();
    assert.equal(quickFixes(problems, typo, 'vi').length, 2);
    assert.equal(fixAllAction(problems, 'vi'), undefined);
  });

  it('fixes all quoting problems of a kind at once', () => {
    const broken = readFileSync('test/unit/authoring/fixtures/colon-in-text.giaymoi.yaml', 'utf8')
      .replace('  - "Lưu: VT."', '  - Lưu: VT.')
      .replace('chuc_vu: CHỦ TỊCH', 'chuc_vu: CHỦ TỊCH:');
    const all = checkInvitation(broken).problems;
    const actions = quickFixes(all, all.filter((p) => p.code === 'GM001').slice(0, 1), 'vi');
    const fixAll = actions.find((a) => a.title.startsWith('Sửa tất cả'));
    assert.ok(fixAll, actions.map((a) => a.title).join(', '));
    const whole = fixAllAction(all, 'en');
    assert.ok(whole);
    const once = checkInvitation(applyEdits(broken, whole.edits)).problems;
    assert.deepEqual(
      once.filter((p) => p.code === 'GM001'),
      [],
      'every colon-in-text quoted',
    );
    const twice = applyEdits(broken, whole.edits);
    const again = fixAllAction(once, 'en');
    const final = again ? applyEdits(twice, again.edits) : twice;
    assert.deepEqual(
      checkInvitation(final)
        .problems.filter((p) => p.severity === 'error')
        .map((p) => p.code),
      [],
      'the list quoting shows once the YAML reads',
    );
  });

  it('never offers a fix that reaches outside its problem', () => {
    const { typo } = typoProblems();
    const rogue: Problem = {
      ...typo[0],
      fixes: [
        {
          title: { vi: 'x', en: 'x' },
          edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, newText: 'X' }],
        },
      ],
    };
    assert.deepEqual(quickFixes([rogue], [rogue], 'vi'), []);
  });
});

describe('quick fixes: only the kinds the editor asks for (CodeActionContext.only)', () => {
  it('gives quick fixes, not fix-all, to a quick-fix request (the lightbulb, Ctrl+.)', () => {
    assert.equal(kindRequested('quickfix', 'quickfix'), true);
    assert.equal(kindRequested('quickfix', 'fixAll'), false);
  });

  it('gives fix-all, not quick fixes, to source and fix-all requests (codeActionsOnSave)', () => {
    for (const only of ['source', 'source.fixAll', 'source.fixAll.giaymoi']) {
      assert.equal(kindRequested(only, 'fixAll'), true, only);
      assert.equal(kindRequested(only, 'quickfix'), false, only);
    }
  });

  it('gives both when nothing is asked for, and neither to an unrelated or sibling kind', () => {
    for (const only of [undefined, ''])
      assert.deepEqual([kindRequested(only, 'quickfix'), kindRequested(only, 'fixAll')], [true, true]);
    for (const only of ['refactor', 'source.organizeImports', 'source.fixAll.eslint', 'quick']) {
      assert.deepEqual([kindRequested(only, 'quickfix'), kindRequested(only, 'fixAll')], [false, false], only);
    }
  });
});
