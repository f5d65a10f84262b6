/** The address block at the foot of page 1 (ô 13): "Địa chỉ: …; Điện thoại: …; Fax: …; Thư điện tử: …; Website: …". */
import type { ImportDraft } from './draft';

const LABELS: Record<string, string> = {
  'địa chỉ': 'dia_chi',
  'điện thoại': 'dien_thoai',
  đt: 'dien_thoai',
  fax: 'fax',
  'thư điện tử': 'email',
  email: 'email',
  'e-mail': 'email',
  website: 'website',
};

/** Reads footer lines made only of labelled parts; returns false when a line is something else. */
export function readContactBlock(lines: readonly string[], draft: ImportDraft): void {
  const block: Record<string, string> = {};
  for (const line of lines) {
    const parts = line
      .split(/;\s+|\t+/u)
      .map((p) => p.trim())
      .filter(Boolean);
    const read = parts
      .map((p) => /^([^:]{2,14}):\s*(.+)$/u.exec(p))
      .map((m) =>
        m && LABELS[m[1].toLocaleLowerCase('vi')] ? ([LABELS[m[1].toLocaleLowerCase('vi')], m[2]] as const) : undefined,
      );
    if (read.length === 0 || read.some((r) => !r)) continue;
    for (const r of read) block[r![0]] = r![1].replace(/\.$/, '');
  }
  if (Object.keys(block).length) draft.fields.lien_he = block;
}
