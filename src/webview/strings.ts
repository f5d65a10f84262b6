/** The preview's own texts, in both languages (giaymoi.language). */
import type { PreviewOptions } from '../protocol';

const STRINGS = {
  vi: {
    fitWidth: 'Vừa khổ ngang', actual: '100%', fitPage: 'Cả trang', zoom: 'Thu phóng',
    pages: (n: number) => `${n} trang`,
    locked: '🔒 Đã khóa vào tệp này',
    errors: (n: number) => `${n} lỗi — trang dưới đây là bản hợp lệ gần nhất.`,
    errorsWithPage: (n: number) => `${n} lỗi.`,
    at: (line: number) => `(dòng ${line})`,
    noPage: 'Chưa có trang để xem: tệp chưa hợp lệ.',
    invitee: 'Xem bản của khách mời',
  },
  en: {
    fitWidth: 'Fit width', actual: '100%', fitPage: 'Fit page', zoom: 'Zoom',
    pages: (n: number) => (n === 1 ? '1 page' : `${n} pages`),
    locked: '🔒 Locked to this file',
    errors: (n: number) => `${n} error${n === 1 ? '' : 's'} — showing the last valid page.`,
    errorsWithPage: (n: number) => `${n} error${n === 1 ? '' : 's'}.`,
    at: (line: number) => `(line ${line})`,
    noPage: 'Nothing to show yet: the file is not valid.',
    invitee: "Show this invitee's copy",
  },
} as const;

export type Strings = (typeof STRINGS)['vi' | 'en'];

export function strings(options: Pick<PreviewOptions, 'language'> | undefined): Strings {
  return STRINGS[options?.language === 'en' ? 'en' : 'vi'];
}
