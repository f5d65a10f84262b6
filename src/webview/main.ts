/** The preview webview's entry: wires messages, pagination, zoom, scroll sync and double-click. */
import { withFullPage, type PageBase, type PreviewOptions, type ToWebview, type ZoomMode } from '../protocol';
import { buildToolbar, updateBanner, updateInvitees, updateToolbar } from './chrome';
import { post, saveState, savedState } from './host';
import { cancelEcho, isEcho, lineAtTop, revealLine, sourceAt } from './scroll-sync';
import { strings } from './strings';
import { SheetFlow } from './flow';
import { applyUpdate, isStale, repaginate, type Shown } from './view';
import { isUserScroll, onUserScrollIntent, watchUserScrolling } from './user-scroll';
import { applyZoom } from './zoom';

const pagesEl = document.getElementById('gm-pages') as HTMLElement;
const toolbar = document.getElementById('gm-toolbar') as HTMLElement;
const banner = document.getElementById('gm-banner') as HTMLElement;
const initial = readInitial();
const shown: Shown = { version: -1, pages: 0 };
const flow = new SheetFlow(pagesEl);
let options: PreviewOptions | undefined = initial.options;
let locked = savedState().locked ?? initial.locked ?? false;
let zoom: ZoomMode = savedState().zoom ?? 'fit-width';

function readInitial(): { uri?: string; locked?: boolean; options?: PreviewOptions } {
  try {
    return JSON.parse(document.body.dataset.state ?? '{}');
  } catch {
    return {};
  }
}

function refreshChrome(): void {
  updateToolbar(toolbar, strings(options), { zoom, pages: shown.pages, locked });
}

function setZoom(mode: ZoomMode): void {
  zoom = mode;
  saveState({ zoom });
  applyZoom(pagesEl, zoom);
  refreshChrome();
}

/** The last page received, which the extension's next delta is made against. */
let pageBase: PageBase | undefined;

function onUpdate(delivered: ToWebview.Update): void {
  if (isStale(shown, delivered)) return;
  const rebuilt = withFullPage(pageBase, delivered);
  if (!rebuilt) return post({ type: 'ready' }); // a delta against a page this webview does not have: ask for the whole page
  const [message, base] = rebuilt;
  pageBase = base;
  const firstOfFile = shown.uri !== message.uri;
  const reloaded = firstOfFile && savedState().uri === message.uri;
  options = message.options;
  locked = message.locked;
  saveState({ uri: message.uri, locked });
  const changed = applyUpdate(shown, flow, message);
  if (changed) applyZoom(pagesEl, zoom);
  const page = shown.page === undefined ? 'none' : message.page === undefined ? 'stale' : 'current';
  updateBanner(banner, strings(options), message.errors, page, (line, character) =>
    post({ type: 'openSource', line, character }),
  );
  refreshChrome();
  updateInvitees(toolbar, strings(options), message.invitees);
  if (firstOfFile) restoreScroll(message, reloaded);
  post({ type: 'rendered', version: message.version, pages: Math.max(1, shown.pages) });
}

/** First render of a file: back where the user was (the webview was reloaded), else where the editor is. */
function restoreScroll(message: ToWebview.Update, reloaded: boolean): void {
  const y = reloaded ? savedState().scrollY : undefined;
  if (y !== undefined && y > 0) window.scrollTo(0, y);
  else if (message.line !== undefined && options?.scrollPreviewWithEditor) revealLine(message.line, 'scroll');
  else window.scrollTo(0, 0);
}

function onMessage(message: ToWebview.Message): void {
  switch (message.type) {
    case 'update':
      return onUpdate(message);
    case 'reveal':
      if (message.uri === shown.uri && message.version >= shown.version && options?.scrollPreviewWithEditor)
        revealLine(message.line, message.mode);
      return;
    case 'lock':
      locked = message.locked;
      saveState({ locked });
      return refreshChrome();
    default:
      return assertNever(message);
  }
}

function assertNever(message: never): void {
  console.warn('giaymoi preview: unknown message', message);
}

let scrollTimer: number | undefined;
/** Sends the line at the top to the editor, at most every 50 ms, for the user's own scrolling only. */
function onScroll(): void {
  saveState({ scrollY: window.scrollY });
  if (isEcho() || !isUserScroll() || scrollTimer !== undefined) return;
  scrollTimer = window.setTimeout(() => {
    scrollTimer = undefined;
    const line = lineAtTop();
    if (!isEcho() && line !== undefined && options?.scrollEditorWithPreview)
      post({ type: 'revealLine', version: shown.version, line });
  }, 50);
}

function onDoubleClick(event: MouseEvent): void {
  if (!options?.doubleClickToSwitchToEditor) return;
  const at = sourceAt(event.target);
  if (at) post({ type: 'openSource', ...at });
}

buildToolbar(toolbar, setZoom, (index) => post({ type: 'pickInvitee', index }));
refreshChrome();
window.addEventListener('message', (event: MessageEvent) => onMessage(event.data as ToWebview.Message));
watchUserScrolling();
onUserScrollIntent(cancelEcho);
window.addEventListener('scroll', onScroll, { passive: true });
window.addEventListener('resize', () => applyZoom(pagesEl, zoom));
document.addEventListener('dblclick', onDoubleClick);
void document.fonts?.ready.then(() => {
  repaginate(shown, flow);
  refreshChrome();
});
saveState({ uri: savedState().uri ?? initial.uri, locked });
post({ type: 'ready' });
