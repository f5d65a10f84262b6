/**
 * The rules reference, generated from the catalog: Markdown for docs/rules.md
 * (shipped in the VSIX; a unit test fails when the file is stale), plain text
 * and JSON for `giaymoi rules`. Vietnamese first, English beside.
 */
import type { Localized } from '../problem';
import { CATALOG, referenceAnchor, type CatalogEntry } from './catalog';
import { CONFIG_FILE_NAME } from '../config/rule-config';
import { say } from '../messages';

const LEVEL: Record<CatalogEntry['severity'], Localized> = {
  error: say('rules.severity.error'),
  warning: say('rules.severity.warning'),
  information: say('rules.severity.information'),
  hint: say('rules.severity.hint'),
};

const pair = (text: Localized): string => `${text.vi} *${text.en}*`;

/** The YAML example as a fenced block (examples may hold several lines). */
const fenced = (yaml: string): string[] => ['```yaml', ...yaml.split('\n'), '```'];

function entryMarkdown(entry: CatalogEntry): string[] {
  const tunable = entry.structural
    ? 'Không tắt được (lỗi cấu trúc). *Cannot be turned off (structural).*'
    : entry.configFile ? 'Báo trên chính tệp cấu hình. *Reported on the configuration file itself.*'
      : `Chỉnh được trong \`${CONFIG_FILE_NAME}\`: \`${entry.code}: off | info | warning | error\`. *Tunable.*`;
  return [
    `<a id="${referenceAnchor(entry.code)}"></a>`,
    `## ${entry.code} · ${entry.title.vi}`,
    '',
    `*${entry.title.en}* — mức mặc định · default: **${LEVEL[entry.severity].vi}** (${LEVEL[entry.severity].en}). Căn cứ · Source: ${entry.locator}.`,
    '',
    `- **Kiểm tra · Checks:** ${pair(entry.checks)}`,
    `- **Vì sao · Why:** ${pair(entry.why)}`,
    ...(entry.options ?? []).map((o) => `- **Tùy chọn · Option** \`${o.key}\`: ${pair(o.doc)}`),
    `- ${tunable}`,
    '',
    'Sai · Wrong:',
    '',
    ...fenced(entry.wrong),
    '',
    'Đúng · Right:',
    '',
    ...fenced(entry.right),
    '',
  ];
}

const CONFIG_EXAMPLE = [
  '```yaml',
  `# ${CONFIG_FILE_NAME} — đặt ở thư mục chứa giấy mời hoặc thư mục cha · beside the invitations or above`,
  'quy_tac:',
  '  GM029: off            # cơ quan vẫn giữ dòng "Kính gửi" · the office keeps "Kính gửi"',
  '  GM026: warning',
  '  GM017:',
  '    muc_do: error',
  '    so_ngay_lam_viec: 5',
  '    ngay_nghi_them: [2025-12-31]',
  '```',
];

/** docs/rules.md: every code with what, why, locator, wrong and right. */
export function rulesMarkdown(): string {
  const index = CATALOG.map((e) => `| [${e.code}](#${referenceAnchor(e.code)}) | ${e.title.vi} · *${e.title.en}* | ${LEVEL[e.severity].vi} |`);
  return [
    '# Các quy tắc kiểm tra · Rules reference',
    '',
    '<!-- Tệp sinh tự động từ src/core/rules/catalog — đừng sửa tay; chạy `npm run rules-doc`. Generated; do not edit. -->',
    '',
    `Mỗi vấn đề giaymoi báo có một mã. Cơ quan chỉnh mức của từng mã trong tệp \`${CONFIG_FILE_NAME}\` (tìm từ thư mục của giấy mời đi lên) và trong cài đặt VS Code \`giaymoi.rules.severity\`.`,
    `*Every problem has a code; offices tune each code in \`${CONFIG_FILE_NAME}\` (found upward from the invitation) and in the VS Code setting \`giaymoi.rules.severity\`.*`,
    '',
    ...CONFIG_EXAMPLE,
    '',
    '| Mã · Code | Quy tắc · Rule | Mức · Level |',
    '|---|---|---|',
    ...index,
    '',
    ...CATALOG.flatMap(entryMarkdown),
  ].join('\n');
}

/** `giaymoi rules`: one line per code with its level and legal source. */
export function rulesText(language: keyof Localized): string {
  return CATALOG.map((e) => `${e.code}  ${LEVEL[e.severity][language].padEnd(9)}  ${e.title[language]} — ${e.locator}`).join('\n');
}

/** `giaymoi rules --format json`: the catalog as data. */
export function rulesJson(): string {
  return JSON.stringify(CATALOG, null, 2);
}
