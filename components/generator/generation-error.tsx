'use client';
// A failed generation, said plainly: the request's field errors, DSL errors by line:column,
// "nothing to generate" with the generator's suggestions, the language model's failure, or
// the rate limit with when to try again.
import { AlertTriangle } from 'lucide-react';
import { ApiClientError } from '@/lib/http/api-fetch';

export interface GenerationErrorProps {
  error: unknown;
}

const TITLES: Record<string, string> = {
  invalid_request: 'The request is invalid',
  invalid_dsl: 'The DSL has errors',
  nothing_to_generate: 'Nothing to generate',
  ai_provider_error: 'The language model failed',
  rate_limited: 'Too many generations',
  forbidden: 'Not allowed',
  no_result: 'Nothing to refine',
};

const PROVIDER_KIND: Record<string, string> = {
  timeout: 'It took too long to answer.',
  http: 'Its server answered with an error or could not be reached.',
  'invalid-answer': 'Its answer stayed invalid after one correction.',
};

export function GenerationError({ error }: GenerationErrorProps) {
  const e = error instanceof ApiClientError ? error : null;
  const body = (e?.body ?? {}) as { suggestions?: string[]; warnings?: string[]; kind?: string; providerStatus?: number };
  const title = (e && TITLES[e.code]) ?? 'The generation failed';
  const issues = e?.issues.filter((i) => i.message) ?? [];
  return (
    <div role="alert" className="rounded-lg border border-danger/40 bg-danger/5 p-4 text-sm">
      <div className="flex items-start gap-2">
        <AlertTriangle className="mt-0.5 h-4 w-4 shrink-0 text-danger" aria-hidden />
        <div className="min-w-0 space-y-2">
          <p className="font-semibold text-danger">
            {title}
            {e && <span className="ml-2 font-mono text-xs font-normal text-muted">HTTP {e.status}</span>}
          </p>
          {e?.code === 'ai_provider_error' && body.kind && (
            <p>
              {PROVIDER_KIND[body.kind] ?? ''} {body.providerStatus ? `(HTTP ${body.providerStatus})` : ''}
            </p>
          )}
          {/* DSL errors repeat their issues in the message; show the list only. */}
          {!(e?.code === 'invalid_dsl' && issues.length) && <p className="whitespace-pre-wrap break-words">{error instanceof Error ? error.message : String(error)}</p>}
          {issues.length > 0 && (
            <ul className="space-y-0.5">
              {issues.map((i, n) => (
                <li key={n}>
                  {i.path && <code className="mr-1.5 rounded bg-surface-2 px-1 font-mono text-xs">{i.path}</code>}
                  {i.message}
                </li>
              ))}
            </ul>
          )}
          {body.suggestions && body.suggestions.length > 0 && (
            <div>
              <p className="font-medium">Try:</p>
              <ul className="list-disc space-y-0.5 pl-5">
                {body.suggestions.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
