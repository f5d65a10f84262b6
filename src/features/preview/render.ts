/**
 * Source → what the preview shows: check, layout, HTML, and the error summary
 * for the banner. Pure (no `vscode`): the bench and the unit tests call it too.
 */
import type { CheckResult } from '../../core/check';
import { layoutInvitation, resolveMeasures, type BodySize, type Margins } from '../../core/layout';
import type { Language } from '../../core/model';
import type { ErrorSummary, Invitees, PageUnits } from '../../protocol';
import { pageCss, renderUnits } from '../../render/html';

export interface PageOptions {
  readonly margins?: Partial<Margins>;
  readonly bodySize?: BodySize;
}

export interface PreviewRender {
  /** Absent when the source has no valid model. */
  readonly page?: PageUnits;
  readonly css?: string;
  readonly errors: ErrorSummary;
  readonly subject?: string;
}

/** Renders a checked source for the preview. */
export function renderPreview(result: CheckResult, page: PageOptions, language: Language): PreviewRender {
  const errors = summarizeErrors(result, language);
  if (!result.invitation) return { errors };
  const layout = layoutInvitation(result.invitation, result.source);
  const m = resolveMeasures(page);
  return { page: renderUnits(layout, m), css: pageCss(m), errors, subject: layout.subject };
}

/** A list invitation's picker entries: each copy's invitee line, and the copy shown. */
export function inviteesOf(result: CheckResult): Invitees | undefined {
  if (!result.merge || result.merge.copies.length === 0) return undefined;
  return { labels: result.merge.copies.map((c) => c.label), selected: result.merge.selected };
}

/** Number of errors and the first one, in the user's language. */
export function summarizeErrors(result: CheckResult, language: Language): ErrorSummary {
  const errors = result.problems.filter((p) => p.severity === 'error');
  const first = errors[0];
  if (!first) return { count: 0 };
  return {
    count: errors.length,
    first: { message: first.message[language], line: first.range.start.line, character: first.range.start.character },
  };
}
