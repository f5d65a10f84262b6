/**
 * Every message of the core and the CLI in Vietnamese, the default language,
 * grouped by area; `{name}` marks a value filled in by `say()` (index.ts).
 * en.ts has the same keys: the type system and test/unit/messages/tables.test.ts
 * fail on a key missing in one of them.
 */
export const VI = {
  // The parser and the schema: YAML syntax, types, fields (keys are the schema's `error` keys)
  'parse.type.text': '`{field}` phải là một đoạn chữ.',
  'parse.type.textOrList': '`{field}` phải là một đoạn chữ hoặc một danh sách các dòng chữ.',
  'parse.type.date': '`{field}` phải là một ngày dạng YYYY-MM-DD.',
  'parse.type.datetime': '`{field}` phải là ngày giờ dạng `YYYY-MM-DD HH:MM`, ví dụ `2024-05-17 14:00`.',
  'parse.type.time':
    '`{field}` phải là một khung giờ `{ bat_dau: YYYY-MM-DD HH:MM }`, một danh sách khung giờ, hoặc một câu.',
  'parse.type.subItem':
    'Mục con phải là một câu, `{ noi_dung, diem, gach_dau_dong }`, hoặc `{ doan }` cho một đoạn không đánh số.',
  'parse.type.point':
    'Điểm phải là một câu, `{ noi_dung, gach_dau_dong }`, hoặc `{ doan }` cho một đoạn không đánh chữ.',
  'parse.type.dash': 'Dòng gạch đầu dòng phải là một câu, `{ noi_dung, cong }` (các dòng "+ "), hoặc `{ doan }`.',
  'parse.type.section': 'Mỗi mục là `{ tieu_de, … }`, hoặc `{ doan }` cho một đoạn không đánh số.',
  'parse.type.part': 'Mỗi phần là `{ tieu_de, … }`, hoặc `{ doan }` cho một đoạn không đánh số.',
  'parse.type.contact': '`{field}` phải là một câu, hoặc `{ ho_ten, chuc_vu, dien_thoai, email }`.',
  'parse.type.so': 'Số văn bản phải là một số nguyên dương, hoặc để trống khi chưa vào sổ.',
  'parse.type.tenLoai': '`ten_loai` là giay_moi, thong_bao, cong_dien, hoặc một tên loại viết tự do (ví dụ "THƯ MỜI").',
  'parse.type.int': '`{field}` phải là một số nguyên dương.',
  'parse.type.object': '`{field}` phải gồm các trường con (dạng `khóa: giá trị`).',
  'parse.type.list': '`{field}` phải là một danh sách (mỗi dòng bắt đầu bằng "- ").',
  'parse.type.other': 'Giá trị của `{field}` không đúng kiểu.',
  'parse.text.empty': '`{field}` không được để trống.',
  'parse.list.empty': 'Danh sách `{field}` cần ít nhất một dòng.',
  'parse.format.dateOrMonth':
    'Ngày phải viết dạng `YYYY-MM-DD` (ví dụ `2024-05-14`), hoặc `YYYY-MM` khi chưa biết ngày ký.',
  'parse.format.datetime': 'Ngày giờ phải viết dạng `YYYY-MM-DD HH:MM`, ví dụ `2024-05-17 14:00`.',
  'parse.format.datetimeOrTime': 'Giờ kết thúc viết dạng `HH:MM` (cùng ngày) hoặc `YYYY-MM-DD HH:MM`.',
  'parse.enum.quyenHan': '`quyen_han` chỉ nhận một trong: {values}.',
  'parse.enum.doKhan': '`do_khan` chỉ nhận một trong: {values}.',
  'parse.enum.doMat': '`do_mat` chỉ nhận một trong: {values}.',
  'parse.enum.phamVi': '`pham_vi_luu_hanh` chỉ nhận một trong: {values}.',
  'parse.field.missing': 'Thiếu trường bắt buộc `{field}`: {description}',
  'parse.field.empty': 'Trường bắt buộc `{field}` đang để trống: {description}',
  'parse.field.unknown': 'Trường `{field}` không có trong định dạng giấy mời.',
  'parse.field.unknownMore':
    'Còn {count} trường lạ khác trong {field} không được liệt kê; một giấy mời chỉ có vài chục trường: tệp này có đúng là giấy mời?',
  'parse.field.unknownSuggest': 'Trường `{field}` không có trong định dạng giấy mời. Có phải là `{suggestion}`?',
  'parse.field.rename': 'Đổi thành `{suggestion}`',
  'parse.yaml.syntax': 'Lỗi cú pháp YAML: {detail}',
  'parse.yaml.error.aliasProps': 'một bí danh (`*tên`) không được mang thẻ hay neo; hãy viết thẳng nội dung.',
  'parse.yaml.error.badAlias': 'bí danh `*…` không trỏ tới neo `&…` nào có trước; hãy viết thẳng nội dung.',
  'parse.yaml.error.badDirective':
    'dòng bắt đầu bằng `%` là chỉ thị YAML không hợp lệ; nếu là nội dung, đặt trong dấu ngoặc kép.',
  'parse.yaml.error.badEscape':
    'trong dấu ngoặc kép, dấu `\\` phải đi với một ký tự thoát hợp lệ (`\\"`, `\\\\`, `\\n`); viết `\\\\` cho một dấu gạch chéo ngược.',
  'parse.yaml.error.badIndent':
    'thụt lề không đúng: các khóa cùng cấp phải thẳng cột, mỗi cấp con thụt thêm 2 dấu cách.',
  'parse.yaml.error.badPropOrder':
    'neo `&…` và thẻ `!…` phải đứng trước giá trị; nếu là nội dung, đặt trong dấu ngoặc kép.',
  'parse.yaml.error.badScalarStart':
    'giá trị không được bắt đầu bằng ký tự này (`@`, `` ` ``, `|`, `>`…); đặt cả giá trị trong dấu ngoặc kép "…".',
  'parse.yaml.error.blockAsKey': 'một khối nhiều dòng không dùng làm khóa được; kiểm tra dấu hai chấm và thụt lề.',
  'parse.yaml.error.blockInFlow':
    'trong `[…]` hoặc `{…}` không viết được danh sách `- …` hay khối nhiều dòng; viết mỗi mục trên một dòng riêng bắt đầu bằng `- `.',
  'parse.yaml.error.badCollectionType': 'thẻ `!…` không hợp với loại giá trị này; hãy bỏ thẻ.',
  'parse.yaml.error.duplicateKey': 'một khóa bị lặp lại; giữ một và xóa các khóa còn lại.',
  'parse.yaml.error.impossible': 'YAML không đọc được đoạn này; kiểm tra dấu ngoặc, dấu hai chấm và thụt lề quanh đó.',
  'parse.yaml.error.keyTooLong':
    'khóa dài quá 1.024 ký tự; có lẽ thiếu dấu hai chấm hoặc một câu dài bị hiểu thành khóa: đặt câu trong dấu ngoặc kép.',
  'parse.yaml.error.missingChar':
    'thiếu ký tự đóng: một dấu ngoặc kép, `]` hoặc `}` chưa được đóng, hoặc thiếu `:`/`,` giữa các mục.',
  'parse.yaml.error.multilineKey':
    'một khóa không được trải trên nhiều dòng; có lẽ một dòng thiếu dấu hai chấm hoặc bị thụt lề sai.',
  'parse.yaml.error.multipleAnchors': 'một giá trị chỉ có một neo `&…`; hãy bỏ bớt.',
  'parse.yaml.error.multipleDocs': 'tệp chỉ chứa một giấy mời: xóa dòng `---` hoặc `...` ở giữa tệp.',
  'parse.yaml.error.multipleTags': 'một giá trị chỉ có một thẻ `!…`; hãy bỏ bớt.',
  'parse.yaml.error.nonStringKey': 'khóa phải là một từ như `trich_yeu`, không phải danh sách hay cặp `{…}`.',
  'parse.yaml.error.resourceExhaustion': 'tệp dùng quá nhiều bí danh YAML (`*…`); hãy viết thẳng nội dung.',
  'parse.yaml.error.tabIndent': 'thụt lề bằng phím Tab: YAML chỉ nhận dấu cách (2 dấu cách mỗi cấp).',
  'parse.yaml.error.tagResolveFailed':
    'thẻ `!…` không rõ nghĩa; hãy bỏ thẻ, hoặc đặt giá trị trong dấu ngoặc kép nếu `!` là nội dung.',
  'parse.yaml.error.unexpectedToken':
    'có ký tự không đúng chỗ (thường là dấu ngoặc kép, `:`, `-`, `#` hay ngoặc giữa câu); đặt cả giá trị trong dấu ngoặc kép "…".',
  'parse.yaml.colonInText':
    'Câu có dấu hai chấm (": " hoặc ":" ở cuối) bị YAML hiểu thành một khóa: đặt cả câu trong dấu ngoặc kép "…".',
  'parse.yaml.quote': 'Đặt trong dấu ngoặc kép',
  'parse.yaml.duplicateKey': 'Khóa `{field}` bị lặp lại; giữ một và xóa các khóa còn lại.',
  'parse.yaml.aliases': 'Tệp dùng quá nhiều bí danh YAML (alias `*…`); hãy viết thẳng nội dung.',
  'parse.yaml.tooLarge': 'Tệp quá lớn ({size} ký tự, tối đa {max}); một giấy mời chỉ vài trang.',
  'parse.yaml.notMapping': 'Giấy mời phải là các cặp `khóa: giá trị` ở cấp ngoài cùng, bắt đầu bằng `co_quan:`.',
  'parse.yaml.empty': 'Tệp đang trống: gõ "giaymoi" rồi chọn đoạn mẫu để có một giấy mời đầy đủ.',

  // The invitation format: the schema's field descriptions (the JSON Schema's `description` and `x-description-en`, hover, completion)
  'schema.title': 'Giấy mời (NĐ 30/2020/NĐ-CP)',
  'schema.description': 'Một giấy mời viết bằng YAML.',
  'schema.bat_dau':
    'Thời điểm bắt đầu, dạng `YYYY-MM-DD HH:MM`, ví dụ `2024-05-17 14:00`. Thứ trong tuần được tính tự động.',
  'schema.ket_thuc': 'Thời điểm kết thúc: `HH:MM` (cùng ngày) hoặc `YYYY-MM-DD HH:MM`.',
  'schema.ghi_chu': 'Ghi chú cho khung giờ này, ví dụ "buổi sáng".',
  'schema.slotWording':
    'Câu thời gian in ra nguyên văn thay cho câu tự tính ("Từ 8 giờ 00 phút, …"), kể cả dấu câu cuối (sau `ghi_chu` nếu có). `bat_dau`/`ket_thuc` vẫn là thời gian mọi quy tắc kiểm tra; ngày, giờ, thứ trong câu phải khớp với chúng.',
  'schema.time':
    'Thời gian họp: một khung giờ `{ bat_dau, ket_thuc }`, danh sách nhiều khung giờ (nhiều ngày), hoặc một câu tự do.',
  'schema.doan':
    'Đoạn văn in ngay tại chỗ này của danh sách, không đánh số (ví dụ một câu giữa hai mục, hoặc sau danh sách).',
  'schema.paragraphs': 'Các đoạn văn thường, không đánh số, in ngay dưới dòng này.',
  'schema.noi_dung': 'Nội dung dòng gạch đầu dòng "- ".',
  'schema.cong': 'Các dòng "+ " dưới dòng gạch đầu dòng này.',
  'schema.bullets':
    'Các dòng gạch đầu dòng "- "; mỗi dòng là một câu, hoặc `{ noi_dung, cong }` khi có các dòng "+ " bên dưới.',
  'schema.point.noi_dung': 'Nội dung của điểm.',
  'schema.points': 'Các điểm, đánh chữ tự động a), b), c), d), đ), e), …',
  'schema.subItem.noi_dung': 'Nội dung của mục con.',
  'schema.headed.noi_dung':
    'Một câu: in liền sau tiêu đề ("3. Địa điểm: …"). Một danh sách: mỗi dòng in với "- " dưới tiêu đề.',
  'schema.tieu_de':
    'Tiêu đề mục, ví dụ "Thành phần", "Thời gian", "Địa điểm". Số thứ tự (1., 2., …) được đánh tự động.',
  'schema.muc': 'Các mục con, đánh số tự động 4.1., 4.2., …',
  'schema.part.tieu_de':
    'Tiêu đề phần, ví dụ "MỤC ĐÍCH, YÊU CẦU". Số La Mã (I., II., …) được đánh tự động; tiêu đề in đậm (NĐ 30, PL I-P.I-M.II-k.6).',
  'schema.part.muc': 'Các mục của phần, đánh số 1., 2., … lại từ đầu trong mỗi phần.',
  'schema.ten':
    'Tên cơ quan ban hành, CHỮ IN HOA (NĐ 30, PL I-P.I-M.II-k.2-b). Một danh sách nếu muốn tự chọn chỗ xuống dòng.',
  'schema.viet_tat': 'Chữ viết tắt tên cơ quan, dùng trong ký hiệu (ví dụ UBND → GM-UBND).',
  'schema.ten_goi':
    'Tên cơ quan viết trong câu, chữ thường theo Phụ lục II, ví dụ "Sở Tài chính tỉnh Lạng Sơn"; dùng trong dòng "… trân trọng kính mời: …". Mặc định suy ra từ `ten`.',
  'schema.chu_quan':
    'Tên cơ quan chủ quản trực tiếp (nếu có), CHỮ IN HOA, không đậm; ví dụ "UBND HUYỆN BẮC SƠN" cho một phòng.',
  'schema.thay_mat':
    'Tập thể mà người ký thay mặt khi cấp phó ký thay người đứng đầu một tập thể, ví dụ "ỦY BAN NHÂN DÂN" → dòng "TM. ỦY BAN NHÂN DÂN" trên dòng "KT. CHỦ TỊCH" (NĐ 30, PL I-P.I-M.II-k.7-b).',
  'schema.quyen_han':
    'Thẩm quyền ký: TM (thay mặt), KT (ký thay), TL (thừa lệnh), TUQ (thừa ủy quyền), Q (quyền); bỏ trống khi người đứng đầu ký (NĐ 30, Điều 13).',
  'schema.chuc_vu_thay':
    'Tập thể hoặc chức vụ được ký thay, ví dụ "CHỦ TỊCH" → "TL. CHỦ TỊCH"; "ỦY BAN NHÂN DÂN" với TM.',
  'schema.chuc_vu':
    'Chức vụ của người ký, CHỮ IN HOA, ví dụ "CHÁNH VĂN PHÒNG". Bỏ trống khi dòng quyền hạn đã đủ, ví dụ "Q. GIÁM ĐỐC".',
  'schema.cho_ky':
    'Chỗ ký: chữ in trong khoảng ký, giữa chức vụ và họ tên, đúng như mẫu viết, ví dụ "(Chữ ký, dấu)"; xóa trước khi ký ban hành.',
  'schema.ho_ten': 'Họ và tên người ký, không kèm học hàm, học vị (NĐ 30, PL I-P.I-M.II-k.7-c).',
  'schema.chu_ky_so':
    'Ảnh chữ ký và ảnh dấu đặt vào bản PDF (NĐ 30, PL I-P.I-M.II-k.7-d, k.8-a), cho nơi in hoặc ký số không có hình thể hiện; ô chữ ký số vẫn giữ.',
  'schema.chu_ky_so.anh':
    'Tệp PNG chữ ký của người ký (màu xanh, nền trong suốt), đường dẫn tính từ tệp giấy mời; đặt giữa chức vụ và họ tên.',
  'schema.chu_ky_so.dau':
    'Tệp PNG con dấu (màu đỏ, nền trong suốt), kích thước thật; trùm khoảng 1/3 ảnh chữ ký về bên trái.',
  'schema.contact.ho_ten': 'Họ tên người đầu mối.',
  'schema.contact.chuc_vu': 'Chức vụ, đơn vị của người đầu mối.',
  'schema.dien_thoai': 'Số điện thoại.',
  'schema.email': 'Thư điện tử.',
  'schema.dia_chi': 'Địa chỉ cơ quan.',
  'schema.address.dien_thoai': 'Điện thoại.',
  'schema.fax': 'Fax.',
  'schema.website': 'Trang thông tin điện tử.',
  'schema.co_quan': 'Cơ quan ban hành giấy mời (ô 2 của NĐ 30).',
  'schema.so': 'Số văn bản; để trống khi chưa vào sổ (in "Số:      /GM-…"). Số dưới 10 có số 0 phía trước.',
  'schema.ky_hieu': 'Ký hiệu; mặc định "GM-" + chữ viết tắt của cơ quan (NĐ 30, PL III, Mục I).',
  'schema.dia_danh': 'Địa danh nơi ban hành, ví dụ "Bắc Sơn", "Hà Nội" (NĐ 30, PL I-P.I-M.II-k.4-a).',
  'schema.ngay': 'Ngày ban hành, `YYYY-MM-DD`; `YYYY-MM` khi chưa biết ngày ký (in "ngày      tháng 5 năm 2024").',
  'schema.do_khan': 'Độ khẩn: hoa_toc (HỎA TỐC), thuong_khan (THƯỢNG KHẨN), khan (KHẨN) (NĐ 30, PL I-P.I-M.III-k.2-b).',
  'schema.do_mat': 'Độ mật: mat (MẬT), toi_mat (TỐI MẬT), tuyet_mat (TUYỆT MẬT).',
  'schema.pham_vi_luu_hanh': 'Chỉ dẫn phạm vi lưu hành: xem_xong_tra_lai, luu_hanh_noi_bo (ô 11).',
  'schema.ten_loai':
    'Tên loại văn bản: giay_moi (mặc định, Mẫu 1.7, ký hiệu GM), thong_bao (Mẫu 1.4, TB), cong_dien (Mẫu 1.6, CĐ: "… điện:" rồi các nơi nhận điện trong `kinh_moi`), hoặc một tên loại tự do cho tổ chức ngoài khối hành chính nhà nước ("THƯ MỜI", "GIẤY TRIỆU TẬP").',
  'schema.trich_yeu':
    'Trích yếu nội dung cuộc họp, in đậm dưới chữ "GIẤY MỜI". Một danh sách nếu muốn tự chọn chỗ xuống dòng.',
  'schema.mo_dau': 'Đoạn mở đầu (căn cứ, lý do), trước lời mời.',
  'schema.kinh_moi':
    'Người hoặc cơ quan được mời (Mẫu 1.7: "… trân trọng kính mời: …"). Giấy mời không có dòng "Kính gửi". Một danh sách: xuất được mỗi người một bản.',
  'schema.loi_moi':
    'Lời mời viết tự do, thay cho dòng "… trân trọng kính mời: …", ví dụ "UBND huyện trân trọng kính mời đại biểu dự Hội nghị, cụ thể như sau:".',
  'schema.toi_du': 'Tên cuộc họp, hội nghị, hội thảo (Mẫu 1.7: "Tới dự …").',
  'schema.chu_tri': 'Người chủ trì (QĐ 45/2018 yêu cầu nêu rõ).',
  'schema.dia_diem': 'Địa điểm họp.',
  'schema.phan':
    'Các phần đánh số La Mã I., II., …, mỗi phần có các mục 1., 2., … riêng. Dùng `phan` hoặc `muc`, không dùng cả hai.',
  'schema.invitation.muc': 'Các mục đánh số 1., 2., … (thành phần, thời gian, địa điểm, nội dung, …).',
  'schema.invitation.gach_dau_dong':
    'Các dòng gạch đầu dòng "- " ngay trong nội dung, không cần mục đánh số (ví dụ lịch trình một lễ hội); in sau `phan`, `muc`.',
  'schema.dau_moi_lien_he': 'Đầu mối liên hệ của cuộc họp (QĐ 45/2018): họ tên, điện thoại.',
  'schema.loi_ket': 'Câu kết, ví dụ "… trân trọng kính mời đại biểu tham dự Hội nghị./."',
  'schema.nguyen_van':
    'Đoạn giữ nguyên văn mà lệnh nhập từ Word không xếp được vào trường nào; in ở cuối phần nội dung. Chuyển vào đúng trường rồi xóa khóa này.',
  'schema.nguyen_van_dau':
    'Dòng in nguyên văn phía trên phần đầu hai cột (tên cơ quan | Quốc hiệu), ví dụ "Mẫu 1.7 – Giấy mời", "Dự thảo": ngoài thể thức của NĐ 30, không kiểm tra theo thể thức (GM056). Một danh sách: mỗi phần tử một dòng.',
  'schema.nguyen_van_cuoi':
    'Đoạn in nguyên văn sau phần cuối (sau nơi nhận và chữ ký), cỡ chữ như nội dung: một "Ghi chú: Đề nghị các đại biểu mang theo …", chú thích, danh sách khách mời kèm theo. Ngoài thể thức của NĐ 30, không kiểm tra theo thể thức (GM056). Một danh sách: mỗi phần tử một đoạn.',
  'schema.nguoi_ky': 'Người ký (ô 7a, 7b).',
  'schema.noi_nhan': 'Nơi nhận, mỗi dòng một nơi, kết thúc bằng "Lưu: VT." (NĐ 30, PL I-P.I-M.II-k.9).',
  'schema.nguoi_soan_thao': 'Ký hiệu người soạn thảo, CHỮ IN HOA, ví dụ "PL" (ô 12).',
  'schema.so_ban': 'Số lượng bản phát hành, ví dụ 300 → "PL.(300)".',
  'schema.lien_he': 'Địa chỉ, điện thoại, thư điện tử của cơ quan, in ở chân trang đầu (ô 13).',
  'schema.listForm': 'Danh sách khách mời từ một tệp .csv hoặc .xlsx cạnh giấy mời: mỗi hàng một bản giấy mời.',
  'schema.listForm.danh_sach': 'Tên tệp danh sách (.csv, .xlsx), hàng đầu là tên các cột.',
  'schema.listForm.dong': 'Dòng người được mời viết bằng các cột: "Ông/Bà {{Họ và tên}}, {{Chức vụ}} {{Đơn vị}}".',

  // The rules: each code's reference entry (`<name>.title`, `.checks`, `.why`, `.option.<key>`) and what its check says
  'rules.textAgencyCase.message': '{what}: viết "{right}", không phải "{written}".',
  'rules.textAgencyCase.fix': 'Sửa thành "{right}"',
  'rules.textAgencyCase.agency': 'Trong câu, tên cơ quan chỉ viết hoa chữ đầu của loại cơ quan và của từng lĩnh vực',
  'rules.textAgencyCase.unit': 'Trong câu, danh từ chỉ đơn vị hành chính viết thường, tên riêng viết hoa',
  'rules.textAgencyCase.title': 'Viết hoa tên cơ quan, đơn vị hành chính trong câu',
  'rules.textAgencyCase.checks':
    'Trong câu, tên cơ quan chỉ viết hoa chữ đầu của từ chỉ loại cơ quan và của từng lĩnh vực ("Sở Tài chính", "Sở Kế hoạch và Đầu tư"); danh từ chung chỉ đơn vị hành chính viết thường ("tỉnh Nam Định").',
  'rules.textAgencyCase.why': 'Phụ lục II quy định viết hoa trong văn bản hành chính.',
  'rules.badEntry.title': 'Mục sai trong tệp cấu hình',
  'rules.badEntry.checks':
    'Mỗi mục của `giaymoi.config.yaml` là một mã quy tắc có thật với `off`, `info`, `warning`, `error`, hoặc các tùy chọn quy tắc đó có.',
  'rules.badEntry.why': 'Một mục gõ sai bị bỏ qua thì cơ quan tưởng đã tắt hay đổi quy tắc mà thật ra không.',
  'rules.structuralOff.title': 'Không tắt được lỗi cấu trúc',
  'rules.structuralOff.checks': 'Các mã GM001–GM006 (YAML, lược đồ) không tắt, không hạ mức được.',
  'rules.structuralOff.why': 'Tệp không đọc được thì không có giấy mời nào để xem trước hay xuất.',
  'rules.unknownColumn.title': 'Trường `{{…}}` không có cột nào trong danh sách',
  'rules.unknownColumn.checks':
    'Mỗi `{{Tên cột}}` trong giấy mời là tên một cột ở hàng tiêu đề của danh sách (không phân biệt hoa thường, khoảng trắng).',
  'rules.unknownColumn.why':
    'Một trường không có cột thì mọi bản in ra chữ trống hoặc sai; sửa nhanh đổi sang tên cột gần nhất.',
  'rules.emptyCell.title': 'Ô trống mà giấy mời cần',
  'rules.emptyCell.checks': 'Ô của các cột được dùng trong giấy mời có giá trị ở mọi hàng.',
  'rules.emptyCell.why': 'Bản của hàng đó sẽ thiếu chữ ("Ông/Bà , Giám đốc").',
  'rules.duplicateRow.title': 'Hàng trùng nhau trong danh sách',
  'rules.duplicateRow.checks': 'Không có hai hàng giống hệt nhau từng ô.',
  'rules.duplicateRow.why': 'Một người được mời nhận hai bản; thường là dán thừa.',
  'rules.listUnreadable.title': 'Không đọc được danh sách khách mời',
  'rules.listUnreadable.checks': 'Tệp ghi ở `kinh_moi.danh_sach` có cạnh giấy mời và đọc được (.csv, .xlsx).',
  'rules.listUnreadable.why': 'Không có danh sách thì không có bản nào để xem trước hay xuất.',
  'rules.fieldReadAsMapping.title': 'Giá trị bắt đầu bằng `{{` phải đặt trong ngoặc kép',
  'rules.fieldReadAsMapping.checks': 'Giá trị YAML bắt đầu bằng `{{` được đặt trong ngoặc kép.',
  'rules.fieldReadAsMapping.why': 'YAML đọc `{` là mở một ánh xạ, nên trường bị đọc sai; sửa nhanh thêm ngoặc kép.',
  'rules.syntax.title': 'Lỗi cú pháp YAML',
  'rules.syntax.checks': 'Tệp phải là YAML đọc được: thụt lề đều, dấu ngoặc đóng đủ, câu có ": " đặt trong ngoặc kép.',
  'rules.syntax.why': 'Không đọc được tệp thì không thể kiểm tra, xem trước hay xuất giấy mời.',
  'rules.duplicateKey.title': 'Khóa bị lặp',
  'rules.duplicateKey.checks': 'Mỗi khóa chỉ được viết một lần trong cùng một khối.',
  'rules.duplicateKey.why': 'Khóa viết hai lần thì một giá trị bị mất mà người soạn không biết.',
  'rules.unknownKey.title': 'Khóa không có trong định dạng',
  'rules.unknownKey.checks': 'Mọi khóa phải là khóa của định dạng giấy mời (thường là gõ sai tên khóa).',
  'rules.unknownKey.why': 'Khóa gõ sai sẽ không được in ra; báo lỗi để nội dung không bị mất.',
  'rules.missing.title': 'Thiếu khóa bắt buộc',
  'rules.missing.checks': 'Có đủ `co_quan`, `dia_danh`, `trich_yeu`, `nguoi_ky`, `noi_nhan`.',
  'rules.missing.why': 'Thiếu các thành phần này thì giấy mời không đúng thể thức (NĐ 30/2020, Điều 8).',
  'rules.type.title': 'Giá trị sai kiểu',
  'rules.type.checks': 'Mỗi giá trị có đúng dạng: chữ, danh sách, ngày `YYYY-MM-DD`, ngày giờ `YYYY-MM-DD HH:MM`.',
  'rules.type.why': 'Công cụ cần đọc đúng ngày, giờ, số để tự viết các phần Nghị định quy định.',
  'rules.limit.title': 'Tệp vượt giới hạn',
  'rules.limit.checks': 'Tệp không quá lớn và không dùng bí danh YAML (`&`, `*`).',
  'rules.limit.why': 'Giữ trình soạn thảo nhanh và an toàn với tệp lạ.',
  'rules.dateImpossible.field':
    '"{written}" không phải là một ngày giờ có thật (tháng 1–12, ngày có trong tháng, giờ 0–23, phút 0–59); hãy sửa lại.',
  'rules.dateImpossible.inText':
    '"{written}" không phải là một ngày có thật (tháng {month} năm {year} không có ngày {day}); hãy sửa lại.',
  'rules.dateImpossible.clockInText': '"{written}" không phải là một giờ có thật (giờ 0–24, phút 0–59); hãy sửa lại.',
  'rules.ketThucBeforeBatDau.message':
    'Giờ kết thúc ({ket_thuc}) sớm hơn giờ bắt đầu ({bat_dau}); sửa `ket_thuc` (với họp qua ngày, viết cả ngày: `YYYY-MM-DD HH:MM`).',
  'rules.ngayWithoutDay.message':
    '{loai} chưa có ngày ký (bản dự thảo): điền `ngay` dạng `YYYY-MM-DD` khi ký ban hành.',
  'rules.ngayWithoutDay.title': 'Bản dự thảo chưa có ngày ký',
  'rules.ngayWithoutDay.checks': '`ngay` chỉ có tháng (`YYYY-MM`): văn thư điền ngày khi ký.',
  'rules.ngayWithoutDay.why': 'Ngày ban hành là ngày ký; bản dự thảo để trống cho văn thư.',
  'rules.dateImpossible.title': 'Ngày, giờ không có thật',
  'rules.dateImpossible.checks': 'Mọi ngày, giờ (trong khóa và trong câu) là ngày giờ có thật.',
  'rules.dateImpossible.why': '"31/02" hay "25 giờ" làm người được mời không biết đến lúc nào.',
  'rules.ketThucBeforeBatDau.title': 'Giờ kết thúc trước giờ bắt đầu',
  'rules.ketThucBeforeBatDau.checks': '`ket_thuc` muộn hơn `bat_dau`.',
  'rules.ketThucBeforeBatDau.why': 'Khung giờ ngược không cho biết cuộc họp kéo dài bao lâu.',
  'rules.textInvisibleCharacter.kind.control': 'ký tự điều khiển',
  'rules.textInvisibleCharacter.kind.noncharacter': 'mã không phải ký tự',
  'rules.textInvisibleCharacter.kind.surrogate': 'nửa cặp thay thế UTF-16 đứng lẻ',
  'rules.textInvisibleCharacter.kind.bidi': 'ký tự điều khiển hướng chữ (bidi)',
  'rules.textInvisibleCharacter.kind.zeroWidth': 'ký tự độ rộng bằng 0',
  'rules.textInvisibleCharacter.effect.control': 'XML 1.0 không cho phép nên khi xuất DOCX ký tự này bị bỏ',
  'rules.textInvisibleCharacter.effect.noncharacter':
    'không văn bản nào được chứa; U+FFFE/U+FFFF làm hỏng tệp DOCX nên khi xuất bị bỏ',
  'rules.textInvisibleCharacter.effect.surrogate': 'không phải Unicode hợp lệ nên khi xuất DOCX bị bỏ',
  'rules.textInvisibleCharacter.effect.bidi': 'không in ra nhưng đảo thứ tự chữ hiển thị',
  'rules.textInvisibleCharacter.effect.zeroWidth': 'không in ra nhưng làm hỏng tìm kiếm, ngắt dòng và so khớp',
  'rules.textInvisibleCharacter.fix': 'Xóa ký tự vô hình',
  'rules.textInvisibleCharacter.message': 'Có {what} không nhìn thấy ({list}): {why}. Hãy xóa.',
  'rules.textInvisibleCharacter.title': 'Ký tự ẩn hoặc ký tự điều khiển',
  'rules.textInvisibleCharacter.checks':
    'Không có U+FFFE/U+FFFF, ký tự điều khiển C0/C1 (trừ tab và xuống dòng), ký tự điều khiển hướng chữ (bidi), ký tự độ rộng 0 ngoài chỗ dùng hợp lệ.',
  'rules.textInvisibleCharacter.why':
    'Các ký tự này thường dính vào khi dán từ web hay PDF; không thấy trên màn hình nhưng làm hỏng tệp DOCX (XML 1.0 không cho phép), tìm kiếm và sắp xếp. Tệp xuất ra vẫn hợp lệ vì chúng bị bỏ đi; sửa nhanh xóa chúng khỏi nguồn.',
  'rules.textWithKinhGui.title': 'Giấy mời không có "Kính gửi"',
  'rules.textWithKinhGui.checks': 'Không có dòng "Kính gửi:"; người được mời ghi trong `kinh_moi`.',
  'rules.textWithKinhGui.why':
    'Mẫu 1.7 mời bằng câu "… trân trọng kính mời: …"; "Kính gửi" dành cho công văn. Cơ quan vẫn giữ thói quen này có thể tắt quy tắc trong tệp cấu hình.',
  'rules.textWithKinhGui.message':
    '{loai} không có "Kính gửi" (chỉ dùng cho công văn, tờ trình, báo cáo); ghi người được mời vào `kinh_moi` ("… trân trọng kính mời: …").',
  'rules.coQuanTooLong.fix': 'Viết thành các dòng {lines}',
  'rules.coQuanTooLong.wordCut':
    'Tên cơ quan ở `{key}` có từ dài hơn cột đầu trang, phải ngắt giữa từ: "{drawn}". Hãy viết tắt hoặc tự chọn chỗ xuống dòng.',
  'rules.coQuanTooLong.tooManyLines':
    'Tên cơ quan ở `{key}` sẽ in thành {count} dòng ở đầu trang (nên tối đa {max}): "{drawn}". Hãy viết gọn hoặc tự chọn chỗ xuống dòng bằng một danh sách, mỗi mục vừa một dòng.',
  'rules.coQuanTooLong.title': 'Tên cơ quan quá dài cho đầu trang',
  'rules.coQuanTooLong.checks':
    'Tên cơ quan chủ quản vừa tối đa 2 dòng, tên cơ quan ban hành tối đa 3 dòng ở cột trái đầu trang, ngắt giữa các từ; không có từ nào rộng hơn cột.',
  'rules.coQuanTooLong.why':
    'Ô số 2 là một cột hẹp; tên dài phải viết tắt cụm từ thông dụng (k.2-a: "UBND TỈNH …") hoặc tự chọn chỗ xuống dòng.',
  'rules.coQuanWordsKept.message':
    'Tên cơ quan ở `{key}` chỉ vừa {max} dòng nếu ngắt giữa một từ, nên được in {count} dòng để giữ nguyên các từ: "{drawn}". Nếu muốn chọn chỗ xuống dòng khác, hãy viết tên thành một danh sách các dòng.',
  'rules.coQuanWordsKept.title': 'Tên cơ quan in thêm dòng để không ngắt giữa từ',
  'rules.coQuanWordsKept.checks':
    'Tên cơ quan chỉ vừa số dòng nên có (2 hoặc 3) khi ngắt giữa một từ; giaymoi in thêm một dòng, ngắt trước cấp hành chính hoặc "VÀ" khi có thể.',
  'rules.coQuanWordsKept.why':
    'Một từ bị tách làm hai dòng ("CHIẾN / LƯỢC") đọc sai; tác giả là người chọn được chỗ xuống dòng hợp nghĩa nhất (k.2-c).',
  'rules.coQuanImplausible.message':
    'Tên ở `{key}` dài {chars} ký tự, in thành {count} dòng: riêng nó đã cao hơn cả cột tên cơ quan của khối đầu trang ({max} dòng: cơ quan chủ quản 2, cơ quan ban hành 3, đường kẻ và dòng "Số"). Đây khó là tên một cơ quan (có thể tệp Word chứa nhiều mẫu, hoặc một đoạn văn bị đọc nhầm); hãy ghi đúng tên cơ quan.',
  'rules.coQuanImplausible.title': 'Tên cơ quan dài bất thường',
  'rules.coQuanImplausible.checks':
    'Tên cơ quan chủ quản hoặc cơ quan ban hành, kể cả khi viết thành danh sách dòng, in không quá 7 dòng trong cột đầu trang.',
  'rules.coQuanImplausible.why':
    'Ô số 2 cùng dòng "Số" chỉ cao chừng 7 dòng; các tên thật dài nhất đo được chỉ in 5 dòng. Một "tên" dài hơn thường là nội dung khác lọt vào đầu trang, và bản in sẽ đẩy tên loại, trích yếu xuống giữa trang.',
  'rules.dateLineWraps.message':
    'Dòng địa danh, ngày tháng dài hơn ô 4 nên in thành hai dòng, xuống dòng sau địa danh để ngày tháng năm không bị tách: "{drawn}". Có thể viết địa danh gọn hơn để vừa một dòng.',
  'rules.dateLineWraps.title': 'Dòng địa danh, ngày tháng in thành hai dòng',
  'rules.dateLineWraps.checks':
    'Dòng "địa danh, ngày … tháng … năm …" vừa một dòng ở cột phải đầu trang; khi không vừa, giaymoi xuống dòng ngay sau dấu phẩy của địa danh.',
  'rules.dateLineWraps.why':
    'Một dòng tự xuống dòng sẽ để "2025" một mình ở dòng dưới; địa danh là tên đơn vị hành chính nơi cơ quan đóng trụ sở (k.4-a), thường có thể viết gọn.',
  'rules.pointsPastAlphabet.message':
    'Có {count} điểm, quá {max} chữ cái tiếng Việt (a đến y): điểm sau điểm thứ {max} sẽ mang nhãn "aa)". Hãy chia thành các khoản hoặc dùng gạch đầu dòng.',
  'rules.pointsPastAlphabet.title': 'Số điểm vượt quá bảng chữ cái',
  'rules.pointsPastAlphabet.checks': 'Mỗi danh sách `diem` có tối đa 23 điểm, đánh a), b), c), d), đ), … y).',
  'rules.pointsPastAlphabet.why':
    'Điểm đánh bằng chữ cái tiếng Việt theo thứ tự (k.6); sau "y)" không còn chữ cái, nhãn "aa)" không có trong thể thức.',
  'rules.meetingDateUnclear.message':
    'Không rõ ngày họp: văn bản có ngày "{written}" nhưng không có câu nào nêu thời gian họp ("Thời gian: …", "vào lúc … ngày …"); ghi `thoi_gian` để kiểm tra được ngày họp và thời hạn gửi.',
  'rules.meetingDateUnclear.title': 'Không rõ ngày họp',
  'rules.meetingDateUnclear.checks':
    'Giấy mời đã có ngày ký mà không nêu thời gian họp ở đâu công cụ đọc được, dù trong bài có ngày.',
  'rules.meetingDateUnclear.why': 'Không biết ngày họp thì không kiểm tra được họp trước ngày ký hay gửi chưa đủ ngày.',
  'rules.meetingBeforeIssue.message':
    'Cuộc họp bắt đầu ngày {start}, trước ngày ban hành văn bản ({ngay}); sửa ngày họp hoặc `ngay`.',
  'rules.meetingBeforeIssue.title': 'Cuộc họp trước ngày ban hành',
  'rules.meetingBeforeIssue.checks': 'Ngày họp không sớm hơn ngày ký giấy mời.',
  'rules.meetingBeforeIssue.why': 'Không thể mời đến một cuộc họp đã qua.',
  'rules.chuTriMissing.message': '{loai} họp nên nêu người chủ trì: thêm `chu_tri` (Mẫu 1.7: "Chủ trì: …").',
  'rules.lienHeMissing.message': '{loai} họp nên có đầu mối liên hệ: thêm `dau_moi_lien_he` (họ tên, điện thoại).',
  'rules.chuTriMissing.title': 'Giấy mời họp nêu người chủ trì',
  'rules.chuTriMissing.checks':
    'Giấy mời một cuộc họp (có thời gian và địa điểm) có `chu_tri` hoặc một mục, một câu nói ai chủ trì.',
  'rules.chuTriMissing.why': 'QĐ 45/2018 yêu cầu giấy mời họp nêu người chủ trì.',
  'rules.lienHeMissing.title': 'Giấy mời họp có đầu mối liên hệ',
  'rules.lienHeMissing.checks': 'Giấy mời một cuộc họp có `dau_moi_lien_he` hoặc một câu "liên hệ …".',
  'rules.lienHeMissing.why': 'QĐ 45/2018: người được mời cần biết hỏi ai khi cần.',
  'rules.noticeTooShort.message':
    'Từ ngày ban hành ({issued}) đến ngày họp ({firstDay}) chỉ có {days} ngày làm việc; văn bản mời họp cần gửi trước ít nhất {minWorkingDays} ngày làm việc (trừ họp đột xuất: khi đó đặt `do_khan`).',
  'rules.noticeTooShort.title': 'Gửi giấy mời chưa đủ ngày làm việc',
  'rules.noticeTooShort.checks':
    'Từ ngày ký đến ngày họp có ít nhất 03 ngày làm việc (trừ thứ Bảy, Chủ nhật, ngày lễ, tết và ngày nghỉ thêm của cơ quan); giấy mời có `do_khan` (họp đột xuất) được miễn.',
  'rules.noticeTooShort.why':
    'Người được mời cần thời gian chuẩn bị tài liệu; quy chế của nhiều cơ quan đòi dài hơn 03 ngày.',
  'rules.noticeTooShort.option.so_ngay_lam_viec': 'Số ngày làm việc tối thiểu (3–30, không dưới 3).',
  'rules.noticeTooShort.option.ngay_nghi_them': 'Danh sách ngày nghỉ thêm của cơ quan, `YYYY-MM-DD`.',
  'rules.kyHieuWrongPrefix.message':
    'Ký hiệu {type} phải bắt đầu bằng "{prefix}" (chữ viết tắt của {type}), ví dụ "{fixed}"; hoặc bỏ trường ky_hieu để dùng "{prefix}" + chữ viết tắt của cơ quan.',
  'rules.kyHieuWrongPrefix.fix': 'Đổi tiền tố thành "{prefix}"',
  'rules.kyHieuWrongPrefix.giay_moi': 'giấy mời',
  'rules.kyHieuWrongPrefix.thong_bao': 'thông báo',
  'rules.kyHieuWrongPrefix.cong_dien': 'công điện',
  'rules.soWithoutLeadingZero.message': 'Số văn bản dưới 10 phải có số 0 phía trước: viết "0{digits}".',
  'rules.soWithoutLeadingZero.fix': 'Viết "0{digits}"',
  'rules.soMissing.message': '{loai} chưa có số (bản dự thảo): văn thư điền `so` khi vào sổ; số bắt đầu từ 01 mỗi năm.',
  'documentType.giay_moi': 'Giấy mời',
  'documentType.thong_bao': 'Thông báo',
  'documentType.cong_dien': 'Công điện',
  'rules.tenLoaiNotDecree.message':
    '"{word}" không phải tên loại văn bản hành chính theo Nghị định 30/2020: cơ quan nhà nước mời họp bằng giay_moi, thong_bao hoặc cong_dien. Hội, tổ chức Đảng, đoàn thể, doanh nghiệp dùng tên loại riêng thì bỏ qua thông báo này (`GM050: off` trong giaymoi.config.yaml).',
  'rules.tenLoaiNotDecree.title': 'Tên loại tự do, không thuộc Nghị định 30',
  'rules.tenLoaiNotDecree.checks':
    '`ten_loai` là giay_moi, thong_bao hoặc cong_dien; một tên loại viết tự do ("THƯ MỜI", "GIẤY TRIỆU TẬP") được in nguyên văn và chỉ được nhắc ở mức thông tin.',
  'rules.tenLoaiNotDecree.why':
    'Phụ lục III, Mục I liệt kê các tên loại văn bản hành chính; tổ chức ngoài khối hành chính nhà nước theo quy định riêng của mình.',
  'rules.textOutsideModel.above':
    'Dòng này in nguyên văn phía trên phần đầu, ngoài thể thức của Nghị định 30/2020 nên không được kiểm tra theo thể thức. Nội dung thuộc văn bản thì chuyển vào đúng trường.',
  'rules.textOutsideModel.after':
    'Đoạn này in nguyên văn sau phần cuối (sau nơi nhận và chữ ký), ngoài thể thức của Nghị định 30/2020 nên không được kiểm tra theo thể thức. Nội dung thuộc văn bản thì chuyển vào đúng trường.',
  'rules.textOutsideModel.title': 'Chữ in nguyên văn ngoài thể thức (trên phần đầu, sau phần cuối)',
  'rules.textOutsideModel.checks':
    'Có `nguyen_van_dau` hoặc `nguyen_van_cuoi`: chữ được in đúng như viết, ở trên phần đầu hoặc sau chữ ký, và không được kiểm tra theo thể thức (chỉ các quy tắc về chữ viết như bảng mã, ký tự ẩn vẫn đọc). Chỉ nhắc ở mức thông tin, không chặn việc xuất.',
  'rules.textOutsideModel.why':
    'Phụ lục I, Phần I, Mục II xếp mọi thành phần thể thức từ phần đầu đến nơi nhận; chữ ngoài các ô đó (dòng "Dự thảo", "Ghi chú" dưới chữ ký, danh sách kèm theo) không có quy định để kiểm tra.',
  'rules.kyHieuWrongPrefix.title': 'Ký hiệu bắt đầu bằng chữ viết tắt tên loại ("GM-", "TB-", "CĐ-")',
  'rules.kyHieuWrongPrefix.checks':
    '`ky_hieu` bắt đầu bằng chữ viết tắt của `ten_loai`: "GM" cho giấy mời, "TB" cho thông báo, "CĐ" cho công điện; tên loại viết tự do không có chữ viết tắt nên không bị kiểm tra.',
  'rules.kyHieuWrongPrefix.why':
    'Phụ lục III, Mục I quy định chữ viết tắt tên loại văn bản: Giấy mời là "GM", Thông báo "TB", Công điện "CĐ".',
  'rules.soWithoutLeadingZero.title': 'Số dưới 10 có số 0 phía trước',
  'rules.soWithoutLeadingZero.checks': '`so` nhỏ hơn 10 được viết với số 0 phía trước, như khi in.',
  'rules.soWithoutLeadingZero.why': 'Nghị định: số văn bản dưới 10 ghi thêm số 0 phía trước.',
  'rules.soMissing.title': 'Bản dự thảo chưa có số',
  'rules.soMissing.checks': '`so` để trống: văn thư điền số khi vào sổ.',
  'rules.soMissing.why': 'Số được cấp khi đăng ký văn bản đi; bản dự thảo vẫn xuất được.',
  'rules.noiNhanLuuLine.missing':
    'Nơi nhận phải kết thúc bằng dòng "Lưu: VT, …." (bản lưu tại văn thư và đơn vị soạn thảo); thêm dòng `- "Lưu: VT."` (đặt trong ngoặc kép vì có dấu ":").',
  'rules.noiNhanLuuLine.addFix': 'Thêm dòng "Lưu: VT."',
  'rules.noiNhanLuuLine.luuWithoutVt': 'Dòng lưu viết "Lưu: VT, <đơn vị soạn thảo>." (VT là văn thư cơ quan).',
  'rules.noiNhanLuuLine.fullStop': 'Dòng "Lưu: VT…" kết thúc bằng dấu chấm ".".',
  'rules.noiNhanLuuLine.fullStopFix': 'Thêm dấu chấm',
  'rules.noiNhanWithoutSemicolon.message': 'Mỗi nơi nhận (trừ dòng "Lưu") kết thúc bằng dấu chấm phẩy ";".',
  'rules.noiNhanWithoutSemicolon.fix': 'Kết thúc bằng ";"',
  'rules.noiNhanLuuLine.luuNotLast': 'Dòng "Lưu: VT…" là dòng cuối cùng của nơi nhận; chuyển nó xuống cuối danh sách.',
  'rules.noiNhanLuuLine.title': 'Dòng "Lưu: VT…" của nơi nhận',
  'rules.noiNhanLuuLine.checks': 'Nơi nhận kết thúc bằng một dòng "Lưu: VT, <đơn vị soạn thảo>." có dấu chấm.',
  'rules.noiNhanLuuLine.why': 'Bản lưu tại văn thư và đơn vị soạn thảo là bắt buộc.',
  'rules.noiNhanWithoutSemicolon.title': 'Nơi nhận kết thúc bằng ";"',
  'rules.noiNhanWithoutSemicolon.checks': 'Mỗi dòng nơi nhận (trừ dòng "Lưu") kết thúc bằng dấu chấm phẩy.',
  'rules.noiNhanWithoutSemicolon.why': 'Thể thức nơi nhận theo Phụ lục I.',
  'rules.severity.error': 'lỗi',
  'rules.severity.warning': 'cảnh báo',
  'rules.severity.information': 'thông tin',
  'rules.severity.hint': 'gợi ý',
  'rules.reference.structural': 'Không tắt được (lỗi cấu trúc).',
  'rules.reference.configFile': 'Báo trên chính tệp cấu hình.',
  'rules.reference.tunable': 'Chỉnh được trong `{file}`: `{code}: off | info | warning | error`.',
  'rules.reference.defaultLevel': 'mức mặc định',
  'rules.reference.source': 'Căn cứ',
  'rules.reference.checks': 'Kiểm tra',
  'rules.reference.why': 'Vì sao',
  'rules.reference.option': 'Tùy chọn',
  'rules.reference.wrong': 'Sai',
  'rules.reference.right': 'Đúng',
  'rules.reference.configPlace': 'đặt ở thư mục chứa giấy mời hoặc thư mục cha',
  'rules.reference.configExample': 'cơ quan vẫn giữ dòng "Kính gửi"',
  'rules.reference.heading': 'Các quy tắc kiểm tra',
  'rules.reference.generated': 'Tệp sinh tự động từ src/core/rules/catalog — đừng sửa tay; chạy `npm run rules-doc`.',
  'rules.reference.intro':
    'Mỗi vấn đề giaymoi báo có một mã. Cơ quan chỉnh mức của từng mã trong tệp `{file}` (tìm từ thư mục của giấy mời đi lên) và trong cài đặt VS Code `giaymoi.rules.severity`.',
  'rules.reference.code': 'Mã',
  'rules.reference.rule': 'Quy tắc',
  'rules.reference.level': 'Mức',
  'rules.quyenHanWithoutChucVuThay.message':
    '"{quyen_han}." phải đi kèm tập thể hoặc chức vụ được ký thay: thêm `chuc_vu_thay` (ví dụ `chuc_vu_thay: {example}` → "{quyen_han}. {example}"), hoặc bỏ `quyen_han` nếu người đứng đầu ký.',
  'rules.chucVuNotDeputy.message':
    '"KT." là cấp phó ký thay người đứng đầu, nên chức vụ người ký thường là "PHÓ …" (ví dụ "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"); kiểm tra lại `chuc_vu` hoặc `quyen_han`.',
  'rules.chucVuMissing.message':
    'Thiếu `chuc_vu` của người ký (ví dụ `chuc_vu: CHÁNH VĂN PHÒNG`); chỉ được bỏ khi ký "Q." (quyền).',
  'rules.hoTenWithAcademicTitle.message':
    'Không ghi học hàm, học vị ("{title}") trước họ tên người ký; chỉ ghi họ và tên.',
  'rules.hoTenWithAcademicTitle.fix': 'Bỏ "{title}"',
  'rules.quyenHanWithoutChucVuThay.title': 'Quyền hạn ký thiếu chức vụ được ký thay',
  'rules.quyenHanWithoutChucVuThay.checks': '`quyen_han` TM, KT, TL, TUQ có `chuc_vu_thay`.',
  'rules.quyenHanWithoutChucVuThay.why': '"KT." phải nói ký thay ai: "KT. CHỦ TỊCH".',
  'rules.chucVuNotDeputy.title': '"KT." do cấp phó ký',
  'rules.chucVuNotDeputy.checks': 'Ký thay (KT.) thì chức vụ người ký là "PHÓ …".',
  'rules.chucVuNotDeputy.why': 'Cấp phó ký thay người đứng đầu; người đứng đầu thì ký trực tiếp.',
  'rules.hoTenWithAcademicTitle.title': 'Không ghi học hàm, học vị trước tên người ký',
  'rules.hoTenWithAcademicTitle.checks': '`ho_ten` không có "TS.", "ThS.", "GS." …',
  'rules.hoTenWithAcademicTitle.why': 'Văn bản hành chính chỉ ghi họ và tên người ký.',
  'rules.hoTenMissing.message':
    'Thiếu họ tên người ký (`nguoi_ky.ho_ten`): chỉ tập thể ký "TM. …" (`thay_mat` hoặc `quyen_han: TM`) mới có thể không ghi tên người.',
  'rules.hoTenMissing.title': 'Thiếu họ tên người ký',
  'rules.hoTenMissing.checks': '`nguoi_ky.ho_ten` có mặt, trừ khi ký thay mặt một tập thể ("TM. BAN TỔ CHỨC").',
  'rules.hoTenMissing.why': 'Các mẫu của Nghị định 30 ghi họ và tên người ký dưới chữ ký (ô 7b).',
  'rules.collectiveWithoutName.message':
    'Văn bản theo Nghị định 30 ghi họ tên người ký thay mặt tập thể (người đứng đầu ký, Điều 13 khoản 2): thêm `ho_ten`. Chỉ tổ chức ngoài khối hành chính nhà nước (`ten_loai` tự do, ví dụ "THƯ MỜI") mới ký tập thể không ghi tên.',
  'rules.collectiveWithoutName.title': 'Ký thay mặt tập thể mà không có họ tên',
  'rules.collectiveWithoutName.checks':
    'Giấy mời, thông báo, công điện ký "TM. …" có `ho_ten`; tên loại tự do ký tập thể không tên thì không bị nhắc.',
  'rules.collectiveWithoutName.why':
    'Theo Điều 13 khoản 2, người đứng đầu ký thay mặt tập thể; các mẫu ở Phụ lục III đều có "Họ và tên".',
  'rules.signaturePlaceholder.message':
    'Chỗ ký còn chữ giữ chỗ "{shown}": chữ này sẽ in dưới chữ ký và dấu. Xóa `cho_ky` trước khi ký ban hành.',
  'rules.signaturePlaceholder.fix': 'Xóa `cho_ky` (chữ giữ chỗ ở chỗ ký)',
  'rules.signaturePlaceholder.title': 'Chỗ ký còn chữ giữ chỗ',
  'rules.signaturePlaceholder.checks': '`nguoi_ky.cho_ky` không còn khi văn bản được ký ban hành.',
  'rules.signaturePlaceholder.why':
    'Chữ giữ chỗ của mẫu ("(Chữ ký, dấu)") dành cho bản nháp; trên văn bản đã ký, khoảng ký chỉ có chữ ký và dấu.',
  'rules.chucVuMissing.title': 'Thiếu chức vụ người ký',
  'rules.chucVuMissing.checks': '`nguoi_ky.chuc_vu` có mặt, trừ khi ký "Q." (quyền).',
  'rules.chucVuMissing.why': 'Chức vụ người ký là thành phần bắt buộc của chữ ký.',
  'rules.textTypedLabel.message':
    'Số thứ tự, chữ cái và dấu "- ", "+ " do công cụ tự đánh: "{shown}" gõ ở đây sẽ in hai lần. Xóa "{shown}".',
  'rules.textTypedLabel.fix': 'Xóa "{shown}"',
  'rules.phanAndMuc.message':
    'Dùng `phan` (các phần I., II., …) hoặc `muc` (các mục 1., 2., …) ở cấp ngoài cùng, không dùng cả hai: chuyển các mục này vào `muc` của một phần.',
  'rules.textTypedLabel.title': 'Số thứ tự gõ tay trong nội dung',
  'rules.textTypedLabel.checks':
    'Văn bản của một mục, mục con, điểm hoặc dòng gạch đầu dòng không bắt đầu bằng số, chữ cái hay dấu tự đánh ("I. ", "1.1. ", "a) ", "- ", "+ ").',
  'rules.textTypedLabel.why': 'Số thứ tự do công cụ đánh theo cấp; gõ thêm thì in hai lần ("1.1. 1.1. …").',
  'rules.phanAndMuc.title': 'Vừa có `phan` vừa có `muc` ở cấp ngoài cùng',
  'rules.phanAndMuc.checks':
    'Phần nội dung chia thành các phần (`phan`: I., II.) hoặc các mục (`muc`: 1., 2.), không cả hai.',
  'rules.phanAndMuc.why':
    'Các mục 1., 2. nằm trong một phần; để ngoài thì số thứ tự không còn đúng thứ bậc phần – mục – khoản – điểm.',
  'rules.textNotNfc.message':
    'Chữ "{fixed}" đang ở dạng Unicode tổ hợp (dấu gõ rời); chuyển sang dạng dựng sẵn (NFC) để tìm kiếm, sắp xếp và in đúng.',
  'rules.textNotNfc.fix': 'Chuyển sang Unicode dựng sẵn (NFC)',
  'rules.legacyEncoding.message':
    'Đoạn chữ này có vẻ gõ bằng bảng mã {name}, không phải Unicode; chuyển thành "{fixed}".',
  'rules.legacyEncoding.fix': 'Chuyển sang Unicode',
  'rules.textNotNfc.title': 'Unicode tổ hợp thay vì dựng sẵn',
  'rules.textNotNfc.checks': 'Chữ ở dạng Unicode dựng sẵn (NFC).',
  'rules.textNotNfc.why': 'TCVN 6909:2001; chữ tổ hợp tìm kiếm, sắp xếp, in sai.',
  'rules.textInTcvn3.title': 'Chữ gõ bằng bảng mã TCVN3',
  'rules.textInTcvn3.checks': 'Không còn chữ gõ bằng TCVN3 (ABC, phông .Vn…).',
  'rules.textInTcvn3.why': 'Văn bản điện tử dùng Unicode; TCVN3 hiện thành chữ lạ.',
  'rules.textInVni.title': 'Chữ gõ bằng bảng mã VNI',
  'rules.textInVni.checks': 'Không còn chữ gõ bằng VNI (phông VNI-…).',
  'rules.textInVni.why': 'Văn bản điện tử dùng Unicode; VNI hiện thành chữ lạ.',
  'rules.upperCase.coQuan': 'Tên cơ quan ban hành',
  'rules.upperCase.coQuanChuQuan': 'Tên cơ quan chủ quản',
  'rules.upperCase.chucVu': 'Chức vụ người ký',
  'rules.upperCase.tapThe': 'Tập thể được thay mặt',
  'rules.upperCase.chucVuThay': 'Chức vụ được ký thay',
  'rules.upperCase.message': '{what} viết bằng chữ in hoa: "{fixed}".',
  'rules.upperCase.fix': 'Viết in hoa',
  'rules.coQuanNotUpperCase.title': 'Tên cơ quan viết in hoa',
  'rules.coQuanNotUpperCase.checks': '`co_quan.ten` và `co_quan.chu_quan` viết bằng chữ in hoa.',
  'rules.coQuanNotUpperCase.why': 'Tên cơ quan ở đầu trang in hoa theo Phụ lục I.',
  'rules.chucVuNotUpperCase.title': 'Chức vụ người ký viết in hoa',
  'rules.chucVuNotUpperCase.checks': '`chuc_vu`, `chuc_vu_thay`, `thay_mat` viết bằng chữ in hoa.',
  'rules.chucVuNotUpperCase.why': 'Phụ lục I: chức vụ người ký in hoa, đậm.',
  'rules.partOfDayContradictsHour.message':
    '"{written}": giờ trong văn bản viết theo 24 giờ, {hour} giờ là buổi {actual}, không phải buổi {part}; sửa giờ hoặc buổi.',
  'rules.partOfDayContradictsHour.title': 'Buổi trong ngày không khớp với giờ',
  'rules.partOfDayContradictsHour.checks':
    'Buổi viết ngay sau giờ ("8 giờ tối", "20 giờ sáng") khớp với giờ tính theo 24 giờ.',
  'rules.partOfDayContradictsHour.why':
    '"8 giờ tối" vừa là 8 giờ sáng vừa là 20 giờ: người được mời không biết giờ nào.',
  'rules.weekdayMismatch.message': '{dateText} là {weekdayVi}, không phải "{text}": sửa thành "{right}".',
  'rules.weekdayMismatch.title': 'Thứ trong tuần không khớp với ngày',
  'rules.weekdayMismatch.checks':
    'Thứ viết trong câu ("thứ Sáu", "Thứ 6", "CN") đúng là thứ của ngày đi cùng trong cùng câu, kể cả khi có chữ xen giữa ("Thứ Bảy, từ 08 giờ, ngày 29/10/2023").',
  'rules.weekdayMismatch.why': 'Thứ sai làm người được mời đến nhầm ngày.',
  'rules.timeWordingDisagrees.date':
    'Câu thời gian in ra ghi ngày "{written}" nhưng khung giờ là ngày {fact} (`bat_dau`/`ket_thuc`, ngày mọi quy tắc kiểm tra): sửa một bên cho khớp.',
  'rules.timeWordingDisagrees.hour':
    'Câu thời gian in ra ghi giờ "{written}" nhưng khung giờ là {fact} (`bat_dau`/`ket_thuc`): sửa một bên cho khớp.',
  'rules.timeWordingDisagrees.weekday':
    'Câu thời gian in ra ghi "{written}" nhưng ngày họp {date} là {weekdayVi} (`bat_dau`/`ket_thuc`): sửa một bên cho khớp.',
  'rules.timeWordingDisagrees.title': 'Câu thời gian in nguyên văn không khớp với khung giờ',
  'rules.timeWordingDisagrees.checks':
    'Mỗi ngày, giờ, thứ viết trong `nguyen_van` của một khung giờ là ngày, giờ, thứ của `bat_dau` hoặc `ket_thuc`.',
  'rules.timeWordingDisagrees.why':
    'Giấy mời in câu `nguyen_van`, còn thời hạn gửi, ngày nghỉ, giờ làm việc được kiểm tra trên `bat_dau`/`ket_thuc`: nếu hai bên khác nhau, người được mời đến vào một thời gian chưa ai kiểm tra.',
  'rules.timeWordingNoDate.message':
    'Câu thời gian in ra không nêu ngày họp ({fact}), mà người được mời chỉ đọc câu này: thêm ngày vào câu, hoặc bỏ `nguyen_van` để in câu tự tính.',
  'rules.timeWordingNoDate.title': 'Câu thời gian in nguyên văn không nêu ngày',
  'rules.timeWordingNoDate.checks': '`nguyen_van` của một khung giờ viết ngày họp (một ngày hoặc một khoảng ngày).',
  'rules.timeWordingNoDate.why':
    'Ngày họp ở `bat_dau` không được in ra khi có `nguyen_van`; câu không có ngày ("sáng thứ Hai tuần tới") để người được mời tự đoán.',

  // Mail merge: the invitee line, the list and its columns
  'merge.listNameMissing': '`kinh_moi.danh_sach` cần tên tệp danh sách khách mời (.csv, .xlsx) cạnh giấy mời.',
  'merge.lineMissing':
    '`kinh_moi.dong` cần dòng người được mời viết bằng các cột của danh sách, ví dụ "Ông/Bà {{Họ và tên}}, {{Chức vụ}} {{Đơn vị}}".',
  'merge.unknownListKey': '`kinh_moi` dạng danh sách chỉ có `danh_sach` và `dong`, không có `{key}`.',
  'merge.unknownColumn': 'Danh sách {list} không có cột "{name}". Các cột: {columns}.',
  'merge.renameColumn': 'Đổi thành {{{name}}}',
  'merge.emptyCell': 'Cột "{name}" để trống ở {rows}: bản giấy mời của những người này sẽ thiếu chữ ở đây.',
  'merge.emptyCellHere': 'Ô trống nhưng giấy mời dùng cột "{name}".',
  'merge.duplicateRows': 'Danh sách có hàng trùng nhau ({rows}): người đó sẽ nhận hai bản giống hệt.',
  'merge.duplicateHere': 'Hàng này trùng với khách mời số {first}.',
  'merge.duplicateColumn':
    'Danh sách "{list}" có hai cột cùng tên "{name}" ({first} và {second}): không biết lấy cột nào. Hãy đổi tên một trong hai cột.',
  'merge.duplicateColumnHere': 'Cột này trùng tên với cột ở {first}.',
  'merge.tooManyRows':
    'Danh sách "{name}" có {rows} khách mời, nhiều hơn {max}: một danh sách khách mời không dài như vậy, nên không kiểm tra từng bản. Hãy chia nhỏ danh sách.',
  'merge.listMissing': 'Không tìm thấy tệp danh sách "{name}" cạnh giấy mời.',
  'merge.listUnreadable': 'Không đọc được tệp danh sách "{name}": {detail}',
  'merge.listFormat': '"{name}" không phải danh sách .csv hoặc .xlsx.',
  'merge.listEmpty': 'Danh sách "{name}" không có hàng tiêu đề (tên các cột) hoặc không có khách mời nào dưới đó.',
  'merge.listLegacy':
    'Danh sách "{name}" được gõ bằng bảng mã cũ {encoding}; giaymoi đã đọc và chuyển sang Unicode. Hãy lưu lại danh sách dạng CSV UTF-8 (Unicode) để mọi chương trình đọc đúng.',
  'merge.rowProblem': 'Bản của {rows}: {text}',
  'merge.rowsLabel.one': 'khách mời số {shown}',
  'merge.rowsLabel.many': 'khách mời số {shown}',
  'merge.rowHere': 'Bản giấy mời của hàng này: {text}',
  'merge.flowMapping': 'Giá trị bắt đầu bằng "{{" bị YAML hiểu thành một ánh xạ: đặt cả câu trong dấu ngoặc kép "…".',

  // The rule configuration file (giaymoi.config.yaml)
  'config.notYaml': 'Tệp cấu hình không phải YAML hợp lệ: {message}',
  'config.notMapping': 'Tệp cấu hình gồm khóa `quy_tac:` và các mã quy tắc bên dưới.',
  'config.quyTacNotTable': '`quy_tac` là một bảng mã quy tắc, ví dụ `GM029: off`.',
  'config.unknownKey': 'Khóa "{key}" không có trong tệp cấu hình; chỉ có `quy_tac`.',
  'config.tooManyEntries':
    '`quy_tac` có {length} mục, nhiều hơn {max} (giaymoi chỉ có vài chục quy tắc): các mục từ đây trở đi không được đọc.',
  'config.unknownCode': '"{code}" không phải mã quy tắc (xem `giaymoi rules`).',
  'config.badLevel': 'Mức của {code} là một trong: {levels}.',
  'config.structuralOff': '{code} là lỗi cấu trúc (tệp không đọc được): không tắt hay đổi mức được.',
  'config.unknownOption': '{code} không có tùy chọn "{key}"; có: {options}.',
  'config.badWorkingDays': '`so_ngay_lam_viec` là một số nguyên từ 3 đến 30 (QĐ 45/2018: không dưới 03 ngày làm việc).',
  'config.daysOffNotList': '`ngay_nghi_them` là một danh sách ngày `YYYY-MM-DD`.',
  'config.badDayOff': '"{text}" không phải một ngày `YYYY-MM-DD` có thật.',

  // The editor features' own words: completion, hover, outline, status bar, quick fixes
  'authoring.value.TM': 'thay mặt tập thể',
  'authoring.value.KT': 'ký thay người đứng đầu',
  'authoring.value.TL': 'thừa lệnh người đứng đầu',
  'authoring.value.TUQ': 'thừa ủy quyền',
  'authoring.value.Q': 'quyền (người được giao quyền)',
  'authoring.value.hoa_toc': 'HỎA TỐC',
  'authoring.value.thuong_khan': 'THƯỢNG KHẨN',
  'authoring.value.khan': 'KHẨN',
  'authoring.value.mat': 'MẬT',
  'authoring.value.toi_mat': 'TỐI MẬT',
  'authoring.value.tuyet_mat': 'TUYỆT MẬT',
  'authoring.value.xem_xong_tra_lai': 'XEM XONG TRẢ LẠI',
  'authoring.value.luu_hanh_noi_bo': 'LƯU HÀNH NỘI BỘ',
  'authoring.value.giay_moi': 'GIẤY MỜI (Mẫu 1.7, ký hiệu GM-): "… trân trọng kính mời: …"',
  'authoring.value.thong_bao': 'THÔNG BÁO (Mẫu 1.4, ký hiệu TB-): không có câu "trân trọng kính mời"',
  'authoring.value.cong_dien': 'CÔNG ĐIỆN (Mẫu 1.6, ký hiệu CĐ-): "… điện:" rồi các nơi nhận điện (`kinh_moi`)',
  'authoring.value.luuVt': 'dòng cuối của nơi nhận (NĐ 30, PL I-P.I-M.II-k.9)',
  'authoring.value.today': 'hôm nay',
  'authoring.value.draftMonth': 'bản nháp: chưa biết ngày ký',
  'authoring.value.halfDay': 'một buổi',
  'authoring.required': 'bắt buộc',
  'authoring.optional': 'không bắt buộc',
  'authoring.legalSource': 'Căn cứ',
  'authoring.printsAs': 'In ra',
  'authoring.dateLine': 'Dòng địa danh, ngày tháng',
  'authoring.weekdayInText': 'Thứ trong tuần (viết trong câu)',
  'authoring.notARealDate': 'Ngày này không có thật trên lịch.',
  'authoring.draftDay': 'Bản nháp: chưa có ngày ký, để trống cho văn thư điền.',
  'authoring.commonValue': 'giá trị thường dùng',
  'authoring.fromWorkspace': 'dùng trong các giấy mời khác',
  'authoring.fixAllOfKind': 'Sửa tất cả lỗi {code} trong tệp',
  'authoring.fixAllSafe': 'Sửa mọi lỗi sửa được tự động',
  'authoring.statusErrors': 'Giấy mời: {count} lỗi',
  'authoring.statusDraft': 'Giấy mời: bản nháp',
  'authoring.statusReady': 'Giấy mời: sẵn sàng xuất',
  'authoring.statusErrorsTip': 'Còn lỗi thể thức: sửa theo các dòng gạch đỏ (Ctrl+Shift+M). Nhấp để xem trước.',
  'authoring.statusDraftTip': 'Bản nháp: chưa có số hoặc chưa có ngày ký; vẫn xuất được. Nhấp để xem trước.',
  'authoring.statusReadyTip': 'Không còn lỗi: sẵn sàng xuất DOCX. Nhấp để xem trước.',
  'authoring.warnings': '{count} cảnh báo',
  'authoring.outlineAgency': 'Cơ quan',
  'authoring.outlineNumberDate': 'Số, ngày',
  'authoring.outlineType': 'Tên loại',
  'authoring.outlineSubject': 'Trích yếu',
  'authoring.outlineDashes': 'Gạch đầu dòng',
  'authoring.outlineOpening': 'Mở đầu',
  'authoring.outlineInvitees': 'Kính mời',
  'authoring.outlineInvitation': 'Lời mời',
  'authoring.outlineMeeting': 'Tới dự',
  'authoring.outlineChair': 'Chủ trì',
  'authoring.outlineTime': 'Thời gian',
  'authoring.outlinePlace': 'Địa điểm',
  'authoring.outlineContact': 'Đầu mối liên hệ',
  'authoring.outlineClosing': 'Lời kết',
  'authoring.outlineVerbatim': 'Nguyên văn (từ Word)',
  'authoring.outlineVerbatimAbove': 'Nguyên văn trên phần đầu',
  'authoring.outlineVerbatimBelow': 'Nguyên văn sau phần cuối',
  'authoring.outlineSignature': 'Người ký',
  'authoring.outlineRecipients': 'Nơi nhận',
  'authoring.outlineSections': 'Các mục',
  'authoring.importFailed': 'Không nhập được "{file}": {detail}.',
  'authoring.importOpenLabel': 'Nhập giấy mời',
  'authoring.importDocNeedsDesktop': 'tệp .doc cần LibreOffice trên máy; ở đây hãy lưu tệp thành .docx rồi nhập',
  'authoring.importDone':
    'Đã nhập "{file}": {share}% trong {words} từ in của bản gốc được in lại đúng thứ tự ({fields}% từ các trường), {moved} từ in sai chỗ, {lost} từ bị mất; {notes} ghi chú cần xem lại.',
  'authoring.newInvitationFailed': 'Không mở được mẫu giấy mời: {detail}',
  'authoring.pickDocumentType': 'Chọn loại văn bản (Nghị định 30/2020/NĐ-CP, Phụ lục III)',

  // Import from Word (.docx, .doc)
  'import.heading.source': 'Nhập từ {file} bằng "giaymoi import".',
  'import.heading.wordFile': 'tệp Word',
  'import.heading.review': 'Kiểm tra lại các ghi chú (#) dưới đây rồi xóa chúng.',
  'import.note.wrongWeekday': 'Văn bản gốc ghi "{written}" nhưng ngày đó là {actual}: giữ ngày, thứ được tính lại.',
  'import.note.timeInProse':
    'Câu chữ giờ họp được giữ nguyên để bản in không đổi. Đọc được: thoi_gian: {slot} (ghi như vậy nếu muốn in theo mẫu "Từ … giờ …, ngày …").',
  'import.note.signaturePlaceholder':
    'Chữ "{text}" ở chỗ ký được giữ trong `nguoi_ky.cho_ky` và in lại ở khoảng ký: xóa khóa này trước khi ký ban hành (GM057).',
  'import.note.placeholder':
    'Văn bản gốc để trống chỗ điền ("{text}"): điền khi ban hành; bản in lấy phần còn thiếu từ các trường.',
  'import.note.afterSignature':
    'Văn bản gốc in đoạn này sau chữ ký: giữ nguyên văn trong `nguyen_van_cuoi`, in lại sau nơi nhận và chữ ký như bản gốc (không kiểm tra theo thể thức). Chuyển vào đúng trường nếu được.',
  'import.note.aboveHeader':
    'Văn bản gốc in dòng này phía trên phần đầu: giữ nguyên văn trong `nguyen_van_dau`, in lại phía trên phần đầu như bản gốc (không kiểm tra theo thể thức).',
  'import.note.noSigningDay': 'Văn bản gốc chưa ghi ngày, tháng ký ("{text}").',
  'import.note.abbreviationGuessed':
    'Văn bản gốc không có dòng "Số: …/…": chữ viết tắt được đoán từ tên cơ quan, hãy kiểm tra.',
  'import.note.noHeader':
    'Văn bản gốc không có phần đầu (tên cơ quan, số, ngày): hãy điền `co_quan`, `dia_danh`, `ngay`.',
  'import.note.verbatim':
    'Không xếp được vào trường nào: giữ nguyên văn (in ở cuối phần nội dung). Chuyển vào đúng chỗ nếu được.',
  'import.error.severalDocuments':
    'tệp chứa {count} văn bản (mỗi văn bản một dòng Quốc hiệu), như một phụ lục nhiều mẫu: chép giấy mời cần nhập ra một tệp riêng rồi nhập tệp đó',
  'import.error.notInvitation':
    'không thấy tên loại dưới phần đầu ("GIẤY MỜI", "THÔNG BÁO", "QUYẾT ĐỊNH"…): tệp này không phải giấy mời hay văn bản theo NĐ 30 mà công cụ nhập được (công văn không in tên loại)',
  'import.note.renumbered': 'Văn bản gốc đánh số "{label}" ở chỗ lẽ ra là "{expected}.": số thứ tự được đánh lại.',
  'import.error.malformedXml': 'tệp DOCX có phần XML hỏng ({part}), không đọc được',
  'import.error.tooLarge': 'tệp quá lớn ({megabytes} MB; giấy mời chỉ vài chục KB)',
  'import.error.notZip': 'không phải tệp DOCX (không phải gói zip của Word)',
  'import.error.noDocumentXml': 'gói zip không có word/document.xml: không phải tệp Word',
  'import.error.zipBomb': 'tệp nén giải ra quá lớn ở phần {part} (có thể là "bom zip"): từ chối mở',
  'import.error.partTooLarge': 'phần {part} quá lớn để là một giấy mời (giấy mời chỉ vài trăm KB chữ)',
  'import.error.encrypted': 'tệp Word được đặt mật khẩu (mã hóa): mở bằng Word, bỏ mật khẩu rồi lưu lại thành .docx',
  'import.error.word97':
    'đây là tệp Word 97–2003 (.doc) mang đuôi .docx: đổi đuôi thành .doc để nhập qua LibreOffice, hoặc lưu lại thành .docx',
  'import.error.tooDeep': 'phần {part} lồng nhau quá sâu (hơn {depth} tầng): không phải giấy mời, không đọc',
  'import.error.tooMuchText':
    'văn bản quá dài để là một giấy mời: tệp nguồn nhập được vượt giới hạn mà "giaymoi check" đọc',
  'import.error.corrupt': 'tệp DOCX bị hỏng, không giải nén được',
  'import.error.folder': 'đây là thư mục, không phải tệp Word',
  'import.error.notRegularFile': 'không phải một tệp thường (ống dẫn, thiết bị…), không đọc',
  'import.error.tooLargeForInvitation': 'tệp quá lớn để là một giấy mời',

  // Export: refusals, written files, write failures, mail-merge sets
  'export.refusedErrors': 'Không xuất {file}: tệp còn {count} lỗi theo NĐ 30/2020. Sửa các lỗi sau rồi xuất lại:',
  'export.refusedConfig':
    'Không xuất {file}: tệp cấu hình giaymoi.config.yaml của nó có lỗi (in ở trên), nên không biết quy tắc nào áp dụng. Sửa tệp cấu hình, hoặc chỉ tệp khác bằng --config.',
  'export.refusedWarnings':
    'Không xuất {file}: tệp còn {count} cảnh báo (cho phép xuất bằng cài đặt giaymoi.export.allowDrafts hoặc --allow-drafts):',
  'export.wroteInstead':
    '{wanted} đang được mở (Word?) hoặc bị khóa, nên đã ghi sang {path}. Đóng tệp cũ nếu muốn ghi đè.',
  'export.writeFailed.chooseOtherFolder': 'Chọn thư mục khác (cài đặt giaymoi.export.outputFolder, hoặc -o/--out-dir).',
  'export.writeFailed.noSpace':
    'Không ghi được {path}{c}: ổ đĩa đã đầy. Giải phóng chỗ trống hoặc chọn ổ khác rồi xuất lại.',
  'export.writeFailed.nameTooLong':
    'Không ghi được {path}{c}: tên tệp hoặc đường dẫn quá dài. Đặt tên ngắn hơn hoặc chọn thư mục nông hơn.',
  'export.writeFailed.permission': 'Không ghi được vào thư mục {folder}{c}: không có quyền ghi. {other}',
  'export.writeFailed.readOnlyFileSystem':
    'Không ghi được vào {folder}{c}: ổ đĩa chỉ đọc (đĩa CD, thẻ nhớ khóa ghi, ổ mạng chỉ đọc). {other}',
  'export.writeFailed.busy':
    'Không ghi được {path}{c}: tệp đang được mở trong Word hoặc bị khóa. Đóng tệp rồi xuất lại.',
  'export.writeFailed.isDirectory':
    'Không ghi được {path}: đó là một thư mục, không phải tệp. Chọn tên tệp .docx khác.',
  'export.writeFailed.readOnlyTarget':
    'Không ghi đè {path}: tệp chỉ đọc (được bảo vệ). Dùng --force (trong VS Code: xác nhận "Ghi đè") nếu thật sự muốn thay nó.',
  'export.writeFailed.isSource': 'Không ghi {path}: đó chính là tệp nguồn của giấy mời. Chọn tên tệp .docx khác.',
  'export.writeFailed.notFolder':
    'Không ghi được vào {folder}{c}: thư mục không tồn tại hoặc không phải thư mục. {other}',
  'export.writeFailed.other': 'Không ghi được {path}{c}. {other}',
  'export.overwriteReadOnly': '{path} là tệp chỉ đọc. Ghi đè lên nó?',
  'export.progress': 'Đang xuất {done}/{total} giấy mời…',
  'export.mergeCancelled': 'Đã dừng xuất trộn thư: không tệp mới nào được ghi, bộ tệp trước (nếu có) vẫn nguyên vẹn.',
  'export.mergeRecordIgnored':
    'Bỏ qua {path}: không phải tệp ghi chép trộn thư hợp lệ (có thể không do giaymoi tạo ra). Không tệp nào bị xóa hay thay theo nó.',
  'export.mergeLeftUntouched':
    'Giữ nguyên {path}: tệp đã khác với khi lần trộn thư trước ghi nó (hoặc không do lần đó ghi), nên không bị xóa hay thay.',
  'export.mergeKeptOthers':
    '{wanted} không phải tệp do lần trộn thư này ghi (tệp của bạn hoặc của giấy mời khác) nên được giữ nguyên; bản mới được ghi vào {path}.',
  'export.mergeBusy.process': ' (tiến trình {pid}, từ {since})',
  'export.mergeBusy':
    'Một lần trộn thư khác đang ghi vào thư mục {folder}{who}. Chờ lần đó xong rồi xuất lại (nếu chắc không còn lần nào chạy, xóa tệp .giaymoi-merge.lock trong thư mục ấy).',
  'export.written.one': 'Đã xuất giấy mời.',
  'export.written.many': 'Đã xuất {count} tệp.',
  'export.signatureImage.missing':
    '{which} "{path}" (nguoi_ky.chu_ky_so) không có hoặc không đọc được: không xuất PDF.',
  'export.signatureImage.notPng':
    '{which} "{path}" không phải tệp PNG (NĐ 30: ảnh PNG nền trong suốt): không xuất PDF.',
  'export.signatureImage.tooLarge':
    '{which} "{path}" quá lớn ({pixels} điểm ảnh một cạnh, tối đa {max}): hãy thu nhỏ rồi xuất lại.',
  'export.signatureImage.anh': 'Ảnh chữ ký',
  'export.signatureImage.dau': 'Ảnh dấu',
  'export.pdfFont.system': 'PDF dùng phông Times New Roman của máy, nhúng vào tệp.',
  'export.pdfFont.bundled':
    'Máy không có Times New Roman: PDF dùng phông Liberation Serif kèm theo (cùng số đo với Times New Roman), nhúng vào tệp.',
  'export.singleInvitee': 'kinh_moi chỉ có một người được mời: xuất một giấy mời.',
  'export.saveFirst':
    'Chưa có thư mục để ghi tệp xuất: lưu giấy mời vào một thư mục (hoặc mở một thư mục) rồi xuất lại.',
  'export.unknownPatternFields': 'Mẫu tên tệp dùng cột mà danh sách không có: {fields}.',
  'export.mergeTooManyRows':
    'Danh sách "{name}" có {rows} khách mời, nhiều hơn giới hạn {max} bản của một lần trộn thư; không ghi gì. Chia nhỏ danh sách, hoặc cho phép nhiều hơn {allowMore}.',
  'export.maxRowsOption': 'bằng --max-rows {rows}',
  'export.maxRowsSetting': 'bằng cài đặt giaymoi.export.maxMergeRows ({rows})',
  'export.mergeEstimate':
    'Sẽ ghi {files} tệp, khoảng {megabytes} MB, mất chừng {duration} (ước tính từ các bản đầu). {stop}',
  'export.seconds': '{seconds} giây',
  'export.minutes': '{minutes} phút',
  'export.stopWithCtrlC': 'Nhấn Ctrl+C để dừng: không để lại tệp dở.',
  'export.stopWithCancel': 'Nhấn Hủy để dừng: không để lại tệp dở.',

  // Reading files: sizes, kinds, .doc conversion
  'files.docConversionFailed': 'LibreOffice không chuyển được tệp .doc này',
  'files.docConversionTimedOut': 'LibreOffice chuyển tệp .doc này quá {seconds} giây nên đã bị dừng (quá thời gian)',
  'files.noLibreOffice':
    'tệp .doc (Word 97–2003) cần LibreOffice để chuyển đổi, nhưng máy chưa cài LibreOffice (lệnh soffice); hãy mở tệp bằng Word và lưu thành .docx',
  'files.directory': 'là một thư mục, không phải một tệp thường',
  'files.special': 'không phải một tệp thường (ống dẫn, thiết bị, socket…), không đọc',
  'files.missing': 'không tìm thấy tệp',
  'files.denied': 'không có quyền đọc tệp',
  'files.specialSocket': 'không phải một tệp thường (socket…), không đọc',
  'files.failed': 'không đọc được tệp ({code})',
  'files.unknownCode': 'lỗi',
  'files.kind.source': 'một giấy mời',
  'files.kind.list': 'một danh sách khách mời',
  'files.kind.config': 'một tệp cấu hình',
  'files.kind.word': 'một giấy mời Word',
  'files.tooLarge': 'quá lớn (tối đa {limit} byte cho {kind})',
  'files.tooLargeSize': 'quá lớn ({size} byte; tối đa {limit} byte cho {kind})',

  // Invitee lists
  'lists.untrustedWorkspace': 'thư mục chưa được tin cậy, danh sách không được đọc',
  'lists.outsideWorkspace':
    'tệp thật là {real}, nằm ngoài thư mục làm việc {folder}; giaymoi không đọc danh sách ở ngoài (cho phép bằng cài đặt giaymoi.lists.allowOutsideWorkspace)',
  'lists.symbolicLink': '{path} (liên kết tượng trưng · a symbolic link)',
  'lists.notRegularFile': 'không phải một tệp thường, không đọc',
  'lists.xlsx.tooLarge': 'giải nén ra hơn {size}, không phải một danh sách khách mời',
  'lists.xlsx.tooManyRows': 'trang tính có hơn {rows} hàng',
  'lists.xlsx.noReferences': 'có ô không ghi địa chỉ (thuộc tính r); hãy mở và lưu lại tệp bằng Excel hoặc LibreOffice',

  // The `giaymoi` command
  'cli.check.summary': '{files} tệp: {errors} lỗi, {warnings} cảnh báo, {notes} thông tin.',
  'cli.export.outNeedsDocx': '-o cần một tên tệp .docx hoặc .pdf (tệp nguồn không bao giờ bị ghi đè).',
  'cli.export.optionNeedsNumber': '--{badNumber} cần một số (mm, hoặc 13/14 cho cỡ chữ).',
  'cli.export.maxRowsNeedsWholeNumber': '--max-rows cần một số nguyên dương (số bản tối đa của một lần trộn thư).',
  'cli.import.tooLarge': 'tệp quá lớn ({mb} MB; giấy mời chỉ vài chục KB)',
  'cli.import.outNeedsExtension': 'tên tệp ra phải kết thúc bằng .giaymoi.yaml',
  'cli.import.outExists': 'tệp đã có; không ghi đè (chọn tên khác với -o)',
  'cli.import.cannotWrite': 'không ghi được tệp ({code})',
  'cli.import.done':
    'Đo trên bản xuất lại: {kept}% trong {total} từ in của văn bản gốc được in lại đúng thứ tự ({fields}% từ các trường, {verbatim}% từ nguyên văn); {moved} từ được in nhưng sai chỗ, {lost} từ bị mất.',
  'cli.import.notExported':
    'Tệp nguồn nhập được còn {errors} lỗi nên chưa xuất được: chưa từ nào trong {total} từ in của văn bản gốc được in lại.',
  'cli.import.firstLost': 'Đoạn mất đầu tiên: «{passage}»',
  'cli.import.firstMoved': 'Đoạn in sai chỗ đầu tiên: «{passage}»',
  'sign.p12.notP12': 'không phải tệp chứng thư số .p12/.pfx (PKCS#12)',
  'sign.p12.wrongPassword': 'sai mật khẩu của tệp .p12 (nhập lại, hoặc dùng --password hay biến GIAYMOI_P12_PASSWORD)',
  'sign.p12.noKey': 'tệp .p12 không chứa khóa bí mật để ký',
  'sign.p12.notRsa': 'khóa trong tệp .p12 không phải khóa RSA; giaymoi chỉ ký bằng khóa RSA',
  'sign.p12.noMatchingCertificate': 'tệp .p12 không có chứng thư số khớp với khóa bí mật',
  'sign.certificate.expired':
    'chứng thư số của {name} đã hết hạn ngày {date}: không ký, vì chữ ký số chỉ có giá trị khi chứng thư số còn hiệu lực lúc ký',
  'sign.certificate.notYetValid': 'chứng thư số của {name} chỉ có hiệu lực từ ngày {date}: chưa ký được',
  'sign.image.notPng': '{which} không phải ảnh PNG (NĐ 30 yêu cầu ảnh PNG nền trong suốt; hãy lưu lại thành .png)',
  'sign.image.signature': 'ảnh chữ ký (--anh)',
  'sign.image.seal': 'ảnh con dấu (--dau)',
  'sign.image.opaque':
    '{which} không có nền trong suốt (NĐ 30 yêu cầu ảnh PNG nền trong suốt): vẫn ký, nhưng nền ảnh sẽ che phần bên dưới',
  'sign.pdf.notPdf': 'không phải tệp PDF',
  'sign.pdf.encrypted': 'tệp PDF đã được mã hóa (có mật khẩu); hãy bỏ mã hóa rồi ký',
  'sign.pdf.damaged': 'tệp PDF bị hỏng, không đọc được ({detail})',
  'sign.pdf.certifiedNoChanges':
    'tệp PDF đã được chứng thực bằng chữ ký không cho phép thay đổi gì (DocMDP P=1); ký thêm sẽ làm chữ ký đó báo bị sửa: không ký',
  'sign.field.none':
    'tệp PDF không có ô chữ ký trống; hãy chỉ chỗ ký bằng --rect x,y,rộng,cao (điểm, từ góc dưới trái của trang cuối)',
  'sign.rect.invalid': '--rect cần 4 số x,y,rộng,cao (điểm; rộng và cao lớn hơn 0), không phải "{text}"',
  'sign.rect.outsidePage': '--rect ra ngoài trang cuối (trang {width} × {height} điểm)',
  'sign.appearance.signedBy': 'Ký bởi: {name}',
  'sign.appearance.signingTime': 'Thời gian ký: {time}',
  'sign.appearance.documentNumber': 'Số: {number}',
  'sign.attachment.numberInvalid':
    '--phu-luc cần số và ký hiệu của văn bản mà tệp này kèm theo, ví dụ "12/GM-UBND", không phải "{text}"',
  'sign.attachment.noImages':
    'chữ ký số trên phụ lục không có ảnh và nằm ở góc trên bên phải trang 1 (NĐ 30/2020, Phụ lục I, Mục II, khoản 8 điểm b): bỏ --anh, --dau, --rect',
  'cli.sign.needsP12': 'cần chứng thư số: --p12 TỆP.p12',
  'cli.sign.outNeedsPdf': '-o cần tên tệp .pdf',
  'cli.sign.tooLarge': 'quá lớn (tối đa {limit} MB)',
  'cli.sign.passwordPrompt': 'Mật khẩu của {file}: ',
  'cli.sign.cancelled': 'đã hủy, chưa ký',
  'cli.sign.cannotWrite': 'không ghi được {out} ({code})',
  'cli.sign.done': 'Đã ký: {out} (ô {field}, trang {page}, người ký {name})',
  'cli.sign.fieldAdded': 'ô chữ ký {field} được thêm tại --rect',
  'cli.sign.countersigned': 'ký thêm bằng cập nhật nối tiếp: tệp có {count} chữ ký, các chữ ký trước vẫn nguyên',
  'cli.help.check': 'kiểm tra tệp theo NĐ 30/2020 (một thư mục: mọi tệp *.giaymoi.yaml trong đó)',
  'cli.help.export': 'xuất DOCX (hoặc PDF sẵn sàng ký số với --pdf) theo NĐ 30/2020',
  'cli.help.preview': 'ghi trang xem trước thành một tệp HTML',
  'cli.help.import': 'nhập giấy mời từ tệp Word (.docx, .doc) thành tệp nguồn',
  'cli.help.sign': 'ký số tệp PDF bằng chứng thư số .p12',
  'cli.help.rules': 'liệt kê các quy tắc kiểm tra, mức và căn cứ pháp lý',
  'cli.help.schema': 'in JSON Schema của định dạng',
  'cli.usage.head': 'Cách dùng',
  'cli.usage.config':
    'mặc định: giaymoi.config.yaml tìm từ thư mục của tệp đi lên đến gốc kho git, ngoài kho git chỉ thư mục của tệp',
  'cli.usage.allowListOutside': 'đọc cả danh sách nằm ngoài thư mục làm việc (kho git hoặc thư mục của tệp)',
  'cli.unexpectedError': 'lỗi không mong đợi',
  'cli.preview.line': 'dòng',
  'cli.preview.notReady': '{file}: còn {count} lỗi; trang đã ghi kèm danh sách lỗi, chưa dùng để in hay gửi được.',
  'cli.preview.pageNotReady': 'Tệp còn {count} lỗi theo NĐ 30/2020: chưa dùng được trang này.',
  'cli.preview.cannotWrite': 'không ghi được {out}: {error}',
  'cli.preview.wrote': 'Đã ghi {out}',
  'cli.list.outsideFolder':
    'tệp thật là {real}, nằm ngoài thư mục làm việc {folder}; giaymoi không đọc danh sách ở ngoài (cho phép bằng --allow-list-outside)',
  'cli.check.noSources': 'thư mục không có tệp giấy mời nào (*.giaymoi.yaml)',
  'cli.source.directory': 'là một thư mục, không phải tệp giấy mời',
  'cli.source.special': 'không phải tệp thường (ống dẫn, thiết bị…), không đọc',
  'cli.source.tooLarge': 'quá lớn (tối đa {max} byte) để là một giấy mời',
  'cli.source.tooLargeBytes': 'quá lớn ({size} byte; tối đa {max}) để là một giấy mời',
  'cli.source.notUtf8': 'không phải văn bản UTF-8 (lưu lại tệp với bảng mã UTF-8)',
  'cli.config.outsideFolder': 'tệp thật là {real}, nằm ngoài thư mục làm việc {folder}',
  'cli.config.unreadable': 'không đọc được tệp cấu hình: {reason}',
} as const;
