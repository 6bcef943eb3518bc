import { describe, expect, it } from 'vitest';
import { describeError } from './describe-error';
import { displayEndpoint, redactSecrets } from './redact-secrets';
import { tlsFromPem } from './tls-from-pem';

describe('redactSecrets / displayEndpoint', () => {
  it('removes each secret, raw and URL-encoded', () => {
    expect(redactSecrets('bad p@ss:word and p%40ss%3Aword', ['p@ss:word'])).toBe('bad [redacted] and [redacted]');
  });

  it('leaves very short values alone so messages stay readable', () => {
    expect(redactSecrets('connect ECONNREFUSED', ['E'])).toBe('connect ECONNREFUSED');
  });

  it('strips the password from an endpoint URL but keeps the user', () => {
    expect(displayEndpoint('redis://app:hunter22@cache:6379/0')).toBe('redis://app@cache:6379/0');
    expect(displayEndpoint('redis://cache:6379')).toBe('redis://cache:6379');
    expect(displayEndpoint('not a url //u:p@x')).toBe('not a url //x');
  });
});

describe('describeError', () => {
  it('keeps the exact errno code and classifies it', () => {
    const err = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    expect(describeError(err)).toEqual({ kind: 'refused', code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:1' });
  });

  it('takes a Redis reply code from the first word', () => {
    const err = Object.assign(new Error('WRONGPASS invalid username-password pair'), { name: 'ReplyError' });
    expect(describeError(err)).toMatchObject({ kind: 'auth', code: 'WRONGPASS' });
  });

  it('classifies certificate codes as TLS and redacts secrets', () => {
    const err = Object.assign(new Error('self-signed certificate for tok-12345'), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    expect(describeError(err, ['tok-12345'])).toEqual({ kind: 'tls', code: 'DEPTH_ZERO_SELF_SIGNED_CERT', message: 'self-signed certificate for [redacted]' });
  });
});

describe('tlsFromPem', () => {
  const cert = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----';
  const key = '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----';
  it('reads a bare certificate as a CA, and one with a key as a client identity', () => {
    expect(tlsFromPem(undefined)).toBeUndefined();
    expect(tlsFromPem(cert)).toEqual({ ca: cert });
    expect(tlsFromPem(cert, key)).toEqual({ cert, key });
    expect(tlsFromPem(`${cert}\n${key}`)).toEqual({ cert: `${cert}\n${key}`, key: `${cert}\n${key}` });
  });
});
