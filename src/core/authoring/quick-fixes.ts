/**
 * Which quick fixes to offer for the problems under the cursor, and the
 * "fix all" edits: each fix comes from `Problem.fixes` and may only touch the
 * problem's own range, so a quick fix never rewrites anything else.
 */
import type { Fix, Language, Position, Problem, Range, TextEdit } from '../model/problem';
import { UI, ui } from './texts';

/** One action for the editor: a title and the edits it applies to the file. */
export interface FixAction {
  readonly title: string;
  readonly kind: 'quickfix' | 'fixAll';
  readonly code: string;
  readonly edits: readonly TextEdit[];
  readonly preferred: boolean;
  /** The problem this action fixes (quickfix only), to attach its diagnostic. */
  readonly problem?: Problem;
}

/** The editor's hierarchical kind for each of our actions (`source.fixAll.giaymoi` works in `editor.codeActionsOnSave`). */
export const ACTION_KINDS = { quickfix: 'quickfix', fixAll: 'source.fixAll.giaymoi' } as const;

/**
 * Whether a request limited to `only` (e.g. "quickfix", "source") asks for actions of `kind`;
 * no limit asks for all. The editor drops, with a warning, any action of a kind it did not ask for.
 */
export function kindRequested(only: string | undefined, kind: FixAction['kind']): boolean {
  if (only === undefined || only === '') return true;
  const value = ACTION_KINDS[kind];
  return value === only || value.startsWith(`${only}.`);
}

/** What the editor knows about a diagnostic: its code and range. */
export interface DiagnosticRef {
  readonly code: string;
  readonly range: Range;
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const sameRange = (a: Range, b: Range) =>
  before(a.start, b.start) && before(b.start, a.start) && before(a.end, b.end) && before(b.end, a.end);
const within = (inner: Range, outer: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);

/** A fix's edits all lie inside the problem's range (an insertion at its end counts as inside). */
export function staysInRange(fix: Fix, range: Range): boolean {
  return fix.edits.length > 0 && fix.edits.every((edit) => within(edit.range, range));
}

/** The problems the editor's diagnostics stand for, matched by code and range. */
export function problemsFor(problems: readonly Problem[], diagnostics: readonly DiagnosticRef[]): Problem[] {
  return problems.filter((p) => diagnostics.some((d) => d.code === p.code && sameRange(d.range, p.range)));
}

/** Quick fixes for `matched` problems, plus "fix all of this kind" where that is safe and useful. */
export function quickFixes(all: readonly Problem[], matched: readonly Problem[], language: Language): FixAction[] {
  const actions: FixAction[] = [];
  for (const problem of matched) {
    const fixes = (problem.fixes ?? []).filter((fix) => staysInRange(fix, problem.range));
    fixes.forEach((fix, i) =>
      actions.push({
        title: fix.title[language],
        kind: 'quickfix',
        code: problem.code,
        edits: fix.edits,
        preferred: i === 0 && fixes.length === 1,
        problem,
      }),
    );
  }
  for (const code of new Set(matched.map((p) => p.code))) {
    const edits = safeEdits(all.filter((p) => p.code === code));
    if (edits.count > 1)
      actions.push({
        title: ui(UI.fixAllOfKind, language, { code }),
        kind: 'quickfix',
        code,
        edits: edits.edits,
        preferred: false,
      });
  }
  return actions;
}

/** Every safe fix in the file at once (`source.fixAll.giaymoi`); undefined when there is none. */
export function fixAllAction(all: readonly Problem[], language: Language): FixAction | undefined {
  const { edits } = safeEdits(all);
  return edits.length > 0
    ? { title: ui(UI.fixAllSafe, language), kind: 'fixAll', code: '', edits, preferred: false }
    : undefined;
}

/** The first fix-all-safe fix of each problem, dropping any that would overlap an earlier one. */
function safeEdits(problems: readonly Problem[]): { edits: TextEdit[]; count: number } {
  const chosen: TextEdit[] = [];
  let count = 0;
  const sorted = [...problems].sort((a, b) => (before(a.range.start, b.range.start) ? -1 : 1));
  for (const problem of sorted) {
    const fix = problem.fixes?.find((f) => f.fixAllSafe && staysInRange(f, problem.range));
    if (!fix || fix.edits.some((edit) => chosen.some((c) => overlaps(c.range, edit.range)))) continue;
    chosen.push(...fix.edits);
    count += 1;
  }
  return { edits: chosen, count };
}

function overlaps(a: Range, b: Range): boolean {
  const strictlyBefore = (x: Position, y: Position) =>
    x.line < y.line || (x.line === y.line && x.character < y.character);
  return (strictlyBefore(a.start, b.end) && strictlyBefore(b.start, a.end)) || sameRange(a, b);
}

/** Applies non-overlapping edits to a text (used by tests and by the shell's previews). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = lineStarts(text);
  const offset = (p: Position) => Math.min(text.length, (starts[p.line] ?? text.length) + p.character);
  const ordered = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  return ordered.reduce(
    (result, edit) => result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end)),
    text,
  );
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}
