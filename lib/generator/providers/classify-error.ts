/*
 * Maps whatever the AI SDK threw to a GeneratorProviderError: our own timeout, an HTTP status
 * from the server, or a server that could not be reached. A caller's own abort is passed through.
 */
import { APICallError, RetryError } from 'ai';
import { GeneratorProviderError } from './provider-error';

export function classifyProviderError(error: unknown, timeout: AbortSignal, timeoutMs: number, caller?: AbortSignal): unknown {
  if (error instanceof GeneratorProviderError) return error;
  if (caller?.aborted) return caller.reason ?? error;
  if (timeout.aborted) return new GeneratorProviderError('timeout', `The language model did not answer within ${Math.round(timeoutMs / 1000)} s.`);
  const cause = RetryError.isInstance(error) ? error.lastError : error;
  if (APICallError.isInstance(cause)) {
    if (cause.statusCode) {
      return new GeneratorProviderError('http', `The language model server answered HTTP ${cause.statusCode}: ${shorten(cause.responseBody ?? cause.message)}`, cause.statusCode);
    }
    return new GeneratorProviderError('http', `Could not reach the language model server at ${cause.url}: ${shorten(cause.message)}`);
  }
  return new GeneratorProviderError('http', `The language model call failed: ${shorten(error instanceof Error ? error.message : String(error))}`);
}

function shorten(text: string): string {
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
