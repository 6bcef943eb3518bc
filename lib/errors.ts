// Errors that map to the API's one error envelope. lib/ code throws these; the route wrapper
// turns them into `{ error: { code, message, issues } }` with the right status.

import type { z } from 'zod';
import { toApiIssues, type ApiIssue } from '@/schemas/api';

export type IssueItem = ApiIssue;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: IssueItem[] = [],
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} was not found`);
export const conflict = (message: string, details?: Record<string, unknown>) =>
  new ApiError(409, 'conflict', message, [], details);
export const badRequest = (message: string, issues: IssueItem[] = []) =>
  new ApiError(400, 'invalid_request', message, issues);
export const forbidden = (message = 'You do not have permission to do this') =>
  new ApiError(403, 'forbidden', message);
export const unauthorized = (message = 'Sign in, or send an API token') => new ApiError(401, 'unauthorized', message);

/** Zod issues as the envelope's `{ path, message }` items (`upstream.0.auth.token`). */
export function zodIssues(error: z.ZodError, prefix: (string | number)[] = []): IssueItem[] {
  return toApiIssues(error.issues, prefix);
}
