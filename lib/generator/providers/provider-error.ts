/*
 * A language-model provider failure, typed so the page can say what happened: the model took
 * too long, the server answered with an HTTP error (or could not be reached), or its answer
 * stayed invalid after one correction round. Extends ApiError so routes map it to the envelope.
 */
import { ApiError } from '@/lib/errors';

export type ProviderErrorKind = 'timeout' | 'http' | 'invalid-answer';

export class GeneratorProviderError extends ApiError {
  constructor(
    readonly kind: ProviderErrorKind,
    message: string,
    readonly providerStatus?: number,
    readonly problems: string[] = [],
  ) {
    super(kind === 'timeout' ? 504 : 502, 'ai_provider_error', message, problems.map((p) => ({ path: '', message: p })), {
      kind,
      ...(providerStatus ? { providerStatus } : {}),
    });
    this.name = 'GeneratorProviderError';
  }
}
