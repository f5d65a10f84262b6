/**
 * Messages between the extension and the preview webview (style: one protocol
 * file, discriminated unions, both sides switch exhaustively). Messages from the
 * webview are untrusted: the host accepts them only through `parseFromWebview`.
 */

/** The first error, for the banner; position zero-based. */
export interface ErrorSummary {
  readonly count: number;
  readonly first?: { readonly message: string; readonly line: number; readonly character: number };
}

/** What the preview's behaviour depends on (settings snapshot, language of its own texts). */
export interface PreviewOptions {
  readonly language: 'vi' | 'en';
  readonly scrollPreviewWithEditor: boolean;
  readonly scrollEditorWithPreview: boolean;
  readonly doubleClickToSwitchToEditor: boolean;
}

/** A list invitation's invitees: the picker's entries (numbered from 1 in the list's order) and the one shown. */
export interface Invitees {
  readonly labels: readonly string[];
  readonly selected: number;
}

/** The page as units for the webview to lay onto sheets (it measures them, and keeps the ones an edit did not change). */
export interface PageUnits {
  /** Each unit's HTML (`<div class="gm-unit …">`: the header, the title, a body paragraph, the foot), in reading order. */
  readonly units: readonly string[];
  /** Page 1's footer (the contact block), or ''. */
  readonly contact: string;
}

/** A page as the page of version `base` with its units from `from` to `units.length - tail` replaced by `units`. */
export interface PageDelta {
  readonly base: number;
  readonly from: number;
  readonly tail: number;
  readonly units: readonly string[];
  readonly contact: string;
}

/** The last page one side of the link has, by file and version: what the next delta is made against. */
export interface PageBase {
  readonly uri: string;
  readonly version: number;
  readonly page: PageUnits;
}

/**
 * The extension's side: `update` with its page as a delta against `base` (same file), else as it is.
 * Returns the message to post and the new base (the full page: the webview rebuilds the same).
 */
export function pageDelta(
  base: PageBase | undefined,
  update: ToWebview.Update,
): [ToWebview.Update, PageBase | undefined] {
  const page = update.page;
  if (!page) return [update, base];
  const next = { uri: update.uri, version: update.version, page };
  if (!base || base.uri !== update.uri) return [update, next];
  const [old, now] = [base.page.units, page.units];
  let from = 0;
  while (from < old.length && from < now.length && old[from] === now[from]) from += 1;
  let tail = 0;
  while (
    tail < old.length - from &&
    tail < now.length - from &&
    old[old.length - 1 - tail] === now[now.length - 1 - tail]
  )
    tail += 1;
  const delta = { base: base.version, from, tail, units: now.slice(from, now.length - tail), contact: page.contact };
  return [{ ...update, page: undefined, delta }, next];
}

/**
 * The webview's side: `update` with its full page rebuilt from `base`, and the new base; undefined when
 * the delta was made against a page this webview does not have (it reloaded, or dropped a stale update).
 */
export function withFullPage(
  base: PageBase | undefined,
  update: ToWebview.Update,
): [ToWebview.Update, PageBase | undefined] | undefined {
  const delta = update.delta;
  if (!delta) return [update, update.page ? { uri: update.uri, version: update.version, page: update.page } : base];
  if (!base || base.uri !== update.uri || base.version !== delta.base) return undefined;
  const old = base.page.units;
  const units = [...old.slice(0, delta.from), ...delta.units, ...old.slice(old.length - delta.tail)];
  const page = { units, contact: delta.contact };
  return [
    { ...update, page, delta: undefined },
    { uri: update.uri, version: update.version, page },
  ];
}

// eslint-disable-next-line @typescript-eslint/no-namespace -- types only (no code is emitted): the messages grouped by direction
export namespace ToWebview {
  /** A new render of `uri` at `version`. `page` absent: the source has no valid model, keep the last good page. */
  export interface Update {
    readonly type: 'update';
    readonly uri: string;
    readonly version: number;
    readonly page?: PageUnits;
    /** Instead of `page`: what changed since the page the webview has (see pageDelta; 270 KiB less to send per edit of a long file). */
    readonly delta?: PageDelta;
    readonly css?: string;
    readonly errors: ErrorSummary;
    readonly options: PreviewOptions;
    readonly locked: boolean;
    /** Where the editor is, so the page opens there. */
    readonly line?: number;
    /** Present for a list invitation: the page is one invitee's copy. */
    readonly invitees?: Invitees;
  }
  /** Reveal the block made from source `line`: `cursor` brings it into view, `scroll` aligns it with the top. */
  export interface Reveal {
    readonly type: 'reveal';
    readonly uri: string;
    readonly version: number;
    readonly line: number;
    readonly mode: 'cursor' | 'scroll';
  }
  /** The lock was toggled: the webview keeps it in its saved state (restored after a restart). */
  export interface Lock {
    readonly type: 'lock';
    readonly locked: boolean;
  }
  export type Message = Update | Reveal | Lock;
}

