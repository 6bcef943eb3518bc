// How each answer of the registry test is read: pass, fail (with the exact error) or
// unsupported. Kept apart from the requests so the rules can be read in one place.
import { jsonObject, type HttpAnswer } from './http-request';
import type { RegistryCheck } from './test-registry-upstream';
import type { ConnectivityError } from './types';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function authFailure(answer: HttpAnswer, request: string): ConnectivityError {
  return { kind: 'auth', code: `HTTP_${answer.status}`, message: `authentication failed: ${request} answered ${answer.status} ${answer.statusText}`.trim() };
}

export interface Verdict {
  check: Pick<RegistryCheck, 'passed' | 'detail'>;
  error?: ConnectivityError;
  username?: string;
}

export function pingVerdict(answer: HttpAnswer, request: string): Verdict {
  if (answer.status === 401 || answer.status === 403) {
    const error = authFailure(answer, request);
    return { check: { passed: false, detail: error.message }, error };
  }
  if (answer.status === 200 && jsonObject(answer)) {
    return { check: { passed: true, detail: 'answered 200 with a JSON object, as npm registries do' } };
  }
  if (answer.status === 200) {
    const type = answer.contentType.split(';')[0] || 'no content type';
    const detail = `answered 200 with ${type}, not JSON: this URL does not answer like an npm registry`;
    return { check: { passed: false, detail }, error: { kind: 'protocol', code: 'NOT_NPM_REGISTRY', message: `${request} ${detail}` } };
  }
  const detail = `answered ${answer.status} ${answer.statusText}`.trim();
  const hint = answer.status === 404 ? ': not an npm-style registry, or one without /-/ping (name a package to probe instead)' : '';
  return {
    check: { passed: answer.status === 404 ? null : false, detail: detail + hint },
    error: { kind: 'http', code: `HTTP_${answer.status}`, message: `${request} ${detail}${hint}` },
  };
}

export function whoamiVerdict(answer: HttpAnswer, request: string): Verdict {
  if (answer.status === 401 || answer.status === 403) {
    const error = authFailure(answer, request);
    return { check: { passed: false, detail: error.message }, error };
  }
  if (answer.status !== 200) {
    return { check: { passed: null, detail: `answered ${answer.status}: the registry does not support /-/whoami, so the credentials are unproven` } };
  }
  const username = jsonObject(answer)?.username;
  if (typeof username === 'string' && username) {
    return { check: { passed: true, detail: `the credentials are accepted as user ${username}` }, username };
  }
  const message = `authentication failed: ${request} answered without a user name, so the registry treated the request as anonymous`;
  return { check: { passed: false, detail: message }, error: { kind: 'auth', code: 'ANONYMOUS', message } };
}

export function packumentVerdict(answer: HttpAnswer, request: string, name: string): Verdict {
  if (answer.status === 401 || answer.status === 403) {
    const error = authFailure(answer, request);
    return { check: { passed: false, detail: error.message }, error };
  }
  if (answer.status === 404) {
    const message = `${request} answered 404: package ${name} was not found on this registry`;
    return { check: { passed: false, detail: message }, error: { kind: 'http', code: 'HTTP_404', message } };
  }
  const body = answer.status === 200 ? jsonObject(answer) : undefined;
  if (body && isObject(body.versions) && isObject(body['dist-tags'])) {
    const count = Object.keys(body.versions).length;
    return { check: { passed: true, detail: `a packument of ${name} with ${count} version(s) and dist-tags` } };
  }
  // A cut body cannot be parsed; a registry that sends megabytes of JSON is npm-like enough.
  if (answer.status === 200 && answer.truncated && answer.body.trimStart().startsWith('{')) {
    return { check: { passed: true, detail: `a large JSON document for ${name} (cut before parsing)` } };
  }
  const message = `${request} answered ${answer.status} without versions and dist-tags: not an npm packument`;
  return { check: { passed: false, detail: message }, error: { kind: answer.status === 200 ? 'protocol' : 'http', code: answer.status === 200 ? 'NOT_NPM_REGISTRY' : `HTTP_${answer.status}`, message } };
}
