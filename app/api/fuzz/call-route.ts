// Calls one route handler in-process the way Next does (a web Request and promised params),
// with a deadline, and reads the answer whatever its content type.
import { ORIGIN } from '@/lib/testing/http';

export type RouteHandler = (req: Request, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

export interface FuzzRequest {
  method: string;
  path: string;
  params: Record<string, string | string[]>;
  query?: string;
  /** Raw body text (already JSON, or deliberately not). */
  body?: string;
}

export interface FuzzAnswer {
  status: number;
  /** The parsed JSON body, or undefined when it is not JSON. */
  json: unknown;
  /** True when the handler did not answer within the deadline. */
  hung: boolean;
}

export async function callRoute(handler: RouteHandler, r: FuzzRequest, cookie: string, deadlineMs: number): Promise<FuzzAnswer> {
  const headers = new Headers({ host: 'localhost:3000', cookie, origin: ORIGIN });
  if (r.body !== undefined) headers.set('content-type', 'application/json');
  const url = `${ORIGIN}${r.path}${r.query ? `?${r.query}` : ''}`;
  const req = new Request(url, { method: r.method, headers, body: r.body });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'hung'>((resolve) => {
    timer = setTimeout(() => resolve('hung'), deadlineMs);
  });
  try {
    const res = await Promise.race([handler(req, { params: Promise.resolve(r.params) }), deadline]);
    if (res === 'hung') return { status: 0, json: undefined, hung: true };
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, json, hung: false };
  } finally {
    clearTimeout(timer);
  }
}

/** True when `json` is the API's one error envelope `{ error: { code, message, issues } }`. */
export function isErrorEnvelope(json: unknown): boolean {
  const error = (json as { error?: { code?: unknown; message?: unknown; issues?: unknown } } | undefined)?.error;
  return (
    typeof error?.code === 'string' &&
    typeof error.message === 'string' &&
    Array.isArray(error.issues) &&
    error.issues.every((i: { path?: unknown; message?: unknown }) => typeof i.path === 'string' && typeof i.message === 'string')
  );
}
