/** Why a file could not be imported: one plain sentence in both languages, never a stack trace. */
import type { Localized } from '../core/model';

export class ImportError extends Error {
  constructor(readonly reason: Localized) {
    super(reason.en);
    this.name = 'ImportError';
  }
}

export const importError = (reason: Localized): ImportError => new ImportError(reason);
