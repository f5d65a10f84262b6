/**
 * Validated model → layout: the page's regions in reading order with every
 * derived text, as both renderers draw it (style rule 2: one layout, two renderers).
 */
import { documentType } from '../schema/document-types';
import type { Invitation } from '../schema/schema';
import type { SourceMap, YamlPath } from '../source/source-map';
import { layoutBody, layoutBodyAround, layoutInvitationLine, type BodyOptions } from './body';
import { dateLine, drafterText, linesOf, nfc, numberLine, signaturePrefixes } from './derive';
import { parseInline, plainText } from './inline';
import type { Block, Layout, Role, Run, UrgencyStamp } from './model';

export type LayoutOptions = BodyOptions;

/** NĐ 30/2020, PL I-P.I-M.II-k.1: the national motto, fixed text. */
export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

const MARK_TEXT: Record<string, string> = {
  hoa_toc: 'HỎA TỐC',
  thuong_khan: 'THƯỢNG KHẨN',
  khan: 'KHẨN',
  mat: 'MẬT',
  toi_mat: 'TỐI MẬT',
  tuyet_mat: 'TUYỆT MẬT',
  xem_xong_tra_lai: 'XEM XONG TRẢ LẠI',
  luu_hanh_noi_bo: 'LƯU HÀNH NỘI BỘ',
};

/** Lays out a schema-valid invitation; `source` gives each block its range for editor sync. */
export function layoutInvitation(invitation: Invitation, source?: SourceMap, options: LayoutOptions = {}): Layout {
  const at = (role: Role, runs: Run[], path?: YamlPath): Block => ({
    role,
    runs,
    source: path && source ? source.valueRange(path) : undefined,
  });
  const lines = (value: string | readonly string[] | undefined) => linesOf(value).join('\n');
  const agency = invitation.co_quan;
  return {
    aboveHeader: verbatimBlocks(invitation, 'nguyen_van_dau', at),
    header: {
      left: [
        ...(agency.chu_quan
          ? [at('co_quan_chu_quan', [{ text: lines(agency.chu_quan) }], ['co_quan', 'chu_quan'])]
          : []),
        at('co_quan', [{ text: lines(agency.ten) }], ['co_quan', 'ten']),
      ],
      right: [at('quoc_hieu', [{ text: QUOC_HIEU }]), at('tieu_ngu', [{ text: TIEU_NGU }])],
      numberLine: at('so_ky_hieu', numberLine(invitation), invitation.so !== undefined ? ['so'] : undefined),
      dateLine: at('dia_danh_ngay', dateLine(invitation), invitation.ngay ? ['ngay'] : ['dia_danh']),
    },
    marks: (['do_mat', 'do_khan', 'pham_vi_luu_hanh'] as const)
      .filter((key) => invitation[key])
      .map((key) => ({
        ...at(key, [{ text: MARK_TEXT[invitation[key] as string] }], [key]),
        ...stampOf(key, invitation),
      })),
    title: [
      at('ten_loai', [{ text: documentType(invitation).word }], invitation.ten_loai ? ['ten_loai'] : undefined),
      at('trich_yeu', parseInline(lines(invitation.trich_yeu)), ['trich_yeu']),
    ],
    body: layoutBody(invitation, source, options),
    recipients: [
      at('noi_nhan_title', [{ text: 'Nơi nhận:' }], ['noi_nhan']),
      ...invitation.noi_nhan.map((item, i) => at('noi_nhan_item', [{ text: `- ${nfc(item)}` }], ['noi_nhan', i])),
    ],
    signature: signatureBlocks(invitation, at),
    drafter: drafterBlock(invitation, at),
    afterFoot: verbatimBlocks(invitation, 'nguyen_van_cuoi', at),
    contact: contactBlocks(invitation, at),
    draft: {
      number: invitation.so === undefined || invitation.so === null,
      day: !/^\d{4}-\d{2}-\d{2}$/.test(invitation.ngay ?? ''),
    },
    subject: plainText(linesOf(invitation.trich_yeu).join(' ')),
  };
}

