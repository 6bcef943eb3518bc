// The body-size guard of better-auth's endpoints: they take small JSON (email, password), so a
// body over the limit is refused with 413 from its declared length or while it streams in,
// without being buffered whole or parsed.
import { ApiError } from '../errors';
import { readBodyText } from './read-body';
import { errorResponse } from './route';

/** Largest body a sign-in, sign-out or session request may carry. */
export const MAX_AUTH_BODY_BYTES = 16 * 1024;

/** The request with its body read within the limit, or the 413 response that refuses it. */
export async function limitAuthBody(req: Request, maxBytes = MAX_AUTH_BODY_BYTES): Promise<Request | Response> {
  if (!req.body) return req;
  try {
    const text = await readBodyText(req, maxBytes);
    return new Request(req.url, { method: req.method, headers: req.headers, body: text, signal: req.signal });
  } catch (err) {
    if (err instanceof ApiError) return errorResponse(err);
    throw err;
  }
}
