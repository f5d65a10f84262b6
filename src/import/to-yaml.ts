/**
 * The draft as a source file a person would have written: the schema's key
 * order, time slots on one line, and each note as a comment on its field.
 */
import { Document, isMap, isScalar, isSeq, Scalar, type Node } from 'yaml';
import type { FieldPath, ImportNote } from './draft';

const ORDER = [
  'nguyen_van_dau',
  'co_quan',
  'so',
  'ky_hieu',
  'dia_danh',
  'ngay',
  'do_khan',
  'do_mat',
  'pham_vi_luu_hanh',
  'ten_loai',
  'trich_yeu',
  'mo_dau',
  'loi_moi',
  'kinh_moi',
  'toi_du',
  'chu_tri',
  'thoi_gian',
  'dia_diem',
  'phan',
  'muc',
  'dau_moi_lien_he',
  'loi_ket',
  'nguyen_van',
  'nguoi_ky',
  'noi_nhan',
  'nguoi_soan_thao',
  'so_ban',
  'nguyen_van_cuoi',
  'lien_he',
];
const AGENCY_ORDER = ['chu_quan', 'ten', 'viet_tat', 'ten_goi'];
const SIGNER_ORDER = ['thay_mat', 'quyen_han', 'chuc_vu_thay', 'chuc_vu', 'cho_ky', 'ho_ten'];

export function toYaml(fields: Record<string, unknown>, notes: readonly ImportNote[], heading: string): string {
  const ordered = orderKeys(fields, ORDER);
  if (ordered.co_quan) ordered.co_quan = orderKeys(ordered.co_quan as Record<string, unknown>, AGENCY_ORDER);
  if (ordered.nguoi_ky) ordered.nguoi_ky = orderKeys(ordered.nguoi_ky as Record<string, unknown>, SIGNER_ORDER);
  const doc = new Document(ordered);
  flowSlots(doc.contents as Node);
  doc.commentBefore = heading;
  for (const n of notes) attach(doc, n);
  return doc.toString({ lineWidth: 0, indent: 2, indentSeq: true });
}

function orderKeys(object: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const keys = [...order.filter((k) => k in object), ...Object.keys(object).filter((k) => !order.includes(k))];
  return Object.fromEntries(keys.filter((k) => object[k] !== undefined).map((k) => [k, object[k]]));
}

/** `{ bat_dau: 2024-05-17 14:00, ket_thuc: "16:30" }` on one line, as the README writes slots. */
function flowSlots(node: Node | null | undefined): void {
  if (isScalar(node) && typeof node.value === 'string' && /^\d{1,2}:\d{2}$/.test(node.value))
    node.type = Scalar.QUOTE_DOUBLE; // "11:30", never read as a number
  if (isMap(node)) {
    if (node.has('bat_dau')) node.flow = true;
    for (const pair of node.items) flowSlots(pair.value as Node);
  } else if (isSeq(node)) for (const item of node.items) flowSlots(item as Node);
}

/** A note is a comment above its field (or the nearest field that exists). */
function attach(doc: Document, n: ImportNote): void {
  const text = ` ${n.message.vi}`;
  for (let depth = n.path.length; depth > 0; depth -= 1) {
    const node = doc.getIn(n.path.slice(0, depth) as FieldPath[number][], true) as Node | undefined;
    if (node && typeof node === 'object') {
      node.commentBefore = node.commentBefore ? `${node.commentBefore}\n${text}` : text;
      return;
    }
  }
  doc.commentBefore = `${doc.commentBefore ?? ''}\n${text}`;
}
