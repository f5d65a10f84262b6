/**
 * A mail merge's file names: one document per copy (each inviting just that
 * one invitee), named safely for Windows and told apart case-insensitively as
 * Windows compares, plus one combined file to print.
 */
import { MAX_NAME_BYTES, safeFileStem, utf8Bytes } from './file-names';

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

/** Bytes of a name kept for ".docx" and a " (12345)" that tells equal names apart. */
const SUFFIX_BYTES = '.docx'.length + ' (99999)'.length;
/** Longest source part of a name, and longest invitee part, in UTF-8 bytes. */
const BASE_BYTES = 100;
const INVITEE_BYTES = 150;

/** Names "<stem> - <invitee>.docx" (unique, case-insensitively) and "<stem> (tất cả).docx". */
export function planMailMerge(invitees: readonly string[], stem: string, options: { ascii?: boolean } = {}): MergePlan {
  const base = safeFileStem(stem, { ascii: options.ascii, maxBytes: BASE_BYTES });
  const taken = new Set<string>();
  const combinedFileName = `${safeFileStem(`${base} (tất cả)`, { ascii: options.ascii, maxBytes: MAX_NAME_BYTES - SUFFIX_BYTES })}.docx`;
  taken.add(combinedFileName.toLowerCase());
  const room = Math.min(INVITEE_BYTES, MAX_NAME_BYTES - SUFFIX_BYTES - utf8Bytes(`${base} - `));
  const entries = invitees.map((who, invitee) => {
    const name = safeFileStem(who, { ascii: options.ascii, maxBytes: room, fallback: String(invitee + 1) });
    return { invitee, fileName: unique(`${base} - ${name}`, taken) };
  });
  return { entries, combinedFileName };
}

/** The user's pattern names ("{{STT}} - {{Họ và tên}}"), made safe and unique, beside the combined file's. */
export function patternedNames(names: readonly string[], stem: string, options: { ascii?: boolean } = {}): MergePlan {
  const { combinedFileName } = planMailMerge([], stem, options);
  const taken = new Set([combinedFileName.toLowerCase()]);
  const entries = names.map((name, invitee) => ({
    invitee,
    fileName: unique(safeFileStem(name, { ascii: options.ascii, maxBytes: 120, fallback: String(invitee + 1) }), taken),
  }));
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
