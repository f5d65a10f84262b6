/** Why a file could not be imported: one plain sentence in both languages, never a stack trace. */
import type { Localized } from '../core/problem';

export class ImportError extends Error {
  constructor(readonly reason: Localized) {
    super(reason.en);
    this.name = 'ImportError';
  }
}

export const importError = (vi: string, en: string): ImportError => new ImportError({ vi, en });
