/**
 * Mail merge from a list file: one DOCX per row's copy plus the combined file,
 * named "<stem> - <invitee line>" or by the user's pattern of the list's fields.
 * All or nothing: every copy was checked before (plan-export refuses errors).
 * Each file is laid out and rendered only when it is written (one at a time).
 */
import type { CheckResult } from '../core/check';
import { layoutInvitation } from '../core/layout';
import type { Layout } from '../core/layout/model';
import type { MergeResult } from '../core/merge/check-merge';
import { copyNames } from '../core/merge/file-names';
import { safeFileStem } from './file-names';
import { planMailMerge } from './mail-merge';
import type { PlannedFile } from './plan-export';

export interface ListMergeOptions {
  readonly stem: string;
  readonly asciiNames?: boolean;
  /** E.g. "{{STT}} - {{Họ và tên}}"; empty: "<stem> - <invitee line>". */
  readonly namePattern?: string;
}

/** Makes the combined file of `count` copies from each copy's own DOCX. */
export type Combine = (fileName: string, count: number, docxOf: (i: number) => Promise<Uint8Array>) => PlannedFile;

/** The per-row files and the combined one, or the pattern's unknown fields. */
export function planListMerge(checked: CheckResult, merge: MergeResult, options: ListMergeOptions, render: (layouts: Layout[]) => Promise<Uint8Array>, combine: Combine) {
  const named = copyNames(merge, options.namePattern);
  if (!named.ok) return { ok: false as const, unknownFields: named.unknown };
  const layoutOf = (i: number) => layoutInvitation(merge.copies[i].invitation!, checked.source);
  const plan = planMailMerge(named.names, options.stem, { ascii: options.asciiNames });
  const fileNames = options.namePattern?.trim() ? patternNames(named.names, plan.combinedFileName, options.asciiNames) : plan.entries.map((e) => e.fileName);
  const files: PlannedFile[] = fileNames.map((fileName, i) => ({ fileName, render: () => render([layoutOf(i)]) }));
  files.push(combine(plan.combinedFileName, merge.copies.length, (i) => render([layoutOf(i)])));
  return { ok: true as const, files };
}

/** The pattern's names made safe and unique (case-insensitively, as Windows compares). */
function patternNames(names: readonly string[], combined: string, ascii?: boolean): string[] {
  const taken = new Set([combined.toLowerCase()]);
  return names.map((name, i) => {
    const stem = safeFileStem(name, { ascii, maxBytes: 120, fallback: String(i + 1) });
    for (let n = 1; ; n += 1) {
      const candidate = `${n === 1 ? stem : `${stem} (${n})`}.docx`;
      if (!taken.has(candidate.toLowerCase())) {
        taken.add(candidate.toLowerCase());
        return candidate;
      }
    }
  });
}
