/** The preview's own texts, in the language of giaymoi.language (from l10n/bundle.l10n.vi.json, as the extension's). */
import { t } from '../l10n';
import type { PreviewOptions } from '../protocol';

export interface Strings {
  readonly fitWidth: string;
  readonly actual: string;
  readonly fitPage: string;
  readonly zoom: string;
  readonly pages: (n: number) => string;
  readonly locked: string;
  readonly errors: (n: number) => string;
  readonly errorsWithPage: (n: number) => string;
  readonly at: (line: number) => string;
  readonly noPage: string;
  readonly invitee: string;
}

export function strings(options: Pick<PreviewOptions, 'language'> | undefined): Strings {
  const language = options?.language === 'en' ? 'en' : 'vi';
  return {
    fitWidth: t(language, 'Fit width'),
    actual: t(language, '100%'),
    fitPage: t(language, 'Fit page'),
    zoom: t(language, 'Zoom'),
    pages: (n) => (n === 1 ? t(language, '1 page') : t(language, '{0} pages', n)),
    locked: t(language, '🔒 Locked to this file'),
    errors: (n) =>
      n === 1
        ? t(language, '1 error — showing the last valid page.')
        : t(language, '{0} errors — showing the last valid page.', n),
    errorsWithPage: (n) => (n === 1 ? t(language, '1 error.') : t(language, '{0} errors.', n)),
    at: (line) => t(language, '(line {0})', line),
    noPage: t(language, 'Nothing to show yet: the file is not valid.'),
    invitee: t(language, "Show this invitee's copy"),
  };
}