// eslint-disable-next-line @typescript-eslint/no-namespace -- types only (no code is emitted): the messages grouped by direction
export namespace FromWebview {
  /** The script is running and listening. */
  export interface Ready {
    readonly type: 'ready';
  }
  /** An update was applied and paginated into `pages` sheets. */
  export interface Rendered {
    readonly type: 'rendered';
    readonly version: number;
    readonly pages: number;
  }
  /** The user scrolled the preview: the editor should show source `line` (fractional) at its top, or its end at the page's end. */
  export interface RevealLine {
    readonly type: 'revealLine';
    readonly version: number;
    readonly line: number | 'end';
  }
  /** Double-click on a block or a click on the error banner: put the cursor at this source position. */
  export interface OpenSource {
    readonly type: 'openSource';
    readonly line: number;
    readonly character: number;
  }
  /** The user picked another invitee's copy (index into the list's invitees). */
  export interface PickInvitee {
    readonly type: 'pickInvitee';
    readonly index: number;
  }
  export type Message = Ready | Rendered | RevealLine | OpenSource | PickInvitee;
}

/** Upper bound for any line, version or page number the webview may send (a YAML source is at most 1 MB). */
const MAX = 10_000_000;

/** A plain object, as structured clone delivers it (no arrays, no inherited fields). */
const isRecord = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX;
const isLine = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX;

/** Validates a message from the webview; anything malformed, extra-typed or out of range is `undefined`. */
export function parseFromWebview(raw: unknown): FromWebview.Message | undefined {
  if (!isRecord(raw)) return undefined;
  switch (raw.type) {
    case 'ready':
      return { type: 'ready' };
    case 'rendered':
      return isCount(raw.version) && isCount(raw.pages) && raw.pages >= 1
        ? { type: 'rendered', version: raw.version, pages: raw.pages }
        : undefined;
    case 'revealLine':
      return isCount(raw.version) && (isLine(raw.line) || raw.line === 'end')
        ? { type: 'revealLine', version: raw.version, line: raw.line }
        : undefined;
    case 'openSource':
      return isCount(raw.line) && isCount(raw.character)
        ? { type: 'openSource', line: raw.line, character: raw.character }
        : undefined;
    case 'pickInvitee':
      return isCount(raw.index) ? { type: 'pickInvitee', index: raw.index } : undefined;
    default:
      return undefined;
  }
}

/** State the webview saves with `vscode.setState` and the serializer revives after a restart. */
export interface PreviewState {
  readonly uri: string;
  readonly locked: boolean;
  readonly zoom?: ZoomMode;
  readonly scrollY?: number;
}

export type ZoomMode = 'fit-width' | 'actual' | 'fit-page';
const ZOOMS: readonly ZoomMode[] = ['fit-width', 'actual', 'fit-page'];

/**
 * Validates saved state (it comes back from the webview, so it is untrusted
 * too): only a giaymoi file (`*.giaymoi.yaml|yml`) on disk, remote or
 * untitled, with no "." or ".." segment, can be restored; the extension also
 * checks that the user could open it anyway (features/preview/index.ts).
 */
export function parsePreviewState(raw: unknown): PreviewState | undefined {
  if (!isRecord(raw) || typeof raw.uri !== 'string' || raw.uri.length > 4096 || !isGiaymoiUri(raw.uri))
    return undefined;
  const zoom = ZOOMS.find((z) => z === raw.zoom);
  const scrollY = isLine(raw.scrollY) ? raw.scrollY : undefined;
  return {
    uri: raw.uri,
    locked: raw.locked === true,
    ...(zoom ? { zoom } : {}),
    ...(scrollY !== undefined ? { scrollY } : {}),
  };
}

/** Schemes a restored preview may show: files on disk, in a remote workspace, or not yet saved. */
const RESTORABLE_SCHEMES = new Set(['file', 'vscode-remote', 'untitled']);

/** A URI naming a giaymoi source file, by scheme and name only (no query, fragment, or dot segments). */
export function isGiaymoiUri(uri: string): boolean {
  const m = /^([a-z][a-z0-9+.-]*):([^?#]*)$/i.exec(uri);
  if (!m || !RESTORABLE_SCHEMES.has(m[1].toLowerCase())) return false;
  let path: string;
  try {
    path = decodeURIComponent(m[2]);
  } catch {
    return false;
  }
  const segments = path.split(/[\\/]/);
  return (
    !segments.some((s) => s === '.' || s === '..') &&
    /\.giaymoi\.ya?ml$/i.test(segments[segments.length - 1]) &&
    !/[\u0000-\u001f]/.test(path)
  );
}