/** Độ khẩn is drawn in its carved stamp (PL I-P.I-M.III-k.2-b); the other marks in a frame sized to the text. */
function stampOf(key: 'do_mat' | 'do_khan' | 'pham_vi_luu_hanh', invitation: Invitation): { stamp?: UrgencyStamp } {
  return key === 'do_khan' && invitation.do_khan ? { stamp: invitation.do_khan } : {};
}

/** One layout per invitee of a mail merge, the shared part laid out once. */
export interface PerInviteeLayouts {
  readonly count: number;
  /** The layout inviting invitee `i` alone (linear in that invitee's text, not in the list). */
  layout(i: number): Layout;
  /** The blocks that differ between invitees: the invitation line for invitee `i`. */
  lineBlocks(i: number): Block[];
  /** The shared layout with `blocks` as its invitation line. */
  withLine(blocks: readonly Block[]): Layout;
}

/** A mail merge's layouts: header, foot and the body around the invitation line made once. */
export function layoutPerInvitee(invitation: Invitation, source?: SourceMap): PerInviteeLayouts {
  const invitees = linesOf(invitation.kinh_moi);
  const shared = layoutInvitation(invitation, source, { invitee: 0, invitees });
  const { before, after } = layoutBodyAround(invitation, source);
  const lineBlocks = (i: number) => layoutInvitationLine(invitation, source, { invitee: i, invitees });
  const withLine = (blocks: readonly Block[]): Layout => ({ ...shared, body: [...before, ...blocks, ...after] });
  return { count: invitees.length, lineBlocks, withLine, layout: (i) => withLine(lineBlocks(i)) };
}

/** A no-break space: a line of its own height in both renderers, with no word on it. */
const NO_NAME = '\u00a0';

type At = (role: Role, runs: Run[], path?: YamlPath) => Block;

/** Quyền hạn and the title it acts for, the signer's title, what the signature space prints, then the name (ô 7a, 7b). */
function signatureBlocks(invitation: Invitation, at: At): Block[] {
  const signer = invitation.nguoi_ky;
  return [
    ...signaturePrefixes(signer).map((line) => at('quyen_han', [{ text: line.text }], ['nguoi_ky', line.key])),
    ...(signer.chuc_vu ? [at('chuc_vu', [{ text: nfc(signer.chuc_vu) }], ['nguoi_ky', 'chuc_vu'])] : []),
    ...(signer.cho_ky ? [at('cho_ky', [{ text: nfc(signer.cho_ky) }], ['nguoi_ky', 'cho_ky'])] : []),
    // A collective signing with no person keeps the name's line, blank: the room for signature and seal stays.
    signer.ho_ten
      ? at('ho_ten', [{ text: nfc(signer.ho_ten) }], ['nguoi_ky', 'ho_ten'])
      : at('ho_ten', [{ text: NO_NAME }], ['nguoi_ky']),
  ];
}

/** Text outside the decree's model, one block per line as written (inline marks read as in the body). */
function verbatimBlocks(invitation: Invitation, key: 'nguyen_van_dau' | 'nguyen_van_cuoi', at: At): Block[] {
  const value = invitation[key];
  return linesOf(value).map((line, i) => at(key, parseInline(line), Array.isArray(value) ? [key, i] : [key]));
}

function drafterBlock(invitation: Invitation, at: At): Block | undefined {
  const text = drafterText(invitation);
  return text ? at('soan_thao', [{ text }], [invitation.nguoi_soan_thao ? 'nguoi_soan_thao' : 'so_ban']) : undefined;
}

/** Address block at the foot of page 1 (ô 13). */
function contactBlocks(invitation: Invitation, at: At): Block[] {
  const c = invitation.lien_he;
  if (!c) return [];
  const parts = [
    c.dia_chi && `Địa chỉ: ${c.dia_chi}`,
    c.dien_thoai && `Điện thoại: ${c.dien_thoai}`,
    c.fax && `Fax: ${c.fax}`,
    c.email && `Thư điện tử: ${c.email}`,
    c.website && `Website: ${c.website}`,
  ].filter((p): p is string => Boolean(p));
  return parts.length ? [at('lien_he', [{ text: nfc(parts.join('; ')) }], ['lien_he'])] : [];
}

export { blockText } from './model';
