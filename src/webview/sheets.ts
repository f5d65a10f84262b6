/** The A4 sheets the units are laid onto: made, numbered and filled (the contact block stays on sheet 1, outside the flow). */

/** An empty sheet with its page number (PL I-P.I-M.I-k.7: numbers from page 2). */
export function newSheet(n: number): HTMLElement {
  const sheet = document.createElement('section');
  sheet.className = 'gm-sheet';
  const content = document.createElement('div');
  content.className = 'gm-content';
  sheet.appendChild(content);
  numberSheet(sheet, n);
  return sheet;
}

/** Gives `sheet` the 1-based number `n` (shown from page 2), touching nothing when it already has it. */
export function numberSheet(sheet: HTMLElement, n: number): void {
  if (sheet.dataset.page === String(n)) return;
  sheet.dataset.page = String(n);
  let number = sheet.querySelector<HTMLElement>(':scope > .gm-pno');
  if (n === 1) return number?.remove();
  if (!number) {
    number = document.createElement('div');
    number.className = 'gm-pno';
    sheet.prepend(number);
  }
  number.textContent = String(n);
}

/** The sheet's text area. */
export function contentOf(sheet: HTMLElement): HTMLElement {
  return sheet.querySelector<HTMLElement>(':scope > .gm-content') as HTMLElement;
}

/** Makes `elements` the content of `sheet`, in order; an element already in place is not moved (moving lays it out again). */
export function fillSheet(sheet: HTMLElement, elements: readonly HTMLElement[]): void {
  const content = contentOf(sheet);
  const children = content.children;
  elements.forEach((e, i) => {
    if (children[i] !== e) content.insertBefore(e, children[i] ?? null);
  });
  while (children.length > elements.length) content.lastElementChild!.remove();
}

/** Puts page 1's footer (the contact block) on `sheet` from its HTML ('' for none). */
export function setContact(sheet: HTMLElement, html: string): void {
  sheet.querySelector(':scope > .gm-contact')?.remove();
  if (html) sheet.insertAdjacentHTML('beforeend', html);
}
