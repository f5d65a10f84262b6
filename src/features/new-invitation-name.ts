/**
 * The name a new invitation is saved under (issue 32, item 5): its date and
 * its trích yếu, "2025-03-20-du-hoi-nghi.giaymoi.yaml", in ASCII with words
 * joined by "-", never a character Windows refuses. VS Code would otherwise
 * propose the first line, "co_quan:", which Windows cannot save.
 */
import { foldToAscii, safeFileStem } from '../export/file-names';

/** Longest part of the name taken from the trích yếu, in characters. */
const SUBJECT_CHARS = 60;

/** "<date>-<trích yếu in ASCII words>.giaymoi.yaml"; just the date when the trích yếu has no letter or digit. */
export function newInvitationFileName(date: string, subject: string): string {
  const words = foldToAscii(subject)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SUBJECT_CHARS)
    .replace(/^-+|-+$/g, '');
  const stem = safeFileStem(words ? `${date}-${words}` : date, { ascii: true, fallback: 'giay-moi' });
  return `${stem}.giaymoi.yaml`;
}

/** The trích yếu a template proposes: the default of its `trich_yeu: ${n:…}` tab stop, or its plain value. */
export function templateSubject(body: string): string {
  const line = /^trich_yeu:\s*(.*)$/m.exec(body)?.[1] ?? '';
  return /^\$\{\d+:([^}]*)\}/.exec(line)?.[1] ?? line;
}

/** `name`, else "<stem>-2.giaymoi.yaml", "-3"… : the first that `taken` says is free. */
export async function freeName(name: string, taken: (candidate: string) => Promise<boolean>): Promise<string> {
  const stem = name.slice(0, -'.giaymoi.yaml'.length);
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? name : `${stem}-${n}.giaymoi.yaml`;
    if (!(await taken(candidate))) return candidate;
  }
}
