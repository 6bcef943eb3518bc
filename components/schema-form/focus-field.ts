// Moving focus to the field an error concerns (from the error summary). The field may sit in a
// collapsed list item: the lists are asked to open, and the search is retried for a few frames;
// failing that, the nearest enclosing section gets focus.
import { ancestorsOf } from './paths';

export type Revealer = (path: string) => boolean;

function find(container: HTMLElement, path: string): HTMLElement | null {
  return (
    container.querySelector<HTMLElement>(`[data-sf-path="${CSS.escape(path)}"]`) ??
    container.querySelector<HTMLElement>(`[data-sf-section="${CSS.escape(path)}"]`)
  );
}

function focusElement(el: HTMLElement): void {
  // Sections are not focusable by themselves.
  if (!el.matches('input,select,textarea,button,a[href]') && !el.hasAttribute('tabindex')) el.tabIndex = -1;
  el.scrollIntoView({ block: 'center' });
  el.focus();
}

export function focusField(container: HTMLElement | null, path: string, revealers: Iterable<Revealer>, attempts = 6): void {
  if (!container) return;
  const el = find(container, path);
  if (el) {
    focusElement(el);
    return;
  }
  for (const reveal of revealers) reveal(path);
  if (attempts > 0) {
    requestAnimationFrame(() => focusField(container, path, revealers, attempts - 1));
    return;
  }
  for (const ancestor of ancestorsOf(path)) {
    const near = find(container, ancestor);
    if (near) {
      focusElement(near);
      return;
    }
  }
}
