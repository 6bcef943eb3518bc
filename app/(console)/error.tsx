'use client';
import { AlertTriangle } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

export default function ConsoleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <EmptyState icon={AlertTriangle} title="This page failed to load" action={<Button onClick={reset}>Try again</Button>}>
      {error.message || 'An unexpected error occurred.'}
      {error.digest && <span className="mt-1 block font-mono text-xs">Reference: {error.digest}</span>}
    </EmptyState>
  );
}
