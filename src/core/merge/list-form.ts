/**
 * The list form of `kinh_moi` in zod: `{ danh_sach: khach-moi.csv, dong:
 * "Ông/Bà {{Họ và tên}}, …" }`. The invitation schema (core/schema.ts) takes
 * it into the JSON Schema editors validate with; the checks themselves run on
 * each row's copy, whose `kinh_moi` is that row's line (check-merge.ts).
 */
import * as z from 'zod';

export const LIST_KEYS = { list: 'danh_sach', line: 'dong' } as const;

const described = <T extends z.ZodType>(schema: T, vi: string, en: string) => schema.meta({ description: vi, 'x-description-en': en });

export const listFormSchema = described(z.strictObject({
  [LIST_KEYS.list]: described(z.string().min(1), 'Tên tệp danh sách (.csv, .xlsx), hàng đầu là tên các cột.', 'The list file (.csv, .xlsx); its header row names the columns.'),
  [LIST_KEYS.line]: described(z.string().min(1), 'Dòng người được mời viết bằng các cột: "Ông/Bà {{Họ và tên}}, {{Chức vụ}} {{Đơn vị}}".', 'The invitee line with the columns: "Ông/Bà {{Họ và tên}}, {{Chức vụ}} {{Đơn vị}}".'),
}), 'Danh sách khách mời từ một tệp .csv hoặc .xlsx cạnh giấy mời: mỗi hàng một bản giấy mời.', 'Invitees from a .csv or .xlsx file beside the invitation: one copy per row.');

/**
 * zod's JSON Schema hook: a patterned string (a date, a time) of a list
 * invitation may hold a `{{column}}` that only a row's copy fills in.
 */
export function allowFieldsInPatterns(ctx: { jsonSchema: { pattern?: string } }): void {
  if (typeof ctx.jsonSchema.pattern === 'string') ctx.jsonSchema.pattern = `(?:${ctx.jsonSchema.pattern})|\\{\\{`;
}
