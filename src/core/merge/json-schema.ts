/**
 * The list form in the JSON Schema that Red Hat YAML validates with: `kinh_moi`
 * may be `{ danh_sach, dong }`, and a typed field (a date, a time) may hold a
 * `{{column}}` that only a row's copy fills in. The zod model checks each
 * copy; this only keeps editors from flagging a valid list invitation.
 */
import { say } from '../messages';
import type { Localized } from '../problem';

/** A JSON Schema description in both languages (Vietnamese first), as schema.ts attaches them. */
const described = (text: Localized) => ({ description: text.vi, 'x-description-en': text.en });

/** JSON Schema of `kinh_moi`'s list form. */
export const LIST_FORM_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['danh_sach', 'dong'],
  ...described(say('schema.listForm')),
  properties: {
    danh_sach: { type: 'string', minLength: 1, ...described(say('schema.listForm.danh_sach')) },
    dong: { type: 'string', minLength: 1, ...described(say('schema.listForm.dong')) },
  },
} as const;

/** Adds the list form to `kinh_moi` and lets every patterned string hold a `{{field}}`. */
export function withListForm(schema: Record<string, unknown>): Record<string, unknown> {
  const copy = allowFields(JSON.parse(JSON.stringify(schema))) as Record<string, any>;
  const kinhMoi = copy.properties?.kinh_moi;
  if (kinhMoi?.anyOf) kinhMoi.anyOf.push(LIST_FORM_SCHEMA);
  return copy;
}

function allowFields(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(allowFields);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = key === 'pattern' && typeof value === 'string' ? `(?:${value})|\\{\\{` : allowFields(value);
  return out;
}
