/**
 * The rules reference, generated from the catalog: Markdown for docs/rules.md
 * (shipped in the VSIX; a unit test fails when the file is stale), plain text
 * and JSON for `giaymoi rules`. Vietnamese first, English beside.
 */
import type { Localized } from '../model/problem';
import { CATALOG, referenceAnchor, type CatalogEntry } from './catalog';
import { CONFIG_FILE_NAME } from '../codes/config';
import { say, sideBySide, type MessageKey } from '../messages';

const LEVEL: Record<CatalogEntry['severity'], Localized> = {
  error: say('rules.severity.error'),
  warning: say('rules.severity.warning'),
  information: say('rules.severity.information'),
  hint: say('rules.severity.hint'),
};

const pair = (text: Localized): string => `${text.vi} *${text.en}*`;

/** A heading in both languages: "Kiểm tra · Checks". */
const heading = (key: MessageKey): string => sideBySide(say(key));

/** The YAML example as a fenced block (examples may hold several lines). */
const fenced = (yaml: string): string[] => ['```yaml', ...yaml.split('\n'), '```'];

function entryMarkdown(entry: CatalogEntry): string[] {
  const tunable = pair(
    entry.structural
      ? say('rules.reference.structural')
      : entry.configFile
        ? say('rules.reference.configFile')
        : say('rules.reference.tunable', { file: CONFIG_FILE_NAME, code: entry.code }),
  );
  return [
    `<a id="${referenceAnchor(entry.code)}"></a>`,
    `## ${entry.code} · ${entry.title.vi}`,
    '',
    `*${entry.title.en}* — ${heading('rules.reference.defaultLevel')}: **${LEVEL[entry.severity].vi}** (${LEVEL[entry.severity].en}). ${heading('rules.reference.source')}: ${entry.locator}.`,
    '',
    `- **${heading('rules.reference.checks')}:** ${pair(entry.checks)}`,
    `- **${heading('rules.reference.why')}:** ${pair(entry.why)}`,
    ...(entry.options ?? []).map((o) => `- **${heading('rules.reference.option')}** \`${o.key}\`: ${pair(o.doc)}`),
    `- ${tunable}`,
    '',
    `${heading('rules.reference.wrong')}:`,
    '',
    ...fenced(entry.wrong),
    '',
    `${heading('rules.reference.right')}:`,
    '',
    ...fenced(entry.right),
    '',
  ];
}

const CONFIG_EXAMPLE = [
  '```yaml',
  `# ${CONFIG_FILE_NAME} — ${sideBySide(say('rules.reference.configPlace'))}`,
  'quy_tac:',
  `  GM029: off            # ${sideBySide(say('rules.reference.configExample'))}`,
  '  GM026: warning',
  '  GM017:',
  '    muc_do: error',
  '    so_ngay_lam_viec: 5',
  '    ngay_nghi_them: [2025-12-31]',
  '```',
];

/** docs/rules.md: every code with what, why, locator, wrong and right. */
export function rulesMarkdown(): string {
  const index = CATALOG.map(
    (e) => `| [${e.code}](#${referenceAnchor(e.code)}) | ${e.title.vi} · *${e.title.en}* | ${LEVEL[e.severity].vi} |`,
  );
  return [
    `# ${sideBySide(say('rules.reference.heading'))}`,
    '',
    `<!-- ${say('rules.reference.generated').vi} ${say('rules.reference.generated').en} -->`,
    '',
    say('rules.reference.intro', { file: CONFIG_FILE_NAME }).vi,
    `*${say('rules.reference.intro', { file: CONFIG_FILE_NAME }).en}*`,
    '',
    ...CONFIG_EXAMPLE,
    '',
    `| ${heading('rules.reference.code')} | ${heading('rules.reference.rule')} | ${heading('rules.reference.level')} |`,
    '|---|---|---|',
    ...index,
    '',
    ...CATALOG.flatMap(entryMarkdown),
  ].join('\n');
}

/** `giaymoi rules`: one line per code with its level and legal source. */
export function rulesText(language: keyof Localized): string {
  return CATALOG.map(
    (e) => `${e.code}  ${LEVEL[e.severity][language].padEnd(9)}  ${e.title[language]} — ${e.locator}`,
  ).join('\n');
}

/** `giaymoi rules --format json`: the catalog as data. */
export function rulesJson(): string {
  return JSON.stringify(CATALOG, null, 2);
}
