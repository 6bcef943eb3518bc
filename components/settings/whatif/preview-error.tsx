import { AlertTriangle } from 'lucide-react';
import { ApiClientError } from '@/lib/http/api-fetch';

export interface PreviewErrorProps {
  error: Error;
  what: string;
}

/** Why a preview is not shown: an invalid draft names the field, anything else says so. */
export function PreviewError({ error, what }: PreviewErrorProps) {
  const invalid = error instanceof ApiClientError && error.status === 400;
  const issue = invalid ? error.issues[0] : undefined;
  return (
    <div role="alert" className="flex gap-2 rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-xs text-fg">
      <AlertTriangle className="mt-0.5 h-3.5 w-3.5 shrink-0 text-warning" aria-hidden />
      <p>
        {invalid ? `The edited ${what} settings are not valid yet` : `The ${what} preview failed: ${error.message}`}
        {issue && (
          <>
            {': '}
            <code className="font-mono">{issue.path.replace(/^config\./, '')}</code> {issue.message}
          </>
        )}
      </p>
    </div>
  );
}
