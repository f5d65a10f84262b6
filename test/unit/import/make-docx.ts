/** Minimal DOCX packages written by hand, to feed the reader exactly what Word or LibreOffice writes. */
import { strToU8, zipSync, type Zippable } from 'fflate';

const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"';

export function makeDocx(body: string, parts: Record<string, string> = {}): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
    ),
  };
  for (const [name, xml] of Object.entries(parts))
    files[name] = strToU8(
      xml.startsWith('<?xml')
        ? xml
        : `<?xml version="1.0" encoding="UTF-8"?>${xml.replace('<w:numbering>', `<w:numbering ${W}>`)}`,
    );
  return zipSync(files);
}

/** One paragraph of plain runs; `**x**` marks a bold run. */
export function p(text: string, props = ''): string {
  const runs = text
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((piece) => {
      const bold = piece.startsWith('**');
      const t = bold ? piece.slice(2, -2) : piece;
      return `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escape(t)}</w:t></w:r>`;
    });
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs.join('')}</w:p>`;
}

/** A paragraph in list `numId` at level `ilvl`: its number is not in its text. */
export const numbered = (text: string, numId: number, ilvl = 0) =>
  p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);

/** A borderless two-column table, as the decree's header and foot are laid out. */
export function twoColumns(left: string[], right: string[]): string {
  return `<w:tbl><w:tr><w:tc>${left.join('')}</w:tc><w:tc>${right.join('')}</w:tc></w:tr></w:tbl>`;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The header, title and foot every test invitation needs around its body. */
export function invitation(body: string[], options: { signer?: string[] } = {}): string {
  return [
    twoColumns(
      [p('UBND TỈNH NINH BÌNH'), p('**SỞ TÀI CHÍNH**'), p('Số: 125/GM-STC')],
      [
        p('**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**'),
        p('**Độc lập - Tự do - Hạnh phúc**'),
        p('Ninh Bình, ngày 18 tháng 11 năm 2024'),
      ],
    ),
    p('**GIẤY MỜI**'),
    p('**Họp thảo luận dự toán năm 2025**'),
    ...body,
    twoColumns(
      [p('Nơi nhận:'), p('- Như thành phần mời;'), p('- Lưu: VT, QLNS.')],
      (options.signer ?? ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Thị Minh Hằng']).map((t) => p(t)),
    ),
  ].join('');
}
