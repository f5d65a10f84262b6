/** The one kind of error signing reports to the user: a reason in both languages, printed as one line. */
import type { Localized } from '../core/model';

/** Bad input or a refusal, with the line the CLI or the editor shows; `file` names the input at fault when known. */
export class SignError extends Error {
  constructor(
    readonly reason: Localized,
    readonly file?: string,
  ) {
    super(reason.en);
    this.name = 'SignError';
  }
}

/** `run()`, with any SignError it throws naming `file` (unless it names one already). */
export function blaming<T>(file: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof SignError && error.file === undefined) throw new SignError(error.reason, file);
    throw error;
  }
}
