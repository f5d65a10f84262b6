/** The codes of the configuration file's own problems (GM036, GM037), each defined with its reference entry; config/rule-config.ts reports them. */
import type { NamesOf } from '../../problem';
import { both, defineCodes } from '../define';

const CONFIG = 'giaymoi: tệp cấu hình giaymoi.config.yaml · configuration file';

const CODES = {
  badEntry: 'GM036',
  structuralOff: 'GM037',
} as const;
declare module '../../problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

export const CONFIG_CODE_GROUP = defineCodes({
  codes: CODES,
  docs: {
    badEntry: {
      severity: 'error', configFile: true, locator: CONFIG,
      title: both('Mục sai trong tệp cấu hình', 'Wrong entry in the configuration file'),
      checks: both('Mỗi mục của `giaymoi.config.yaml` là một mã quy tắc có thật với `off`, `info`, `warning`, `error`, hoặc các tùy chọn quy tắc đó có.', 'Each entry names a real code with `off`, `info`, `warning`, `error`, or that rule\'s options.'),
      why: both('Một mục gõ sai bị bỏ qua thì cơ quan tưởng đã tắt hay đổi quy tắc mà thật ra không.', 'A misspelt entry would be ignored while the office believes it took effect.'),
      wrong: 'quy_tac:\n  GM29: off', right: 'quy_tac:\n  GM029: off',
    },
    structuralOff: {
      severity: 'error', configFile: true, locator: CONFIG,
      title: both('Không tắt được lỗi cấu trúc', 'Structural problems cannot be turned off'),
      checks: both('Các mã GM001–GM006 (YAML, lược đồ) không tắt, không hạ mức được.', 'GM001–GM006 (YAML, schema) cannot be turned off or lowered.'),
      why: both('Tệp không đọc được thì không có giấy mời nào để xem trước hay xuất.', 'An unreadable file has no invitation to preview or export.'),
      wrong: 'quy_tac:\n  GM001: off', right: 'quy_tac:\n  GM029: off',
    },
  },
});

/** The codes by name. */
export const CONFIG_CODES = CODES;
