/**
 * The extension's and the preview's own words, in the format of VS Code's
 * `vscode.l10n` (l10n/bundle.l10n.vi.json: the English text is the key, the
 * Vietnamese its value, `{0}` a value filled in). Read here by our setting
 * `giaymoi.language` rather than by VS Code's display language, which has no
 * official Vietnamese: `vscode.l10n.t` would always answer in English.
 */
import type { Language } from './core/model';
import VIETNAMESE from '../l10n/bundle.l10n.vi.json';

const BUNDLES: Record<Language, Readonly<Record<string, string>> | undefined> = { vi: VIETNAMESE, en: undefined };

/** `message` (English, the bundle's key) in `language`, each `{0}`, `{1}` … replaced by `values`. */
export function t(language: Language, message: string, ...values: readonly (string | number)[]): string {
  const text = BUNDLES[language]?.[message] ?? message;
  return text.replace(/\{(\d+)\}/g, (written, index: string) =>
    values[Number(index)] === undefined ? written : String(values[Number(index)]),
  );
}
