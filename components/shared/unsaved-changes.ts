'use client';
// Unsaved edits must not vanish silently: leaving the page (closing the tab, following a link,
// switching plugins) asks first while a settings form is dirty.
import { useEffect } from 'react';

const MESSAGE = 'You have unsaved changes. Leave this page and lose them?';
let dirtyForms = 0;

/** For navigation the guard cannot see (router.push): ask before leaving. */
export function confirmLeave(): boolean {
  return dirtyForms === 0 || window.confirm(MESSAGE);
}

export function useUnsavedChangesGuard(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    dirtyForms++;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
    };
    const onClick = (e: MouseEvent) => {
      const link = (e.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      if (!link || link.target === '_blank' || link.hasAttribute('download') || e.defaultPrevented) return;
      const url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin || url.pathname === window.location.pathname) return;
      if (!window.confirm(MESSAGE)) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      dirtyForms--;
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty]);
}
