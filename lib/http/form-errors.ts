// Puts an API error's field issues onto a react-hook-form-like setError, returning the
// message for a form-level alert when an issue has no matching field.
import { ApiClientError } from './api-fetch';

export function applyApiErrors(err: unknown, setError: (name: never, e: { message: string }) => void, fields: readonly string[]): string | null {
  if (!(err instanceof ApiClientError)) return err instanceof Error ? err.message : 'Request failed';
  let unmatched: string | null = err.issues.length ? null : err.message;
  for (const issue of err.issues) {
    // A list's item (`dependsOn.2`) belongs to the list's field.
    const field = fields.find((f) => issue.path === f || issue.path.startsWith(`${f}.`));
    if (field) setError(field as never, { message: issue.message });
    else unmatched = `${issue.path ? `${issue.path}: ` : ''}${issue.message}`;
  }
  return unmatched;
}
