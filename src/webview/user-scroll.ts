/**
 * Which scrolls the user made. Only those may move the editor: a scroll that
 * comes from the page itself (the error banner changing height, re-pagination,
 * zoom, an update, the browser's scroll anchoring) or from our own revealing
 * is never sent back, so nothing moves under the user's hands.
 */

/** How long after an input a scroll still belongs to it (a wheel's or a key's smooth scroll runs on). */
const INTENT_MS = 600;
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ', 'Spacebar']);

let until = 0;
let pointerHeld = false;
const listeners: (() => void)[] = [];

function intent(): void {
  until = performance.now() + INTENT_MS;
  listeners.forEach((listener) => listener());
}

/** The toolbar and banner: pressing their buttons (zoom, first error) changes the layout, which is not a user scroll. */
function onControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('#gm-top, button, input, select, textarea') !== null;
}

/** True while a scroll event can only be the user's: wheel, touch, scroll keys, or the scrollbar dragged. */
export function isUserScroll(): boolean {
  return pointerHeld || performance.now() < until;
}

/** Calls `listener` each time the user starts scrolling (to cancel a programmatic scroll in flight). */
export function onUserScrollIntent(listener: () => void): void {
  listeners.push(listener);
}

/** Starts listening to the inputs that scroll a page. */
export function watchUserScrolling(target: Window = window): void {
  target.addEventListener('wheel', intent, { passive: true });
  target.addEventListener('touchmove', intent, { passive: true });
  target.addEventListener('keydown', (event) => {
    if (SCROLL_KEYS.has(event.key) && !onControl(event.target)) intent();
  });
  target.addEventListener('pointerdown', (event) => {
    if (!onControl(event.target)) {
      pointerHeld = true;
      intent();
    }
  });
  target.addEventListener('pointerup', () => {
    pointerHeld = false;
    intent();
  });
  target.addEventListener('pointercancel', () => {
    pointerHeld = false;
  });
  target.addEventListener('blur', () => {
    pointerHeld = false;
  });
}
