/**
 * The body (ô 6) back to the format: opening paragraphs, the Mẫu 1.7 lines
 * (kính mời, tới dự, chủ trì, thời gian, địa điểm), the numbered structure,
 * the contact point and the closing. A line becomes a field only where the
 * field prints it back in the same place with the same words; anything else
 * stays a paragraph where it stood.
 */
import { agencyInSentence } from '../core/layout';
import { withoutListMark } from '../core/text';
import type { Agency } from '../core/check';
import type { BodyLine } from './body-lines';
import type { ImportDraft } from './draft';
import { readStructure } from './structure';
import { readTime } from './body-times';

const INVITATION = /^(.*?)\s*trân trọng kính mời\s*:\s*(.*)$/u;
const CONTACT = /^Đầu mối liên hệ\s*:\s*(.+)$/u;
/** Mẫu 1.6's "<agency> điện:", which the export derives from `co_quan` (its `ten_goi`). */
const CONG_DIEN = /^(\S.*?)\s+điện\s*:$/u;
/** Mẫu 1.7's labels in any case; "Tới dự" with or without its colon (the export prints none, the words are the same). */
const MODEL: [key: string, pattern: RegExp][] = [
  ['toi_du', /^Tới dự(?:\s*:\s*|\s+)(.+)$/iu],
  ['chu_tri', /^Chủ trì\s*:\s*(.+)$/iu],
  ['thoi_gian', /^Thời gian\s*:\s*(.*)$/iu],
  ['dia_diem', /^Địa điểm\s*:\s*(.+)$/iu],
];

export function readBody(lines: readonly BodyLine[], draft: ImportDraft): void {
  let i = 0;
  const opening: string[] = [];
  const isOpening = openingTest(draft);
  while (i < lines.length && lines[i].kind === 'paragraph' && !isOpening(lines[i].text) && !modelKey(lines[i]))
    opening.push(lines[i++].text);
  if (opening.length) draft.fields.mo_dau = opening.length === 1 ? opening[0] : opening;
  if (i < lines.length && lines[i].kind === 'paragraph' && isOpening(lines[i].text))
    i = draft.fields.ten_loai === 'cong_dien' ? readCongDien(lines, i, draft) : readInvitation(lines, i, draft);
  i = readModelLines(lines, i, draft);
  readRest(lines.slice(i), draft);
}

/** The line that opens the invitation proper: "… kính mời …", or a Công điện's "<agency> điện:". */
function openingTest(draft: ImportDraft): (text: string) => boolean {
  return draft.fields.ten_loai === 'cong_dien' ? (text) => CONG_DIEN.test(text) : (text) => /kính mời/u.test(text);
}

/** Mẫu 1.6: "<agency> điện:" (derived), its addressees' dash lines (`kinh_moi`), then the author's sentence. */
function readCongDien(lines: readonly BodyLine[], at: number, draft: ImportDraft): number {
  setAgencyInSentence(CONG_DIEN.exec(lines[at].text)![1], draft);
  let next = at + 1;
  const addressees: string[] = [];
  while (next < lines.length && lines[next].kind === 'dash') addressees.push(withoutListMark(lines[next++].text));
  if (addressees.length) draft.fields.kinh_moi = addressees.length === 1 ? addressees[0] : addressees;
  if (next < lines.length && lines[next].kind === 'paragraph' && !modelKey(lines[next]))
    draft.fields.loi_moi = lines[next++].text;
  return next;
}

/** "<agency> trân trọng kính mời: <invitee>" (Mẫu 1.7) or the author's own sentence, then its dash list. */
function readInvitation(lines: readonly BodyLine[], at: number, draft: ImportDraft): number {
  const line = lines[at];
  let next = at + 1;
  const invitees: string[] = [];
  while (next < lines.length && lines[next].kind === 'dash') invitees.push(withoutListMark(lines[next++].text)); // the list's ";" and "." are derived
  const m = INVITATION.exec(line.text);
  if (m && m[1] && (m[2] ? invitees.length === 0 : invitees.length > 0)) {
    setAgencyInSentence(m[1], draft);
    draft.fields.kinh_moi = m[2] || invitees;
    return next;
  }
  draft.fields.loi_moi = line.text;
  if (invitees.length) draft.fields.kinh_moi = invitees.length === 1 ? invitees[0] : invitees;
  return next;
}

/** The agency as the sentence names it: `ten_goi` only when it differs from what is derived. */
function setAgencyInSentence(name: string, draft: ImportDraft): void {
  const agency = draft.fields.co_quan as Agency | undefined;
  if (!agency) return;
  if (agencyInSentence({ ...agency, ten_goi: undefined }) !== name) draft.fields.co_quan = { ...agency, ten_goi: name };
}

function modelKey(line: BodyLine): number {
  if (line.kind !== 'paragraph') return 0;
  return MODEL.findIndex(([, p]) => p.test(line.text)) + 1;
}

/** Tới dự, Chủ trì, Thời gian, Địa điểm: each once, in the model's order. */
function readModelLines(lines: readonly BodyLine[], at: number, draft: ImportDraft): number {
  let i = at;
  let order = 0;
  while (i < lines.length) {
    const k = modelKey(lines[i]);
    if (k === 0 || k <= order) break;
    const [key, pattern] = MODEL[k - 1];
    const value = pattern.exec(lines[i].text)![1];
    if (key === 'thoi_gian') {
      const time = readTime(value, lines, i, ['thoi_gian'], draft);
      if (!time) break;
      draft.fields.thoi_gian = time.value;
      i = time.next;
    } else {
      draft.fields[key] = value;
      i += 1;
    }
    order = k;
  }
  return i;
}

/** The structure, then the contact point, then the closing paragraphs. */
function readRest(lines: readonly BodyLine[], draft: ImportDraft): void {
  let lastListed = -1;
  lines.forEach((l, i) => {
    if (l.kind !== 'paragraph' || modelKey(l)) lastListed = i;
  });
  const contact = lines.findIndex((l, i) => i > lastListed && l.kind === 'paragraph' && CONTACT.test(l.text));
  const structureEnd = contact >= 0 ? contact : lastListed + 1;
  const structure = lines.slice(0, structureEnd);
  if (structure.length) readStructure(structure, draft);
  if (contact >= 0) draft.fields.dau_moi_lien_he = CONTACT.exec(lines[contact].text)![1];
  const closing = lines.slice(contact >= 0 ? contact + 1 : structureEnd).map((l) => l.text);
  if (closing.length) draft.fields.loi_ket = closing.length === 1 ? closing[0] : closing;
}
