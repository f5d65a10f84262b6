/**
 * Mail merge planning: one document per invitee of `kinh_moi` (each inviting
 * just that one), named safely for Windows, plus one combined file to print.
 */
import { safeFileStem } from './file-names';

export interface MergeEntry {
  /** Index into `kinh_moi`, the layout's `invitee` option. */
  readonly invitee: number;
  readonly fileName: string;
}

export interface MergePlan {
  readonly entries: readonly MergeEntry[];
  /** All invitees' documents in one file, one section each. */
  readonly combinedFileName: string;
}

/** Longest invitee part of a file name. */
const INVITEE_NAME_LENGTH = 60;

/** Names "<stem> - <invitee>.docx" (unique, case-insensitively) and "<stem> (tất cả).docx". */
export function planMailMerge(invitees: readonly string[], stem: string, options: { ascii?: boolean } = {}): MergePlan {
  const base = safeFileStem(stem, { ascii: options.ascii });
  const taken = new Set<string>();
  const combinedFileName = `${safeFileStem(`${base} (tất cả)`, { ascii: options.ascii, maxLength: 120 })}.docx`;
  taken.add(combinedFileName.toLowerCase());
  const entries = invitees.map((who, invitee) => {
    const name = safeFileStem(who, { ascii: options.ascii, maxLength: INVITEE_NAME_LENGTH, fallback: String(invitee + 1) });
    return { invitee, fileName: unique(`${base} - ${name}`, taken) };
  });
  return { entries, combinedFileName };
}

function unique(stem: string, taken: Set<string>): string {
  for (let n = 1; ; n += 1) {
    const name = `${n === 1 ? stem : `${stem} (${n})`}.docx`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}
