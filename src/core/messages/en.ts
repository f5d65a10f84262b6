/** Every message of the core and the CLI in English: the same keys as vi.ts, in the same order. */
import type { VI } from './vi';

export const EN = {
  // The parser and the schema: YAML syntax, types, fields (keys are the schema's `error` keys)
  'parse.type.text': '`{field}` must be text.',
  'parse.type.textOrList': '`{field}` must be text or a list of lines.',
  'parse.type.date': '`{field}` must be a date, YYYY-MM-DD.',
  'parse.type.datetime': '`{field}` must be a date and time, `YYYY-MM-DD HH:MM`.',
  'parse.type.time': '`{field}` must be a slot `{ bat_dau: YYYY-MM-DD HH:MM }`, a list of slots, or text.',
  'parse.type.subItem':
    'A sub-item must be text, `{ noi_dung, diem, gach_dau_dong }`, or `{ doan }` for an unnumbered paragraph.',
  'parse.type.point': 'A point must be text, `{ noi_dung, gach_dau_dong }`, or `{ doan }` for an unlettered paragraph.',
  'parse.type.dash': 'A dash line must be text, `{ noi_dung, cong }` (the "+ " lines), or `{ doan }`.',
  'parse.type.section': 'Each section is `{ tieu_de, … }`, or `{ doan }` for an unnumbered paragraph.',
  'parse.type.part': 'Each part is `{ tieu_de, … }`, or `{ doan }` for an unnumbered paragraph.',
  'parse.type.contact': '`{field}` must be text or `{ ho_ten, chuc_vu, dien_thoai, email }`.',
  'parse.type.so': 'The number must be a positive whole number, or empty until registered.',
  'parse.type.tenLoai': '`ten_loai` is giay_moi, thong_bao, cong_dien, or a free type word (e.g. "THƯ MỜI").',
  'parse.type.int': '`{field}` must be a positive whole number.',
  'parse.type.object': '`{field}` must be a mapping of fields (`key: value`).',
  'parse.type.list': '`{field}` must be a list (lines starting with "- ").',
  'parse.type.other': '`{field}` has the wrong type.',
  'parse.text.empty': '`{field}` must not be empty.',
  'parse.list.empty': 'The list `{field}` needs at least one entry.',
  'parse.format.dateOrMonth': 'Write the date as `YYYY-MM-DD`, or `YYYY-MM` while the day is unknown.',
  'parse.format.datetime': 'Write date and time as `YYYY-MM-DD HH:MM`, e.g. `2024-05-17 14:00`.',
  'parse.format.datetimeOrTime': 'Write the end as `HH:MM` (same day) or `YYYY-MM-DD HH:MM`.',
  'parse.enum.quyenHan': '`quyen_han` takes one of: {values}.',
  'parse.enum.doKhan': '`do_khan` takes one of: {values}.',
  'parse.enum.doMat': '`do_mat` takes one of: {values}.',
  'parse.enum.phamVi': '`pham_vi_luu_hanh` takes one of: {values}.',
  'parse.field.missing': 'Required field `{field}` is missing: {description}',
  'parse.field.empty': 'The required field `{field}` is empty: {description}',
  'parse.field.unknown': 'There is no field `{field}` in the invitation format.',
  'parse.field.unknownMore':
    '{count} more unknown fields in {field} are not listed; an invitation has a few dozen fields: is this file an invitation?',
  'parse.field.unknownSuggest': 'There is no field `{field}` in the format. Did you mean `{suggestion}`?',
  'parse.field.rename': 'Rename to `{suggestion}`',
  'parse.yaml.syntax': 'YAML syntax error: {detail}',
  'parse.yaml.error.aliasProps': 'an alias (`*name`) cannot carry a tag or an anchor; write the content out.',
  'parse.yaml.error.badAlias': 'the alias `*…` names no earlier anchor `&…`; write the content out.',
  'parse.yaml.error.badDirective':
    'a line starting with `%` is an invalid YAML directive; if it is text, put it in double quotes.',
  'parse.yaml.error.badEscape':
    'inside double quotes, `\\` must start a valid escape (`\\"`, `\\\\`, `\\n`); write `\\\\` for a backslash.',
  'parse.yaml.error.badIndent':
    'wrong indentation: keys of one level must line up, each child level 2 spaces further in.',
  'parse.yaml.error.badPropOrder':
    'an anchor `&…` or tag `!…` must come before the value; if it is text, put it in double quotes.',
  'parse.yaml.error.badScalarStart':
    'a value cannot start with this character (`@`, `` ` ``, `|`, `>`…); put the whole value in double quotes "…".',
  'parse.yaml.error.blockAsKey': 'a multi-line block cannot be a key; check the colons and the indentation.',
  'parse.yaml.error.blockInFlow':
    'a `- …` list or multi-line block cannot sit inside `[…]` or `{…}`; write each item on its own line starting with `- `.',
  'parse.yaml.error.badCollectionType': 'the tag `!…` does not fit this kind of value; remove the tag.',
  'parse.yaml.error.duplicateKey': 'a key appears twice; keep one.',
  'parse.yaml.error.impossible': 'YAML cannot read this part; check the quotes, colons and indentation around it.',
  'parse.yaml.error.keyTooLong':
    'a key over 1,024 characters; a colon may be missing, or a long sentence was read as a key: put it in double quotes.',
  'parse.yaml.error.missingChar':
    'a closing character is missing: a quote, `]` or `}` left open, or a `:`/`,` missing between items.',
  'parse.yaml.error.multilineKey': 'a key cannot span several lines; a line may lack its colon or be indented wrongly.',
  'parse.yaml.error.multipleAnchors': 'a value has only one anchor `&…`; remove the others.',
  'parse.yaml.error.multipleDocs': 'a file holds one invitation: remove the `---` or `...` line in the middle.',
  'parse.yaml.error.multipleTags': 'a value has only one tag `!…`; remove the others.',
  'parse.yaml.error.nonStringKey': 'a key must be a word like `trich_yeu`, not a list or a `{…}` mapping.',
  'parse.yaml.error.resourceExhaustion': 'too many YAML aliases (`*…`); write the content out.',
  'parse.yaml.error.tabIndent': 'indented with a Tab: YAML takes only spaces (2 per level).',
  'parse.yaml.error.tagResolveFailed':
    'an unknown tag `!…`; remove it, or put the value in double quotes if the `!` is text.',
  'parse.yaml.error.unexpectedToken':
    'a character out of place (often a quote, `:`, `-`, `#` or bracket inside the text); put the whole value in double quotes "…".',
  'parse.yaml.colonInText':
    'Text with a colon (": " or a final ":") reads as a YAML key: put the whole text in double quotes "…".',
  'parse.yaml.quote': 'Put in double quotes',
  'parse.yaml.duplicateKey': 'The key `{field}` appears twice; keep one.',
  'parse.yaml.aliases': 'Too many YAML aliases (`*…`); write the content out.',
  'parse.yaml.tooLarge': 'The file is too large ({size} characters, at most {max}).',
  'parse.yaml.notMapping': 'An invitation is a mapping of `key: value` pairs, starting with `co_quan:`.',
  'parse.yaml.empty': 'The file is empty: type "giaymoi" and pick the snippet for a full invitation.',

  // The invitation format: the schema's field descriptions (the JSON Schema's `description` and `x-description-en`, hover, completion)
  'schema.title': 'Invitation (Decree 30/2020/NĐ-CP)',
  'schema.description': 'An official invitation as YAML.',
  'schema.bat_dau': 'Start, as `YYYY-MM-DD HH:MM`; the weekday is derived.',
  'schema.ket_thuc': 'End: `HH:MM` (same day) or `YYYY-MM-DD HH:MM`.',
  'schema.ghi_chu': 'A note for this slot, e.g. "buổi sáng" (morning).',
  'schema.slotWording':
    'The wording printed as written instead of the derived one ("Từ 8 giờ 00 phút, …"), closing punctuation included (after `ghi_chu` if any). `bat_dau`/`ket_thuc` remain the time every rule checks; the date, hour and weekday in the wording must agree with them.',
  'schema.time': 'Meeting time: one slot `{ bat_dau, ket_thuc }`, a list of slots (several days), or free text.',
  'schema.doan': 'A paragraph printed here in the list, taking no number (between two items, or after the list).',
  'schema.paragraphs': 'Plain paragraphs, no number, printed right under this line.',
  'schema.noi_dung': 'Text of the "- " line.',
  'schema.cong': 'The "+ " lines under this dash line.',
  'schema.bullets': 'Dash lines "- "; each is text, or `{ noi_dung, cong }` with "+ " lines under it.',
  'schema.point.noi_dung': 'Text of the point.',
  'schema.points': 'Points, lettered a), b), c), d), đ), e), … automatically.',
  'schema.subItem.noi_dung': 'Text of the sub-item.',
  'schema.headed.noi_dung': 'One sentence: printed after the heading. A list: one "- " line each under it.',
  'schema.tieu_de': 'Section heading; its number (1., 2., …) is derived.',
  'schema.muc': 'Sub-items, numbered 4.1., 4.2., … automatically.',
  'schema.part.tieu_de': 'Part heading; its Roman number (I., II., …) is derived; printed bold.',
  'schema.part.muc': 'Sections of the part, numbered 1., 2., … afresh in each part.',
  'schema.ten': 'Issuing agency, UPPER CASE; a list to choose the line breaks.',
  'schema.viet_tat': 'Agency abbreviation, used in the ký hiệu (UBND → GM-UBND).',
  'schema.ten_goi':
    'The agency name as written in a sentence; used in the invitation line. Derived from `ten` by default.',
  'schema.chu_quan': 'Parent agency, if any (UPPER CASE, not bold).',
  'schema.thay_mat': 'The collective signed for, above a KT. line: "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH".',
  'schema.quyen_han': 'Signing authority: TM, KT, TL, TUQ, Q; omit when the head signs.',
  'schema.chuc_vu_thay': 'Whose authority: "CHỦ TỊCH" gives "TL. CHỦ TỊCH".',
  'schema.chuc_vu': 'Signer\'s title, UPPER CASE; omit when the authority line says it all ("Q. GIÁM ĐỐC").',
  'schema.cho_ky':
    'Signature space: what is printed between the title and the name, as written, e.g. a form\'s "(Chữ ký, dấu)"; remove it before signing.',
  'schema.ho_ten': "Signer's full name, no academic titles.",
  'schema.chu_ky_so':
    "The signature's and the seal's images drawn in the PDF, for offices that print or sign without an appearance; the signature field stays.",
  'schema.chu_ky_so.anh':
    "The signer's signature, a PNG (blue, transparent background), relative to the source file; centred between title and name.",
  'schema.chu_ky_so.dau':
    "The agency's seal, a PNG (red, transparent background), real size; over about a third of the signature, on its left.",
  'schema.contact.ho_ten': 'Contact person.',
  'schema.contact.chuc_vu': 'Their title or unit.',
  'schema.dien_thoai': 'Telephone.',
  'schema.email': 'E-mail.',
  'schema.dia_chi': 'Address.',
  'schema.address.dien_thoai': 'Telephone.',
  'schema.fax': 'Fax.',
  'schema.website': 'Website.',
  'schema.co_quan': 'The issuing agency (box 2).',
  'schema.so': 'Document number; empty until registered.',
  'schema.ky_hieu': 'Ký hiệu; defaults to "GM-" + the abbreviation.',
  'schema.dia_danh': 'Place name of issue.',
  'schema.ngay': 'Date of issue, `YYYY-MM-DD`, or `YYYY-MM` while the day is unknown.',
  'schema.do_khan': 'Urgency mark.',
  'schema.do_mat': 'Secrecy mark.',
  'schema.pham_vi_luu_hanh': 'Circulation mark.',
  'schema.ten_loai':
    'Document type: giay_moi (default, Mẫu 1.7, GM), thong_bao (Mẫu 1.4, TB), cong_dien (Mẫu 1.6, CĐ: "… điện:" then the addressees in `kinh_moi`), or a free type word for a body outside the state administration ("THƯ MỜI").',
  'schema.trich_yeu': 'Subject line under "GIẤY MỜI"; a list to choose the line breaks.',
  'schema.mo_dau': 'Opening paragraph(s), before the invitation line.',
  'schema.kinh_moi': 'Invitee(s); with a list, export can write one document each.',
  'schema.loi_moi': 'A free invitation sentence instead of the model line.',
  'schema.toi_du': 'Meeting name ("Tới dự …").',
  'schema.chu_tri': 'Who chairs.',
  'schema.dia_diem': 'Venue.',
  'schema.phan': 'Parts numbered I., II., …, each with its own sections 1., 2., …; use `phan` or `muc`, not both.',
  'schema.invitation.muc': 'Numbered sections 1., 2., …',
  'schema.invitation.gach_dau_dong':
    'Dash lines "- " directly in the body, with no numbered section (a festival\'s schedule); printed after `phan`, `muc`.',
  'schema.dau_moi_lien_he': 'Contact point for the meeting.',
  'schema.loi_ket': 'Closing sentence(s).',
  'schema.nguyen_van':
    'Text an import from Word kept word for word because it fits no field; printed at the end of the body. Move it where it belongs, then remove this key.',
  'schema.nguyen_van_dau':
    'Lines printed as written above the two-column header (agency | Quốc hiệu), e.g. "Mẫu 1.7 – Giấy mời", "Dự thảo": outside Decree 30\'s model, not checked against it (GM056). A list: one line each.',
  'schema.nguyen_van_cuoi':
    'Paragraphs printed as written after the foot (after nơi nhận and the signature), in the body\'s size: a "Ghi chú: Đề nghị các đại biểu mang theo …", footnotes, an attached guest list. Outside Decree 30\'s model, not checked against it (GM056). A list: one paragraph each.',
  'schema.nguoi_ky': 'The signer.',
  'schema.noi_nhan': 'Recipients, one per line, ending with "Lưu: VT.".',
  'schema.nguoi_soan_thao': "Drafter's initials (box 12).",
  'schema.so_ban': 'Number of copies.',
  'schema.lien_he': 'Agency contact block at the foot of page 1.',
  'schema.listForm': 'Invitees from a .csv or .xlsx file beside the invitation: one copy per row.',
  'schema.listForm.danh_sach': 'The list file (.csv, .xlsx); its header row names the columns.',
  'schema.listForm.dong': 'The invitee line with the columns: "Ông/Bà {{Họ và tên}}, {{Chức vụ}} {{Đơn vị}}".',

  // The rules: each code's reference entry (`<name>.title`, `.checks`, `.why`, `.option.<key>`) and what its check says
  'rules.textAgencyCase.message': '{what}: write "{right}", not "{written}".',
  'rules.textAgencyCase.fix': 'Write "{right}"',
  'rules.textAgencyCase.agency':
    'In a sentence only the first syllable of the agency type and of each field is capitalised',
  'rules.textAgencyCase.unit': 'In a sentence the administrative-unit noun is lower case, the proper name capitalised',
  'rules.textAgencyCase.title': 'Capitals of agencies and administrative units in a sentence',
  'rules.textAgencyCase.checks':
    'In a sentence only the first syllable of the agency type and of each field is capitalised; the administrative-unit noun is lower case.',
  'rules.textAgencyCase.why': 'Appendix II fixes capitalisation in administrative documents.',
  'rules.badEntry.title': 'Wrong entry in the configuration file',
  'rules.badEntry.checks':
    "Each entry names a real code with `off`, `info`, `warning`, `error`, or that rule's options.",
  'rules.badEntry.why': 'A misspelt entry would be ignored while the office believes it took effect.',
  'rules.structuralOff.title': 'Structural problems cannot be turned off',
  'rules.structuralOff.checks': 'GM001–GM006 (YAML, schema) cannot be turned off or lowered.',
  'rules.structuralOff.why': 'An unreadable file has no invitation to preview or export.',
  'rules.unknownColumn.title': 'A `{{…}}` field names no column of the list',
  'rules.unknownColumn.checks': "Each `{{Column}}` names a column of the list's header row.",
  'rules.unknownColumn.why': 'A field without a column prints nothing or the wrong thing in every copy.',
  'rules.emptyCell.title': 'An empty cell a used field needs',
  'rules.emptyCell.checks': 'The cells of the columns the invitation uses are filled in every row.',
  'rules.emptyCell.why': "That row's copy would miss words.",
  'rules.duplicateRow.title': 'Repeated rows in the list',
  'rules.duplicateRow.checks': 'No two rows are equal cell for cell.',
  'rules.duplicateRow.why': 'One invitee would get two copies; usually a paste slip.',
  'rules.listUnreadable.title': 'The invitee list cannot be read',
  'rules.listUnreadable.checks': 'The file named in `kinh_moi.danh_sach` exists beside the invitation and can be read.',
  'rules.listUnreadable.why': 'Without the list there is no copy to preview or export.',
  'rules.fieldReadAsMapping.title': 'A value starting with `{{` needs quotes',
  'rules.fieldReadAsMapping.checks': 'A YAML value that starts with `{{` is quoted.',
  'rules.fieldReadAsMapping.why': 'YAML reads `{` as a mapping, so the field is misread.',
  'rules.syntax.title': 'YAML syntax error',
  'rules.syntax.checks': 'The file must be readable YAML: even indentation, closed brackets, text with ": " quoted.',
  'rules.syntax.why': 'A file that cannot be read cannot be checked, previewed or exported.',
  'rules.duplicateKey.title': 'Duplicate key',
  'rules.duplicateKey.checks': 'Each key appears once in its mapping.',
  'rules.duplicateKey.why': 'A key written twice silently loses one of its values.',
  'rules.unknownKey.title': 'Unknown key',
  'rules.unknownKey.checks': 'Every key must belong to the format (usually a misspelt key).',
  'rules.unknownKey.why': 'A misspelt key would not be printed; reporting it keeps its content from being lost.',
  'rules.missing.title': 'Required key missing',
  'rules.missing.checks': 'The required keys are present.',
  'rules.missing.why': 'Without them the invitation lacks required components (Decree 30, Art. 8).',
  'rules.type.title': 'Wrong kind of value',
  'rules.type.checks': 'Each value has its kind: text, list, date, date and time.',
  'rules.type.why': 'The tool reads dates, times and numbers to derive the parts the decree fixes.',
  'rules.limit.title': 'File beyond limits',
  'rules.limit.checks': 'The file is not too large and uses no YAML aliases.',
  'rules.limit.why': 'Keeps the editor fast and safe on hostile files.',
  'rules.dateImpossible.field':
    '"{written}" is not a real date or time (month 1–12, a day the month has, hour 0–23, minute 0–59).',
  'rules.dateImpossible.inText': '"{written}" is not a real date; check the day and month.',
  'rules.dateImpossible.clockInText': '"{written}" is not a real time of day (hour 0–24, minute 0–59).',
  'rules.ketThucBeforeBatDau.message':
    'The end ({ket_thuc}) is before the start ({bat_dau}); fix `ket_thuc` (write the date too for a meeting over several days).',
  'rules.ngayWithoutDay.message': 'No day of signing yet (a draft): set `ngay` as `YYYY-MM-DD` when it is signed.',
  'rules.ngayWithoutDay.title': 'Draft without a day',
  'rules.ngayWithoutDay.checks': 'A month-only `ngay`: the day is filled in at signing.',
  'rules.ngayWithoutDay.why': 'The date of issue is the day of signing; a draft leaves it blank.',
  'rules.dateImpossible.title': 'Impossible date or time',
  'rules.dateImpossible.checks': 'Every date and time, in keys or in text, exists.',
  'rules.dateImpossible.why': 'An impossible date leaves invitees without a time.',
  'rules.ketThucBeforeBatDau.title': 'End before start',
  'rules.ketThucBeforeBatDau.checks': '`ket_thuc` is later than `bat_dau`.',
  'rules.ketThucBeforeBatDau.why': 'A reversed slot does not say how long the meeting lasts.',
  'rules.textInvisibleCharacter.kind.control': 'control character',
  'rules.textInvisibleCharacter.kind.noncharacter': 'Unicode noncharacter',
  'rules.textInvisibleCharacter.kind.surrogate': 'lone UTF-16 surrogate',
  'rules.textInvisibleCharacter.kind.bidi': 'bidirectional control',
  'rules.textInvisibleCharacter.kind.zeroWidth': 'zero-width character',
  'rules.textInvisibleCharacter.effect.control': 'XML 1.0 does not allow it, so the DOCX export drops it',
  'rules.textInvisibleCharacter.effect.noncharacter':
    'no text may hold it; U+FFFE/U+FFFF break a DOCX, so the export drops them',
  'rules.textInvisibleCharacter.effect.surrogate': 'it is not valid Unicode, so the DOCX export drops it',
  'rules.textInvisibleCharacter.effect.bidi': 'it prints nothing but reorders the text shown',
  'rules.textInvisibleCharacter.effect.zeroWidth': 'it prints nothing but breaks search, line breaking and matching',
  'rules.textInvisibleCharacter.fix': 'Remove invisible characters',
  'rules.textInvisibleCharacter.message': 'Invisible {what} ({list}): {why}. Remove it.',
  'rules.textInvisibleCharacter.title': 'Invisible or control characters',
  'rules.textInvisibleCharacter.checks':
    'No U+FFFE/U+FFFF, C0/C1 controls other than tab and line breaks, bidi controls, or zero-width characters outside their legitimate use.',
  'rules.textInvisibleCharacter.why':
    'They come in with text pasted from the web or a PDF; unseen, they break DOCX XML, search and sorting. The export drops them; the quick fix removes them from the source.',
  'rules.textWithKinhGui.title': 'No "Kính gửi" in a Giấy mời',
  'rules.textWithKinhGui.checks': 'No "Kính gửi:" line; invitees go in `kinh_moi`.',
  'rules.textWithKinhGui.why':
    'Mẫu 1.7 invites with "… trân trọng kính mời: …"; offices that keep "Kính gửi" may turn this off.',
  'rules.textWithKinhGui.message':
    'This {loai} takes no "Kính gửi" (that is for Công văn); put the invitee in `kinh_moi`.',
  'rules.coQuanTooLong.fix': 'Write it as the lines {lines}',
  'rules.coQuanTooLong.wordCut':
    'A word of the agency name in `{key}` is wider than the header column and is cut: "{drawn}". Abbreviate it or choose the line breaks.',
  'rules.coQuanTooLong.tooManyLines':
    'The agency name in `{key}` prints on {count} lines in the header (at most {max} sit well): "{drawn}". Shorten it or choose the line breaks with a list whose every item fits one line.',
  'rules.coQuanTooLong.title': 'Agency name too long for the header',
  'rules.coQuanTooLong.checks':
    'The parent agency fits in 2 lines and the issuing agency in 3 in the header column, broken between words, no word wider than the column.',
  'rules.coQuanTooLong.why':
    'Box 2 is a narrow column; a long name abbreviates common phrases (k.2-a) or chooses its own breaks.',
  'rules.coQuanWordsKept.message':
    'The agency name in `{key}` fits {max} lines only by breaking inside a word, so it prints on {count} lines with every word whole: "{drawn}". To choose other breaks, write the name as a list of lines.',
  'rules.coQuanWordsKept.title': 'Agency name given an extra line so no word is split',
  'rules.coQuanWordsKept.checks':
    'The agency name fits its lines (2 or 3) only when broken inside a word; giaymoi prints one more line, breaking before a unit level or "VÀ" where it can.',
  'rules.coQuanWordsKept.why':
    'A word split over two lines ("CHIẾN / LƯỢC") misreads; the author is the one who can choose the breaks that keep the sense (k.2-c).',
  'rules.coQuanImplausible.message':
    'The name in `{key}` is {chars} characters long and prints on {count} lines: by itself taller than the whole agency column of the header ({max} lines: parent agency 2, issuing agency 3, the rule and the "Số" line). This is hardly an agency name (perhaps a Word file holding several models, or a paragraph read as the name); write the agency\'s real name.',
  'rules.coQuanImplausible.title': 'Implausibly long agency name',
  'rules.coQuanImplausible.checks':
    'The parent or issuing agency name, also when written as a list of lines, prints on at most 7 lines in the header column.',
  'rules.coQuanImplausible.why':
    'Box 2 with the "Số" line is about 7 lines tall, and the longest real names measured take 5. A longer "name" is usually other text caught in the header, and the print would push the title and subject to mid-page.',
  'rules.dateLineWraps.message':
    'The place-and-date line is wider than box 4, so it prints on two lines, broken after the place so the date stays whole: "{drawn}". A shorter place name fits one line.',
  'rules.dateLineWraps.title': 'Place-and-date line on two lines',
  'rules.dateLineWraps.checks':
    'The line "place, ngày … tháng … năm …" fits one line of the right header column; when it does not, giaymoi breaks right after the place\'s comma.',
  'rules.dateLineWraps.why':
    'A line left to wrap by itself leaves "2025" alone below; the place is the administrative unit where the agency sits (k.4-a) and can often be written shorter.',
  'rules.pointsPastAlphabet.message':
    '{count} points, more than the {max} Vietnamese letters (a to y): the point after the {max}th would be labelled "aa)". Split them into sub-items or use dash lines.',
  'rules.pointsPastAlphabet.title': 'More points than letters',
  'rules.pointsPastAlphabet.checks': 'Each `diem` list has at most 23 points, lettered a), b), c), d), đ), … y).',
  'rules.pointsPastAlphabet.why':
    'Points are lettered in Vietnamese alphabetical order (k.6); after "y)" there is no letter left, and "aa)" is no label of the decree.',
  'rules.meetingDateUnclear.message':
    'The meeting date cannot be told: the text has the date "{written}" but no sentence states the meeting time ("Thời gian: …", "vào lúc … ngày …"); set `thoi_gian` so the meeting date and the notice period can be checked.',
  'rules.meetingDateUnclear.title': 'Meeting date cannot be told',
  'rules.meetingDateUnclear.checks':
    'A dated invitation states its meeting time where the tool can read it, when its text has dates.',
  'rules.meetingDateUnclear.why':
    'Without the meeting date, neither a meeting before signing nor a short notice can be caught.',
  'rules.meetingBeforeIssue.message':
    "The meeting starts on {start}, before the invitation's date ({ngay}); fix one of them.",
  'rules.meetingBeforeIssue.title': 'Meeting before the date of issue',
  'rules.meetingBeforeIssue.checks': 'The meeting does not start before the invitation is signed.',
  'rules.meetingBeforeIssue.why': 'Nobody can be invited to a meeting that is over.',
  'rules.chuTriMissing.message': 'A meeting {loai} should say who chairs: add `chu_tri`.',
  'rules.lienHeMissing.message': 'A meeting {loai} should give a contact point: add `dau_moi_lien_he`.',
  'rules.chuTriMissing.title': 'A meeting invitation names the chair',
  'rules.chuTriMissing.checks': 'An invitation to a meeting (time and place given) names who chairs.',
  'rules.chuTriMissing.why': 'QĐ 45/2018 asks meeting invitations to name the chair.',
  'rules.lienHeMissing.title': 'A meeting invitation gives a contact',
  'rules.lienHeMissing.checks': 'An invitation to a meeting gives a contact point.',
  'rules.lienHeMissing.why': 'QĐ 45/2018: invitees need someone to ask.',
  'rules.noticeTooShort.message':
    'Only {days} working day(s) between the invitation ({issued}) and the meeting ({firstDay}); at least {minWorkingDays} are required (ad-hoc meetings excepted: set `do_khan`).',
  'rules.noticeTooShort.title': 'Too little notice',
  'rules.noticeTooShort.checks':
    'At least 3 working days between signing and the meeting (weekends, holidays and office days off skipped); `do_khan` (ad-hoc) is exempt.',
  'rules.noticeTooShort.why': 'Invitees need time to prepare; many offices ask for more than 3 days.',
  'rules.noticeTooShort.option.so_ngay_lam_viec': 'Minimum working days (3–30, never below 3).',
  'rules.noticeTooShort.option.ngay_nghi_them': 'Extra days off of the office, `YYYY-MM-DD`.',
  'rules.kyHieuWrongPrefix.message':
    'A {type}\'s ký hiệu starts with "{prefix}", e.g. "{fixed}"; or drop ky_hieu to get "{prefix}" + the agency abbreviation.',
  'rules.kyHieuWrongPrefix.fix': 'Use the prefix "{prefix}"',
  'rules.kyHieuWrongPrefix.giay_moi': 'Giấy mời',
  'rules.kyHieuWrongPrefix.thong_bao': 'Thông báo',
  'rules.kyHieuWrongPrefix.cong_dien': 'Công điện',
  'rules.soWithoutLeadingZero.message': 'A number below 10 takes a leading zero: write "0{digits}".',
  'rules.soWithoutLeadingZero.fix': 'Write "0{digits}"',
  'rules.soMissing.message': 'No number yet (a draft): the registry fills in `so`; numbering restarts at 01 each year.',
  'documentType.giay_moi': 'invitation',
  'documentType.thong_bao': 'notice',
  'documentType.cong_dien': 'dispatch',
  'rules.tenLoaiNotDecree.message':
    '"{word}" is not an administrative document type of Decree 30/2020: a state office invites with giay_moi, thong_bao or cong_dien. An association, Party or youth organisation or business with its own type may ignore this (`GM050: off` in giaymoi.config.yaml).',
  'rules.tenLoaiNotDecree.title': 'A free type word, not a Decree 30 type',
  'rules.tenLoaiNotDecree.checks':
    '`ten_loai` is giay_moi, thong_bao or cong_dien; a free type word ("THƯ MỜI", "GIẤY TRIỆU TẬP") prints as written and is noted as information only.',
  'rules.tenLoaiNotDecree.why':
    'Appendix III, Section I lists the administrative document types; bodies outside the state administration follow their own rules.',
  'rules.textOutsideModel.above':
    "This line prints as written above the header, outside Decree 30/2020's model, so it is not checked against the model. Move what belongs to the invitation into its field.",
  'rules.textOutsideModel.after':
    "This text prints as written after the foot (after nơi nhận and the signature), outside Decree 30/2020's model, so it is not checked against the model. Move what belongs to the invitation into its field.",
  'rules.textOutsideModel.title': 'Text printed as written outside the model (above the header, after the foot)',
  'rules.textOutsideModel.checks':
    '`nguyen_van_dau` or `nguyen_van_cuoi` is present: the text prints exactly as written, above the header or after the signature, and is not checked against the model (only the rules on the writing itself, such as encoding and invisible characters, read it). Information only; it never blocks an export.',
  'rules.textOutsideModel.why':
    'Appendix I, Part I, Section II places every element of the format from the header to nơi nhận; text outside them (a "Dự thảo" line, a "Ghi chú" under the signature, an attached list) has no provision to check it against.',
  'rules.kyHieuWrongPrefix.title': 'The ký hiệu starts with the type abbreviation ("GM-", "TB-", "CĐ-")',
  'rules.kyHieuWrongPrefix.checks':
    '`ky_hieu` starts with the abbreviation of `ten_loai`: "GM" for a Giấy mời, "TB" for a Thông báo, "CĐ" for a Công điện; a free type word has none and is not checked.',
  'rules.kyHieuWrongPrefix.why':
    'Appendix III, Section I fixes the type abbreviations: Giấy mời "GM", Thông báo "TB", Công điện "CĐ".',
  'rules.soWithoutLeadingZero.title': 'Numbers below 10 have a leading 0',
  'rules.soWithoutLeadingZero.checks': '`so` below 10 is written with its leading 0, as printed.',
  'rules.soWithoutLeadingZero.why': 'The decree writes numbers below 10 with a leading 0.',
  'rules.soMissing.title': 'Draft without a number',
  'rules.soMissing.checks': 'An empty `so`: the registry fills it in.',
  'rules.soMissing.why': 'Numbers are given at registration; drafts still export.',
  'rules.noiNhanLuuLine.missing':
    'Nơi nhận ends with the line "Lưu: VT, …." (the copies kept); add `- "Lưu: VT."` (quoted, because of the ":").',
  'rules.noiNhanLuuLine.addFix': 'Add the line "Lưu: VT."',
  'rules.noiNhanLuuLine.luuWithoutVt': 'The copies-kept line reads "Lưu: VT, <drafting unit>." (VT is the registry).',
  'rules.noiNhanLuuLine.fullStop': 'The "Lưu: VT…" line ends with a full stop.',
  'rules.noiNhanLuuLine.fullStopFix': 'Add the full stop',
  'rules.noiNhanWithoutSemicolon.message': 'Each recipient line (except "Lưu") ends with ";".',
  'rules.noiNhanWithoutSemicolon.fix': 'End with ";"',
  'rules.noiNhanLuuLine.luuNotLast': 'The "Lưu: VT…" line is the last recipient line; move it to the end.',
  'rules.noiNhanLuuLine.title': 'The "Lưu: VT…" line',
  'rules.noiNhanLuuLine.checks': 'Recipients end with one "Lưu: VT, <unit>." line with its full stop.',
  'rules.noiNhanLuuLine.why': 'Copies kept by the registry and the drafting unit are required.',
  'rules.noiNhanWithoutSemicolon.title': 'Recipient lines end with ";"',
  'rules.noiNhanWithoutSemicolon.checks': 'Each recipient line but "Lưu" ends with ";".',
  'rules.noiNhanWithoutSemicolon.why': 'The recipients format of Appendix I.',
  'rules.severity.error': 'error',
  'rules.severity.warning': 'warning',
  'rules.severity.information': 'information',
  'rules.severity.hint': 'hint',
  'rules.reference.structural': 'Cannot be turned off (structural).',
  'rules.reference.configFile': 'Reported on the configuration file itself.',
  'rules.reference.tunable': 'Tunable.',
  'rules.reference.defaultLevel': 'default',
  'rules.reference.source': 'Source',
  'rules.reference.checks': 'Checks',
  'rules.reference.why': 'Why',
  'rules.reference.option': 'Option',
  'rules.reference.wrong': 'Wrong',
  'rules.reference.right': 'Right',
  'rules.reference.configPlace': 'beside the invitations or above',
  'rules.reference.configExample': 'the office keeps "Kính gửi"',
  'rules.reference.heading': 'Rules reference',
  'rules.reference.generated': 'Generated; do not edit.',
  'rules.reference.intro':
    'Every problem has a code; offices tune each code in `{file}` (found upward from the invitation) and in the VS Code setting `giaymoi.rules.severity`.',
  'rules.reference.code': 'Code',
  'rules.reference.rule': 'Rule',
  'rules.reference.level': 'Level',
  'rules.quyenHanWithoutChucVuThay.message':
    '"{quyen_han}." needs whose authority it is: add `chuc_vu_thay` (e.g. {example}), or drop `quyen_han` when the head signs.',
  'rules.chucVuNotDeputy.message':
    '"KT." is a deputy signing for the head, so the title is normally "PHÓ …"; check `chuc_vu` or `quyen_han`.',
  'rules.chucVuMissing.message':
    'The signer\'s `chuc_vu` is missing (e.g. `chuc_vu: CHÁNH VĂN PHÒNG`); only a "Q." signature may omit it.',
  'rules.hoTenWithAcademicTitle.message':
    'No academic title ("{title}") before the signer\'s name; write the name only.',
  'rules.hoTenWithAcademicTitle.fix': 'Remove "{title}"',
  'rules.quyenHanWithoutChucVuThay.title': 'Signing authority without whom it signs for',
  'rules.quyenHanWithoutChucVuThay.checks': 'TM, KT, TL, TUQ come with `chuc_vu_thay`.',
  'rules.quyenHanWithoutChucVuThay.why': '"KT." must say for whom: "KT. CHỦ TỊCH".',
  'rules.chucVuNotDeputy.title': '"KT." is signed by a deputy',
  'rules.chucVuNotDeputy.checks': 'Under "KT." the signer is a deputy ("PHÓ …").',
  'rules.chucVuNotDeputy.why': 'Deputies sign for the head; the head signs directly.',
  'rules.hoTenWithAcademicTitle.title': 'No academic titles before the signer',
  'rules.hoTenWithAcademicTitle.checks': '`ho_ten` has no "TS.", "ThS.", "GS." …',
  'rules.hoTenWithAcademicTitle.why': 'Administrative documents give the full name only.',
  'rules.hoTenMissing.message':
    'The signer\'s name (`nguoi_ky.ho_ten`) is missing: only a collective signing "TM. …" (`thay_mat` or `quyen_han: TM`) may have no person\'s name.',
  'rules.hoTenMissing.title': "Signer's name missing",
  'rules.hoTenMissing.checks': '`nguoi_ky.ho_ten` is there, unless signing for a collective ("TM. BAN TỔ CHỨC").',
  'rules.hoTenMissing.why': "Decree 30's models print the signer's full name under the signature (box 7b).",
  'rules.collectiveWithoutName.message':
    'A Decree 30 document signed for a collective names the person who signs (its head, Article 13(2)): add `ho_ten`. Only a body outside the state administration (a free `ten_loai`, e.g. "THƯ MỜI") signs as a collective with no name.',
  'rules.collectiveWithoutName.title': 'Signed for a collective with no name',
  'rules.collectiveWithoutName.checks':
    'A Giấy mời, Thông báo or Công điện signed "TM. …" has `ho_ten`; a free type word signed by a collective alone is not flagged.',
  'rules.collectiveWithoutName.why':
    'Under Article 13(2) the head signs for the collective; every model in Appendix III has "Họ và tên".',
  'rules.signaturePlaceholder.message':
    'The signature space still holds a placeholder, "{shown}": it would print under the signature and seal. Remove `cho_ky` before signing and issuing.',
  'rules.signaturePlaceholder.fix': 'Remove `cho_ky` (the signature placeholder)',
  'rules.signaturePlaceholder.title': 'Placeholder left in the signature space',
  'rules.signaturePlaceholder.checks': '`nguoi_ky.cho_ky` is gone once the document is signed and issued.',
  'rules.signaturePlaceholder.why':
    'A form\'s placeholder ("(Chữ ký, dấu)") is for drafts; on a signed document the space holds only the signature and seal.',
  'rules.chucVuMissing.title': "Signer's title missing",
  'rules.chucVuMissing.checks': '`nguoi_ky.chuc_vu` is present except under "Q.".',
  'rules.chucVuMissing.why': "The signer's title is part of the signature.",
  'rules.textTypedLabel.message':
    'Numbers, letters, "- " and "+ " are derived: "{shown}" typed here prints twice. Remove "{shown}".',
  'rules.textTypedLabel.fix': 'Remove "{shown}"',
  'rules.phanAndMuc.message':
    "Use `phan` (parts I., II., …) or `muc` (sections 1., 2., …) at the top level, not both: move these sections into a part's `muc`.",
  'rules.textTypedLabel.title': 'A label typed before an item',
  'rules.textTypedLabel.checks':
    'An item\'s text does not start with a label the tool derives ("I. ", "1.1. ", "a) ", "- ", "+ ").',
  'rules.textTypedLabel.why': 'Labels are derived by level; a typed one prints twice.',
  'rules.phanAndMuc.title': 'Both `phan` and `muc` at the top level',
  'rules.phanAndMuc.checks': 'The body is divided into parts (`phan`) or sections (`muc`), not both.',
  'rules.phanAndMuc.why':
    'Sections belong inside a part; outside one the numbering loses the part – section – item – point order.',
  'rules.textNotNfc.message':
    '"{fixed}" is in decomposed Unicode (separate marks); convert it to the precomposed form (NFC).',
  'rules.textNotNfc.fix': 'Convert to NFC',
  'rules.legacyEncoding.message':
    'This text looks typed in the legacy {encoding} encoding, not Unicode; convert it to "{fixed}".',
  'rules.legacyEncoding.fix': 'Convert to Unicode',
  'rules.textNotNfc.title': 'Decomposed Unicode',
  'rules.textNotNfc.checks': 'Text is in precomposed Unicode (NFC).',
  'rules.textNotNfc.why': 'Decomposed text searches, sorts and prints wrongly.',
  'rules.textInTcvn3.title': 'Text in the TCVN3 encoding',
  'rules.textInTcvn3.checks': 'No text typed in TCVN3 (.Vn fonts).',
  'rules.textInTcvn3.why': 'Electronic documents use Unicode; TCVN3 shows as garbage.',
  'rules.textInVni.title': 'Text in the VNI encoding',
  'rules.textInVni.checks': 'No text typed in VNI.',
  'rules.textInVni.why': 'Electronic documents use Unicode; VNI shows as garbage.',
  'rules.upperCase.coQuan': 'The issuing agency',
  'rules.upperCase.coQuanChuQuan': 'The parent agency',
  'rules.upperCase.chucVu': "The signer's title",
  'rules.upperCase.tapThe': 'The collective signed for',
  'rules.upperCase.chucVuThay': 'The title signed for',
  'rules.upperCase.message': '{what} is written in capitals: "{fixed}".',
  'rules.upperCase.fix': 'Upper-case it',
  'rules.coQuanNotUpperCase.title': 'Agency name in capitals',
  'rules.coQuanNotUpperCase.checks': 'The agency and parent agency are upper case.',
  'rules.coQuanNotUpperCase.why': 'Appendix I prints the header names in capitals.',
  'rules.chucVuNotUpperCase.title': "Signer's title in capitals",
  'rules.chucVuNotUpperCase.checks': 'Titles in the signature block are upper case.',
  'rules.chucVuNotUpperCase.why': "Appendix I prints the signer's title in bold capitals.",
  'rules.partOfDayContradictsHour.message':
    '"{written}": hours are written on the 24-hour clock, and {hour} giờ is "{actual}", not "{part}"; fix the hour or the part of the day.',
  'rules.partOfDayContradictsHour.title': 'Part of the day contradicts the hour',
  'rules.partOfDayContradictsHour.checks':
    'A part of the day written right after an hour ("8 giờ tối", "20 giờ sáng") fits the hour on the 24-hour clock.',
  'rules.partOfDayContradictsHour.why': '"8 giờ tối" says both 8 in the morning and 20:00: invitees cannot tell which.',
  'rules.weekdayMismatch.message': '{dateText} is a {weekdayEn}, not "{text}": write "{right}".',
  'rules.weekdayMismatch.title': 'Weekday does not match its date',
  'rules.weekdayMismatch.checks':
    'A weekday written in a sentence is the weekday of the date in the same sentence, even with words in between.',
  'rules.weekdayMismatch.why': 'A wrong weekday sends invitees on the wrong day.',
  'rules.timeWordingDisagrees.date':
    'The printed time wording says "{written}" but the slot is on {fact} (`bat_dau`/`ket_thuc`, the date every rule checks): make them agree.',
  'rules.timeWordingDisagrees.hour':
    'The printed time wording says "{written}" but the slot is at {fact} (`bat_dau`/`ket_thuc`): make them agree.',
  'rules.timeWordingDisagrees.weekday':
    'The printed time wording says "{written}" but the meeting day {date} is a {weekdayEn} (`bat_dau`/`ket_thuc`): make them agree.',
  'rules.timeWordingDisagrees.title': 'Time wording printed as written disagrees with its slot',
  'rules.timeWordingDisagrees.checks':
    "Each date, hour and weekday written in a slot's `nguyen_van` is the date, hour or weekday of its `bat_dau` or `ket_thuc`.",
  'rules.timeWordingDisagrees.why':
    'The invitation prints `nguyen_van` while notice days, days off and working hours are checked on `bat_dau`/`ket_thuc`: when they differ, invitees come at a time nobody checked.',
  'rules.timeWordingNoDate.message':
    'The printed time wording does not state the meeting day ({fact}), and invitees read only this wording: add the date, or remove `nguyen_van` to print the derived wording.',
  'rules.timeWordingNoDate.title': 'Time wording printed as written states no day',
  'rules.timeWordingNoDate.checks': "A slot's `nguyen_van` writes the meeting day (one date or a range of days).",
  'rules.timeWordingNoDate.why':
    'The day in `bat_dau` is not printed when `nguyen_van` is given; a wording without it ("sáng thứ Hai tuần tới") leaves invitees to guess.',

  // Mail merge: the invitee line, the list and its columns
  'merge.listNameMissing':
    '`kinh_moi.danh_sach` needs the name of the invitee list (.csv, .xlsx) beside the invitation.',
  'merge.lineMissing':
    '`kinh_moi.dong` needs the invitee line written with the list\'s columns, e.g. "Ông/Bà {{Họ và tên}}, {{Chức vụ}} {{Đơn vị}}".',
  'merge.unknownListKey': 'The list form of `kinh_moi` has only `danh_sach` and `dong`, not `{key}`.',
  'merge.unknownColumn': 'The list {list} has no column "{name}". Its columns: {columns}.',
  'merge.renameColumn': 'Change to {{{name}}}',
  'merge.emptyCell': 'Column "{name}" is empty for {rows}: those copies will miss this text.',
  'merge.emptyCellHere': 'Empty cell, but the invitation uses column "{name}".',
  'merge.duplicateRows': 'The list repeats rows ({rows}): that invitee would get two identical copies.',
  'merge.duplicateHere': 'This row repeats invitee {first}.',
  'merge.duplicateColumn':
    'The list "{list}" has two columns named "{name}" ({first} and {second}): which one to use is unclear. Rename one of them.',
  'merge.duplicateColumnHere': 'This column has the same name as the one at {first}.',
  'merge.tooManyRows':
    'The list "{name}" has {rows} invitees, more than {max}: no invitee list is that long, so its copies are not checked. Split the list.',
  'merge.listMissing': 'The list file "{name}" was not found beside the invitation.',
  'merge.listUnreadable': 'Cannot read the list file "{name}": {detail}',
  'merge.listFormat': '"{name}" is not a .csv or .xlsx list.',
  'merge.listEmpty': 'The list "{name}" has no header row (the column names) or no invitee under it.',
  'merge.listLegacy':
    'The list "{name}" is in the legacy {encoding} encoding; giaymoi read it converted to Unicode. Save it again as CSV UTF-8 (Unicode) so every program reads it right.',
  'merge.rowProblem': 'The copy for {rows}: {text}',
  'merge.rowsLabel.one': 'invitee {shown}',
  'merge.rowsLabel.many': 'invitees {shown}',
  'merge.rowHere': "This row's copy: {text}",
  'merge.flowMapping': 'A value starting with "{{" reads as a YAML mapping: put the whole text in double quotes "…".',

  // The rule configuration file (giaymoi.config.yaml)
  'config.notYaml': 'The configuration is not valid YAML: {message}',
  'config.notMapping': 'The configuration holds a `quy_tac:` key with rule codes under it.',
  'config.quyTacNotTable': '`quy_tac` maps rule codes, e.g. `GM029: off`.',
  'config.unknownKey': '"{key}" is not a configuration key; only `quy_tac` is.',
  'config.tooManyEntries':
    '`quy_tac` has {length} entries, more than {max} (giaymoi has a few dozen rules): the entries from here on are not read.',
  'config.unknownCode': '"{code}" is not a rule code (see `giaymoi rules`).',
  'config.badLevel': 'The level of {code} is one of: {levels}.',
  'config.structuralOff':
    '{code} is a structural problem (the file cannot be read): it cannot be turned off or changed.',
  'config.unknownOption': '{code} has no option "{key}"; it has: {options}.',
  'config.badWorkingDays': '`so_ngay_lam_viec` is a whole number from 3 to 30 (QĐ 45/2018: never below 3).',
  'config.daysOffNotList': '`ngay_nghi_them` is a list of `YYYY-MM-DD` dates.',
  'config.badDayOff': '"{text}" is not a real `YYYY-MM-DD` date.',

  // The editor features' own words: completion, hover, outline, status bar, quick fixes
  'authoring.value.TM': 'on behalf of a collective',
  'authoring.value.KT': 'signing for the head',
  'authoring.value.TL': 'by order of the head',
  'authoring.value.TUQ': 'by delegated authority',
  'authoring.value.Q': 'acting head',
  'authoring.value.hoa_toc': 'most urgent',
  'authoring.value.thuong_khan': 'very urgent',
  'authoring.value.khan': 'urgent',
  'authoring.value.mat': 'confidential',
  'authoring.value.toi_mat': 'secret',
  'authoring.value.tuyet_mat': 'top secret',
  'authoring.value.xem_xong_tra_lai': 'return after reading',
  'authoring.value.luu_hanh_noi_bo': 'internal circulation',
  'authoring.value.giay_moi': 'GIẤY MỜI (Mẫu 1.7, ký hiệu GM-): "… trân trọng kính mời: …"',
  'authoring.value.thong_bao': 'THÔNG BÁO (Mẫu 1.4, ký hiệu TB-): no "trân trọng kính mời" line',
  'authoring.value.cong_dien': 'CÔNG ĐIỆN (Mẫu 1.6, ký hiệu CĐ-): "… điện:" over the addressees (`kinh_moi`)',
  'authoring.value.luuVt': 'last line of nơi nhận',
  'authoring.value.today': 'today',
  'authoring.value.draftMonth': 'draft: day not known yet',
  'authoring.value.halfDay': 'one half-day slot',
  'authoring.required': 'required',
  'authoring.optional': 'optional',
  'authoring.legalSource': 'Legal source',
  'authoring.printsAs': 'Prints as',
  'authoring.dateLine': 'Place-and-date line',
  'authoring.weekdayInText': 'Weekday (as written in text)',
  'authoring.notARealDate': 'This date does not exist.',
  'authoring.draftDay': 'Draft: the day of signing is left blank for the clerk.',
  'authoring.commonValue': 'common value',
  'authoring.fromWorkspace': 'used in other invitations',
  'authoring.fixAllOfKind': 'Fix all {code} problems in the file',
  'authoring.fixAllSafe': 'Fix everything that can be fixed automatically',
  'authoring.statusErrors': 'Invitation: {count} error{s}',
  'authoring.statusDraft': 'Invitation: draft',
  'authoring.statusReady': 'Invitation: ready to export',
  'authoring.statusErrorsTip': 'Formatting errors remain: see the red squiggles (Ctrl+Shift+M). Click to preview.',
  'authoring.statusDraftTip': 'Draft: no number or day of signing yet; it can still be exported. Click to preview.',
  'authoring.statusReadyTip': 'No errors: ready to export DOCX. Click to preview.',
  'authoring.warnings': '{count} warning{s}',
  'authoring.outlineAgency': 'Agency',
  'authoring.outlineNumberDate': 'Number, date',
  'authoring.outlineType': 'Document type',
  'authoring.outlineSubject': 'Subject',
  'authoring.outlineDashes': 'Dash lines',
  'authoring.outlineOpening': 'Opening',
  'authoring.outlineInvitees': 'Invitees',
  'authoring.outlineInvitation': 'Invitation line',
  'authoring.outlineMeeting': 'Meeting',
  'authoring.outlineChair': 'Chair',
  'authoring.outlineTime': 'Time',
  'authoring.outlinePlace': 'Venue',
  'authoring.outlineContact': 'Contact point',
  'authoring.outlineClosing': 'Closing',
  'authoring.outlineVerbatim': 'Verbatim (from Word)',
  'authoring.outlineVerbatimAbove': 'Verbatim, above the header',
  'authoring.outlineVerbatimBelow': 'Verbatim, after the foot',
  'authoring.outlineSignature': 'Signature',
  'authoring.outlineRecipients': 'Recipients',
  'authoring.outlineSections': 'Sections',
  'authoring.importFailed': 'Could not import "{file}": {detail}.',
  'authoring.importOpenLabel': 'Import invitation',
  'authoring.importDocNeedsDesktop':
    'a .doc file needs LibreOffice on the machine; here, save it as .docx and import that',
  'authoring.importDone':
    'Imported "{file}": {share}% of the original\'s {words} printed words printed again in order ({fields}% from fields), {moved} out of place, {lost} lost; {notes} notes to review.',
  'authoring.newInvitationFailed': 'Could not open the invitation template: {detail}',
  'authoring.pickDocumentType': 'Choose the type of document (Decree 30/2020, Appendix III)',

  // Import from Word (.docx, .doc)
  'import.heading.source': 'Imported from Word.',
  'import.heading.wordFile': 'a Word file',
  'import.heading.review': 'Review the notes below.',
  'import.note.wrongWeekday':
    'The document says "{written}" but that date is a {actual}: the date is kept and the weekday derived again.',
  'import.note.timeInProse':
    'The meeting time is kept as worded so the printed copy does not change. Read as: thoi_gian: {slot} (write that to print it as the model does, "Từ … giờ …, ngày …").',
  'import.note.signaturePlaceholder':
    '"{text}" in the signature space is kept in `nguoi_ky.cho_ky` and printed there again: remove that key before signing and issuing (GM057).',
  'import.note.placeholder':
    'The original leaves a blank to fill in ("{text}"): fill it in when issuing; the printout takes what is missing from the fields.',
  'import.note.afterSignature':
    'The original prints this after the signature: kept word for word in `nguyen_van_cuoi`, printed again after nơi nhận and the signature as in the original (not checked against the model). Move it into a field if it belongs in one.',
  'import.note.aboveHeader':
    'The original prints this above the header: kept word for word in `nguyen_van_dau`, printed again above the header as in the original (not checked against the model).',
  'import.note.noSigningDay': 'The document has no day or month of signing ("{text}").',
  'import.note.abbreviationGuessed':
    'No "Số: …/…" line in the document: the abbreviation is guessed from the agency\'s name; check it.',
  'import.note.noHeader': 'The document has no header (agency, number, date): fill in `co_quan`, `dia_danh`, `ngay`.',
  'import.note.verbatim':
    'Could not be placed in a field: kept word for word (printed at the end of the body). Move it where it belongs.',
  'import.error.severalDocuments':
    'the file holds {count} documents (one Quốc hiệu line each), like an appendix of models: copy the invitation to import into a file of its own and import that',
  'import.error.notInvitation':
    'no type name under the header ("GIẤY MỜI", "THÔNG BÁO", "QUYẾT ĐỊNH"…): this is not a Decree 30 invitation or document the import reads (a Công văn prints none)',
  'import.note.renumbered': 'The document numbers "{label}" where "{expected}." belongs: numbering is derived again.',
  'import.error.malformedXml': 'the DOCX holds malformed XML ({part}) and cannot be read',
  'import.error.tooLarge': 'file too large ({megabytes} MB; an invitation is a few tens of KB)',
  'import.error.notZip': 'not a DOCX file (not a Word zip package)',
  'import.error.noDocumentXml': 'the zip has no word/document.xml: not a Word document',
  'import.error.zipBomb': 'the package inflates to too much data in {part} (a zip bomb?): refused',
  'import.error.partTooLarge':
    'the part {part} is too large for an invitation (an invitation holds a few hundred KB of text)',
  'import.error.encrypted':
    'the Word file is protected with a password (encrypted): open it in Word, remove the password and save it as .docx again',
  'import.error.word97':
    'this is a Word 97–2003 file (.doc) named .docx: rename it to .doc to import it through LibreOffice, or save it as .docx',
  'import.error.tooDeep': 'the part {part} nests too deep (more than {depth} levels): not an invitation, not read',
  'import.error.tooMuchText':
    'the text is too long for an invitation: the imported source would exceed what "giaymoi check" reads',
  'import.error.corrupt': 'the DOCX is damaged and cannot be unpacked',
  'import.error.folder': 'this is a folder, not a Word file',
  'import.error.notRegularFile': 'not a regular file (a pipe, a device…), not read',
  'import.error.tooLargeForInvitation': 'the file is too large to be an invitation',

  // Export: refusals, written files, write failures, mail-merge sets
  'export.refusedErrors': 'Not exporting {file}: it has {counted}. Fix these and export again:',
  'export.refusedConfig':
    'Not exporting {file}: its giaymoi.config.yaml has errors (printed above), so the rules that apply are unknown. Fix the configuration or name another with --config.',
  'export.refusedWarnings':
    'Not exporting {file}: it has {counted} (allow with the giaymoi.export.allowDrafts setting or --allow-drafts):',
  'export.wroteInstead':
    '{wanted} is open (in Word?) or locked, so {path} was written instead. Close it to overwrite it.',
  'export.writeFailed.chooseOtherFolder':
    'Choose another folder (setting giaymoi.export.outputFolder, or -o/--out-dir).',
  'export.writeFailed.noSpace':
    'Cannot write {path}{c}: the disk is full. Free some space or choose another drive, then export again.',
  'export.writeFailed.nameTooLong':
    'Cannot write {path}{c}: the file name or path is too long. Use a shorter name or a shallower folder.',
  'export.writeFailed.permission': 'Cannot write in {folder}{c}: permission denied. {other}',
  'export.writeFailed.readOnlyFileSystem': 'Cannot write in {folder}{c}: the file system is read-only. {other}',
  'export.writeFailed.busy': 'Cannot write {path}{c}: the file is open in Word or locked. Close it and export again.',
  'export.writeFailed.isDirectory': 'Cannot write {path}: it is a folder, not a file. Choose another .docx name.',
  'export.writeFailed.readOnlyTarget':
    'Not replacing {path}: the file is read-only (protected). Use --force (in VS Code: confirm "Overwrite") to replace it.',
  'export.writeFailed.isSource':
    "Not writing {path}: it is the invitation's own source file. Choose another .docx name.",
  'export.writeFailed.notFolder': 'Cannot write in {folder}{c}: the folder does not exist or is not a folder. {other}',
  'export.writeFailed.other': 'Cannot write {path}{c}. {other}',
  'export.overwriteReadOnly': '{path} is read-only. Overwrite it?',
  'export.progress': 'Exporting {done}/{total} invitations…',
  'export.mergeCancelled': 'Mail merge stopped: no new file was written; the previous set (if any) is untouched.',
  'export.mergeRecordIgnored':
    'Ignored {path}: it is not a valid mail-merge record (perhaps not made by giaymoi). No file was removed or replaced because of it.',
  'export.mergeLeftUntouched':
    'Left {path} as it is: it is not the file the previous mail merge wrote (changed since, or never its own), so it was not removed or replaced.',
  'export.mergeKeptOthers':
    "{wanted} was not written by this mail merge (your own file, or another invitation's), so it was kept; the new copy is {path}.",
  'export.mergeBusy.process': ' (process {pid}, since {since})',
  'export.mergeBusy':
    'Another mail merge is writing into {folder}{who}. Wait for it to finish, then export again (if you are sure none is running, delete .giaymoi-merge.lock in that folder).',
  'export.written.one': 'Invitation exported.',
  'export.written.many': '{count} files exported.',
  'export.signatureImage.missing': '{which} "{path}" (nguoi_ky.chu_ky_so) is missing or unreadable: no PDF exported.',
  'export.signatureImage.notPng':
    '{which} "{path}" is not a PNG file (Decree 30: a PNG with a transparent background): no PDF exported.',
  'export.signatureImage.tooLarge':
    '{which} "{path}" is too large ({pixels} pixels a side, at most {max}): scale it down and export again.',
  'export.signatureImage.anh': 'The signature image',
  'export.signatureImage.dau': 'The seal image',
  'export.pdfFont.system': "The PDF uses the system's Times New Roman, embedded.",
  'export.pdfFont.bundled':
    'Times New Roman is not installed: the PDF uses the bundled Liberation Serif (metric-compatible with Times New Roman), embedded.',
  'export.singleInvitee': 'kinh_moi lists a single invitee: exporting one invitation.',
  'export.saveFirst':
    'There is no folder to export into: save the invitation in a folder (or open a folder), then export again.',
  'export.unknownPatternFields': 'The file-name pattern uses columns the list lacks: {fields}.',
  'export.mergeTooManyRows':
    'The list "{name}" has {rows} invitees, more than the {max} copies one mail merge makes; nothing was written. Split the list, or allow more {allowMore}.',
  'export.maxRowsOption': 'with --max-rows {rows}',
  'export.maxRowsSetting': 'with the giaymoi.export.maxMergeRows setting ({rows})',
  'export.mergeEstimate':
    'Writing {files} files, about {megabytes} MB, in about {duration} (estimated from the first copies). {stop}',
  'export.seconds': '{seconds} s',
  'export.minutes': '{minutes} min',
  'export.stopWithCtrlC': 'Press Ctrl+C to stop: nothing half-written is left.',
  'export.stopWithCancel': 'Press Cancel to stop: nothing half-written is left.',

  // Reading files: sizes, kinds, .doc conversion
  'files.docConversionFailed': 'LibreOffice could not convert this .doc file',
  'files.docConversionTimedOut':
    'LibreOffice took more than {seconds} seconds on this .doc file and was stopped (timed out)',
  'files.noLibreOffice':
    'a .doc (Word 97–2003) file needs LibreOffice to convert it, and LibreOffice (soffice) is not installed; open it in Word and save it as .docx',
  'files.directory': 'is a folder, not a regular file',
  'files.special': 'is not a regular file (a pipe, a device, a socket…), not read',
  'files.missing': 'no such file',
  'files.denied': 'permission denied',
  'files.specialSocket': 'is not a regular file (a socket…), not read',
  'files.failed': 'cannot be read ({code})',
  'files.unknownCode': 'error',
  'files.kind.source': 'an invitation',
  'files.kind.list': 'an invitee list',
  'files.kind.config': 'a configuration file',
  'files.kind.word': 'a Word invitation',
  'files.tooLarge': 'too large (at most {limit} bytes for {kind})',
  'files.tooLargeSize': 'too large ({size} bytes; at most {limit} bytes for {kind})',

  // Invitee lists
  'lists.untrustedWorkspace': 'the workspace is not trusted, so the list is not read',
  'lists.outsideWorkspace':
    'the real file is {real}, outside the workspace folder {folder}; giaymoi reads no list from outside it (allow it with the setting giaymoi.lists.allowOutsideWorkspace)',
  'lists.symbolicLink': '{path} (liên kết tượng trưng · a symbolic link)',
  'lists.notRegularFile': 'is not a regular file, not read',
  'lists.xlsx.tooLarge': 'it inflates to more than {size}, no invitee list does',
  'lists.xlsx.tooManyRows': 'the sheet has more than {rows} rows',
  'lists.xlsx.noReferences':
    'a cell has no reference (the r attribute); open and save the file again in Excel or LibreOffice',

  // The `giaymoi` command
  'cli.check.summary': '{filesCounted}: {errorsCounted}, {warningsCounted}, {notes} information.',
  'cli.export.outNeedsDocx': '-o needs a .docx or .pdf file name (the source is never overwritten).',
  'cli.export.optionNeedsNumber': '--{badNumber} needs a number (mm, or 13/14 for the size).',
  'cli.export.maxRowsNeedsWholeNumber': '--max-rows needs a whole number ≥ 1 (the most copies one mail merge makes).',
  'cli.import.tooLarge': 'file too large ({mb} MB; an invitation is a few tens of KB)',
  'cli.import.outNeedsExtension': 'the output name must end in .giaymoi.yaml',
  'cli.import.outExists': 'the file exists; it is never overwritten (choose another name with -o)',
  'cli.import.cannotWrite': 'cannot write the file ({code})',
  'cli.import.done':
    "Measured on the export of the result: {kept}% of the original's {total} printed words are printed again in order ({fields}% from fields, {verbatim}% verbatim); {moved} words printed out of place, {lost} words lost.",
  'cli.import.notExported':
    "The imported source has {errors} errors and does not export yet: none of the original's {total} printed words is printed again.",
  'cli.import.firstLost': 'First lost passage: "{passage}"',
  'cli.import.firstMoved': 'First passage printed out of place: "{passage}"',
  'sign.p12.notP12': 'not a .p12/.pfx certificate file (PKCS#12)',
  'sign.p12.wrongPassword':
    'wrong password for the .p12 file (try again, or give it with --password or GIAYMOI_P12_PASSWORD)',
  'sign.p12.noKey': 'the .p12 file holds no private key to sign with',
  'sign.p12.notRsa': 'the key in the .p12 file is not an RSA key; giaymoi signs with RSA keys only',
  'sign.p12.noMatchingCertificate': 'the .p12 file has no certificate that matches its private key',
  'sign.certificate.expired':
    'the certificate of {name} expired on {date}: not signed, because a digital signature is valid only when its certificate is in force at signing',
  'sign.certificate.notYetValid': 'the certificate of {name} is in force only from {date}: not signed yet',
  'sign.image.notPng':
    '{which} is not a PNG image (Decree 30 asks for PNG with a transparent background; save it as .png)',
  'sign.image.signature': 'the signature image (--anh)',
  'sign.image.seal': 'the seal image (--dau)',
  'sign.image.opaque':
    '{which} has no transparent background (Decree 30 asks for a PNG with a transparent one): signed anyway, but its background covers what lies below',
  'sign.pdf.notPdf': 'not a PDF file',
  'sign.pdf.encrypted': 'the PDF is encrypted (password protected); remove the encryption, then sign',
  'sign.pdf.damaged': 'the PDF is damaged and cannot be read ({detail})',
  'sign.pdf.certifiedNoChanges':
    'the PDF is certified by a signature that allows no changes (DocMDP P=1); another signature would show it as altered: not signed',
  'sign.field.none':
    'the PDF has no empty signature field; say where to sign with --rect x,y,w,h (points from the lower left corner of the last page)',
  'sign.rect.invalid': '--rect needs 4 numbers x,y,w,h (points; width and height above 0), not "{text}"',
  'sign.rect.outsidePage': '--rect reaches outside the last page ({width} × {height} points)',
  'sign.appearance.signedBy': 'Signed by: {name}',
  'sign.appearance.signingTime': 'Signing time: {time}',
  'sign.appearance.documentNumber': 'No.: {number}',
  'sign.attachment.numberInvalid':
    '--phu-luc needs the number and ký hiệu of the document this file is attached to, e.g. "12/GM-UBND", not "{text}"',
  'sign.attachment.noImages':
    "an attachment's digital signature has no image and sits at the top right of page 1 (Decree 30/2020, Appendix I, Section II, clause 8 b): drop --anh, --dau, --rect",
  'cli.sign.needsP12': 'a certificate is needed: --p12 FILE.p12',
  'cli.sign.outNeedsPdf': '-o needs a .pdf file name',
  'cli.sign.tooLarge': 'too large (at most {limit} MB)',
  'cli.sign.passwordPrompt': 'Password of {file}: ',
  'cli.sign.cancelled': 'cancelled, not signed',
  'cli.sign.cannotWrite': 'cannot write {out} ({code})',
  'cli.sign.done': 'Signed: {out} (field {field}, page {page}, signer {name})',
  'cli.sign.fieldAdded': 'signature field {field} added at --rect',
  'cli.sign.countersigned':
    'countersigned by an incremental update: the file holds {count} signatures, the earlier ones untouched',
  'cli.help.check': 'check files against Decree 30/2020 (a folder: every *.giaymoi.yaml in it)',
  'cli.help.export':
    'export a Decree 30 DOCX, or a PDF ready for signing  [-o OUT.docx | -o OUT.pdf | --out-dir DIR] [--pdf] [--mail-merge] [--name-pattern "{{STT}} - {{Họ và tên}}"] [--row N] [--max-rows N] [--ascii-names] [--force] [--allow-drafts] [--margin-left|right|top|bottom MM] [--body-size 13|14]',
  'cli.help.preview': 'write the preview page as one HTML file',
  'cli.help.import': 'turn a Word invitation (.docx, .doc) into a source file  [-o OUT.giaymoi.yaml | -o -]',
  'cli.help.sign':
    'sign a PDF with a .p12 certificate  [-o OUT.pdf] [--p12 FILE.p12] [--password PASSWORD] [--anh signature.png] [--dau seal.png] [--rect x,y,w,h]',
  'cli.help.rules': 'list the rules with their level and legal source  [--format text|json|markdown]',
  'cli.help.schema': "print the format's JSON Schema",
  'cli.usage.head': 'Usage: giaymoi <lệnh> [tùy chọn] TỆP...',
  'cli.usage.config': "default: found upward up to the git repository's root, outside one only in the file's folder",
  'cli.usage.allowListOutside':
    "read a list from outside the workspace folder (the git repository, or the file's folder)",
  'cli.unexpectedError': 'unexpected error',
  'cli.preview.line': 'line',
  'cli.preview.notReady':
    '{file}: {counted} remain; the page was written with them listed, not ready to print or send.',
  'cli.preview.pageNotReady': 'The source has errors: this page is not ready.',
  'cli.preview.cannotWrite': 'cannot write {out}: {error}',
  'cli.preview.wrote': 'Wrote {out}',
  'cli.list.outsideFolder':
    'the real file is {real}, outside the workspace folder {folder}; giaymoi reads no list from outside it (allow it with --allow-list-outside)',
  'cli.check.noSources': 'the folder holds no invitation file (*.giaymoi.yaml)',
  'cli.source.directory': 'is a directory, not an invitation file',
  'cli.source.special': 'is not a regular file (a pipe, a device…), not read',
  'cli.source.tooLarge': 'is too large (at most {max} bytes) for an invitation',
  'cli.source.tooLargeBytes': 'is too large ({size} bytes; at most {max}) for an invitation',
  'cli.source.notUtf8': 'is not UTF-8 text (save it as UTF-8)',
  'cli.config.outsideFolder': 'the real file is {real}, outside the workspace folder {folder}',
  'cli.config.unreadable': 'cannot read the configuration file: {reason}',
} as const satisfies { readonly [K in keyof typeof VI]: string };
