'use client';
import { AlertTriangle } from 'lucide-react';
import { Button } from '@/components/ui/button';

export interface QueryErrorProps {
  what: string;
  error: Error;
  onRetry: () => void;
}

/** A failed fetch inside a page section: what failed, the server's message, and a retry. */
export function QueryError({ what, error, onRetry }: QueryErrorProps) {
  return (
    <div role="alert" className="flex flex-wrap items-center gap-3 rounded-md border border-danger/30 bg-danger/5 px-3 py-2 text-sm">
      <AlertTriangle className="h-4 w-4 shrink-0 text-danger" aria-hidden />
      <span className="min-w-0 flex-1">
        <span className="font-medium">Could not load {what}.</span> <span className="text-muted">{error.message}</span>
      </span>
      <Button size="sm" onClick={onRetry}>
        Retry
      </Button>
    </div>
  );
}
