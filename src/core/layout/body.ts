/**
 * The body (ô 6): opening, the model's lines (Mẫu 1.7: kính mời, tới dự, chủ
 * trì, thời gian, địa điểm), the numbered parts and sections (structure.ts),
 * contact point and closing, each block tied to its YAML node.
 */
import type { Range } from '../model/problem';
import { documentType, type DocumentType } from '../schema/document-types';
import type { Contact, Invitation } from '../schema/schema';
import type { SourceMap, YamlPath } from '../source/source-map';
import { agencyInSentence, linesOf, nfc } from './derive';
import { closeWith } from '../text/punctuation';
import { parseInline } from './inline';
import type { Block } from './model';
import { layoutDashes, layoutParts, layoutSections, timeLines, type Emit } from './structure';

export interface BodyOptions {
  /** Mail merge: lay out the invitation for this one invitee of `kinh_moi`. */
  readonly invitee?: number;
  /** `kinh_moi`'s lines, when the caller has them (a mail merge reads them once, not once per invitee). */
  readonly invitees?: readonly string[];
}

/** Builds the body blocks in reading order. */
export function layoutBody(invitation: Invitation, source: SourceMap | undefined, options: BodyOptions): Block[] {
  const { before, after } = layoutBodyAround(invitation, source);
  return [...before, ...layoutInvitationLine(invitation, source, options), ...after];
}

/** The body's blocks before and after the invitation line: the part every invitee of a mail merge shares. */
export function layoutBodyAround(
  invitation: Invitation,
  source: SourceMap | undefined,
): { before: Block[]; after: Block[] } {
  const before: Block[] = [];
  const after: Block[] = [];
  const into =
    (blocks: Block[]): Emit =>
    (role, runs, path) =>
      blocks.push({ role, runs, source: rangeOf(source, path) });
  linesOf(invitation.mo_dau).forEach((line, i) =>
    into(before)('paragraph', parseInline(line), pathOfLine('mo_dau', invitation.mo_dau, i)),
  );
  const emit = into(after);
  modelLines(invitation, emit);
  layoutParts(invitation.phan, emit);
  layoutSections(invitation.muc, ['muc'], emit);
  layoutDashes(invitation.gach_dau_dong, ['gach_dau_dong'], emit);
  if (invitation.dau_moi_lien_he)
    emit(
      'paragraph',
      [{ text: 'Đầu mối liên hệ: ' }, ...parseInline(contactText(invitation.dau_moi_lien_he))],
      ['dau_moi_lien_he'],
    );
  linesOf(invitation.loi_ket).forEach((line, i) =>
    emit('paragraph', parseInline(line), pathOfLine('loi_ket', invitation.loi_ket, i)),
  );
  linesOf(invitation.nguyen_van).forEach((line, i) =>
    emit('paragraph', parseInline(line), pathOfLine('nguyen_van', invitation.nguyen_van, i)),
  );
  return { before, after };
}

function rangeOf(source: SourceMap | undefined, path: YamlPath): Range | undefined {
  return source?.valueRange(path);
}

const pathOfLine = (key: string, value: unknown, i: number): YamlPath => (Array.isArray(value) ? [key, i] : [key]);

/** The invitees this layout addresses (all, or the one of a mail merge) and the YAML path of each. */
interface Addressees {
  readonly chosen: readonly string[];
  readonly pathOf: (i: number) => YamlPath;
}

/**
 * The body's opening, by the document's type: Mẫu 1.7's "<agency> trân trọng kính mời: <invitee>"
 * (or the author's own sentence), Mẫu 1.6's "<agency> điện:" over its addressees, or, for a
 * Thông báo (Mẫu 1.4, which has no invitation line), the author's sentence and the invitees as dash lines.
 */
export function layoutInvitationLine(
  invitation: Invitation,
  source: SourceMap | undefined,
  options: BodyOptions,
): Block[] {
  const blocks: Block[] = [];
  const emit: Emit = (role, runs, path) => blocks.push({ role, runs, source: rangeOf(source, path) });
  const invitees = options.invitees ?? linesOf(invitation.kinh_moi);
  const chosen =
    options.invitee !== undefined && invitees[options.invitee] !== undefined ? [invitees[options.invitee]] : invitees;
  const pathOf = (i: number): YamlPath => pathOfLine('kinh_moi', invitation.kinh_moi, options.invitee ?? i);
  const opening = OPENINGS[documentType(invitation).key];
  opening(invitation, { chosen, pathOf }, emit);
  return blocks;
}

