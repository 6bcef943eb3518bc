'use client';
// The list of errors at the top of the form after a submit attempt; each links to (and
// focuses) the field it concerns.
import { forwardRef, useSyncExternalStore } from 'react';
import { AlertCircle } from 'lucide-react';
import type { ErrorStore } from './error-store';
import { labelTrail, type SchemaInfo } from './introspect';
import { pathToId } from './paths';

export interface ErrorSummaryProps {
  store: ErrorStore;
  root: SchemaInfo;
  formId: string;
  onSelect: (path: string) => void;
}

export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary({ store, root, formId, onSelect }, ref) {
  useSyncExternalStore(
    (l) => store.subscribeAll(l),
    () => store.getVersion(),
    () => 0,
  );
  const entries = store.entries();
  if (entries.length === 0) return null;
  const headingId = `${formId}-summary-heading`;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="region"
      aria-labelledby={headingId}
      className="rounded-lg border border-danger/40 bg-danger/5 p-4 focus:outline-none focus-visible:ring-2 focus-visible:ring-danger/40"
    >
      <h2 id={headingId} className="flex items-center gap-2 text-sm font-semibold text-danger">
        <AlertCircle className="h-4 w-4" aria-hidden />
        {entries.length === 1 ? '1 problem to fix before saving' : `${entries.length} problems to fix before saving`}
      </h2>
      <ul className="mt-2 space-y-1 text-sm">
        {entries.map(([path, message]) => (
          <li key={path}>
            <a
              href={`#${pathToId(formId, path)}`}
              className="text-fg underline decoration-danger/50 underline-offset-2 hover:decoration-danger"
              onClick={(e) => {
                e.preventDefault();
                onSelect(path);
              }}
            >
              <span className="font-medium">{path === '' ? 'Document' : labelTrail(root, path).join(' › ')}</span>
              <span className="text-muted">: {message}</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});
