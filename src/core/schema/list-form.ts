/**
 * The list form of `kinh_moi` in zod: `{ danh_sach: khach-moi.csv, dong:
 * "Ông/Bà {{Họ và tên}}, …" }`. The invitation schema (core/schema/schema.ts) takes
 * it into the JSON Schema editors validate with; the checks themselves run on
 * each row's copy, whose `kinh_moi` is that row's line (check-merge.ts).
 */
import * as z from 'zod';
import { say } from '../messages';
import type { Localized } from '../model/problem';

export const LIST_KEYS = { list: 'danh_sach', line: 'dong' } as const;

const described = <T extends z.ZodType>(schema: T, text: Localized) =>
  schema.meta({ description: text.vi, 'x-description-en': text.en });

export const listFormSchema = described(
  z.strictObject({
    [LIST_KEYS.list]: described(z.string().min(1), say('schema.listForm.danh_sach')),
    [LIST_KEYS.line]: described(z.string().min(1), say('schema.listForm.dong')),
  }),
  say('schema.listForm'),
);

/**
 * zod's JSON Schema hook: a patterned string (a date, a time) of a list
 * invitation may hold a `{{column}}` that only a row's copy fills in.
 */
export function allowFieldsInPatterns(ctx: { jsonSchema: { pattern?: string } }): void {
  if (typeof ctx.jsonSchema.pattern === 'string') ctx.jsonSchema.pattern = `(?:${ctx.jsonSchema.pattern})|\\{\\{`;
}