type Opening = (invitation: Invitation, addressees: Addressees, emit: Emit) => void;

/** Mẫu 1.7: the model's sentence with one invitee, or over a dash line per invitee. */
const giayMoiOpening: Opening = (invitation, { chosen, pathOf: inviteePath }, emit) => {
  if (invitation.loi_moi) emit('paragraph', parseInline(nfc(invitation.loi_moi)), ['loi_moi']);
  else if (chosen.length === 1)
    emit(
      'paragraph',
      [{ text: `${agencyInSentence(invitation.co_quan)} trân trọng kính mời: ` }, ...parseInline(chosen[0])],
      inviteePath(0),
    );
  else if (chosen.length > 1)
    emit('paragraph', [{ text: `${agencyInSentence(invitation.co_quan)} trân trọng kính mời:` }], ['kinh_moi']);
  if (invitation.loi_moi || chosen.length > 1) dashLines({ chosen, pathOf: inviteePath }, emit);
};

/** Mẫu 1.4 has no invitation line: the author's sentence, then the invitees (if any) as dash lines. */
const thongBaoOpening: Opening = (invitation, addressees, emit) => {
  if (invitation.loi_moi) emit('paragraph', parseInline(nfc(invitation.loi_moi)), ['loi_moi']);
  dashLines(addressees, emit);
};

/** Mẫu 1.6: "<agency> điện:", the addressees (`kinh_moi`) one dash line each, then the author's sentence. */
const congDienOpening: Opening = (invitation, addressees, emit) => {
  emit('paragraph', [{ text: `${agencyInSentence(invitation.co_quan)} điện:` }], ['co_quan']);
  dashLines(addressees, emit);
  if (invitation.loi_moi) emit('paragraph', parseInline(nfc(invitation.loi_moi)), ['loi_moi']);
};

const OPENINGS: Readonly<Record<DocumentType['key'], Opening>> = {
  giay_moi: giayMoiOpening,
  thong_bao: thongBaoOpening,
  cong_dien: congDienOpening,
  // A free type word (a Thư mời, a Giấy triệu tập) invites as a Giấy mời does.
  tu_do: giayMoiOpening,
};

/** One "- " line per addressee, ";" after each but the last, which takes "." (as Kính gửi's lines do). */
function dashLines({ chosen, pathOf }: Addressees, emit: Emit): void {
  chosen.forEach((who, i) =>
    emit('bullet', [{ text: '- ' }, ...parseInline(listItem(who, i === chosen.length - 1))], pathOf(i)),
  );
}

/** A line of a list ends with ";", the last with "." (as nơi nhận and the decree's lists do). */
function listItem(text: string, last: boolean): string {
  return closeWith(text, last ? '.' : ';');
}

/** The model's one-line fields, in Mẫu 1.7's order. */
function modelLines(invitation: Invitation, emit: Emit): void {
  if (invitation.toi_du) emit('paragraph', [{ text: 'Tới dự ' }, ...parseInline(nfc(invitation.toi_du))], ['toi_du']);
  if (invitation.chu_tri)
    emit('paragraph', [{ text: 'Chủ trì: ' }, ...parseInline(nfc(invitation.chu_tri))], ['chu_tri']);
  if (invitation.thoi_gian) timeLines([{ text: 'Thời gian' }], invitation.thoi_gian, ['thoi_gian'], 'paragraph', emit);
  if (invitation.dia_diem)
    emit('paragraph', [{ text: 'Địa điểm: ' }, ...parseInline(nfc(invitation.dia_diem))], ['dia_diem']);
}

/** "Ông Nguyễn Văn A, Chuyên viên Văn phòng, điện thoại: 0205 3834 567, email: …". */
export function contactText(contact: Contact): string {
  if (typeof contact === 'string') return nfc(contact);
  const parts = [
    contact.ho_ten,
    contact.chuc_vu,
    contact.dien_thoai && `điện thoại: ${contact.dien_thoai}`,
    contact.email && `thư điện tử: ${contact.email}`,
  ];
  return closeWith(nfc(parts.filter(Boolean).join(', ')), '.');
}
