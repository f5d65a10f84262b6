/** The preview's own chrome around the sheets: zoom buttons, page count, lock, and the error banner. */
import type { ErrorSummary, Invitees, ZoomMode } from '../protocol';
import type { Strings } from './strings';

const MODES: readonly ZoomMode[] = ['fit-width', 'actual', 'fit-page'];

/** Builds the toolbar once; `onZoom` gets the chosen mode, `onPick` the chosen invitee of a list invitation. */
export function buildToolbar(
  bar: HTMLElement,
  onZoom: (mode: ZoomMode) => void,
  onPick: (index: number) => void,
): void {
  bar.replaceChildren();
  const group = document.createElement('div');
  group.className = 'gm-zoom';
  group.setAttribute('role', 'group');
  for (const mode of MODES) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.zoom = mode;
    button.addEventListener('click', () => onZoom(mode));
    group.appendChild(button);
  }
  const info = document.createElement('span');
  info.className = 'gm-info';
  const picker = document.createElement('select');
  picker.className = 'gm-invitee';
  picker.hidden = true;
  picker.addEventListener('change', () => onPick(Number(picker.value)));
  bar.append(group, picker, info);
}

/** Fills the invitee picker (hidden when the invitation has no list); options are text, never HTML. */
export function updateInvitees(bar: HTMLElement, s: Strings, invitees: Invitees | undefined): void {
  const picker = bar.querySelector<HTMLSelectElement>('select.gm-invitee');
  if (!picker) return;
  picker.hidden = !invitees || invitees.labels.length === 0;
  if (!invitees) return picker.replaceChildren();
  picker.setAttribute('aria-label', s.invitee);
  const same =
    picker.options.length === invitees.labels.length &&
    invitees.labels.every((label, i) => picker.options[i].textContent === `${i + 1}. ${label}`);
  if (!same) {
    picker.replaceChildren(
      ...invitees.labels.map((label, i) => {
        const option = document.createElement('option');
        option.value = String(i);
        option.textContent = `${i + 1}. ${label}`;
        return option;
      }),
    );
  }
  picker.value = String(invitees.selected);
  picker.title = picker.selectedOptions[0]?.textContent ?? '';
}

/** Refreshes the toolbar's labels, pressed button, page count and lock. */
export function updateToolbar(
  bar: HTMLElement,
  s: Strings,
  state: { zoom: ZoomMode; pages: number; locked: boolean },
): void {
  const labels: Record<ZoomMode, string> = { 'fit-width': s.fitWidth, actual: s.actual, 'fit-page': s.fitPage };
  bar.querySelectorAll<HTMLButtonElement>('button[data-zoom]').forEach((b) => {
    const mode = b.dataset.zoom as ZoomMode;
    b.textContent = labels[mode];
    b.setAttribute('aria-pressed', String(mode === state.zoom));
  });
  bar.querySelector('.gm-zoom')?.setAttribute('aria-label', s.zoom);
  const info = bar.querySelector('.gm-info');
  if (!(info instanceof HTMLElement)) return;
  info.textContent = [s.pages(state.pages), state.locked ? s.locked : ''].filter(Boolean).join(' · ');
  info.title = info.textContent; // the whole of it, when a narrow toolbar cuts it short
}

/** What the page under the banner is: this version's, an older valid one, or none yet. */
export type PageState = 'current' | 'stale' | 'none';

/** Shows or hides the banner: error count and the first error; a click reveals it in the editor. */
export function updateBanner(
  banner: HTMLElement,
  s: Strings,
  errors: ErrorSummary,
  page: PageState,
  reveal: (line: number, character: number) => void,
): void {
  banner.hidden = errors.count === 0 && page !== 'none';
  banner.replaceChildren();
  if (banner.hidden) return;
  const head = document.createElement('strong');
  head.textContent =
    page === 'none'
      ? `${errors.count ? s.errorsWithPage(errors.count) + ' ' : ''}${s.noPage}`
      : page === 'stale'
        ? s.errors(errors.count)
        : s.errorsWithPage(errors.count);
  banner.appendChild(head);
  const first = errors.first;
  if (!first) return;
  const link = document.createElement('button');
  link.type = 'button';
  link.className = 'gm-first-error';
  link.textContent = `${first.message} ${s.at(first.line + 1)}`;
  link.addEventListener('click', () => reveal(first.line, first.character));
  banner.appendChild(link);
}
