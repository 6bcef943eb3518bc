// Maps configured PEM text to TLS settings. A certificate with its private key (in the same
// PEM, or given apart as a registry's `privateKey`) is a client identity for mutual TLS; a
// bare certificate is a CA to trust, the usual case of a self-hosted service with its own CA.
import type { TlsSettings } from './types';

const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;

export function tlsFromPem(certificate: string | undefined, privateKey?: string): TlsSettings | undefined {
  const pem = certificate?.trim();
  if (!pem) return undefined;
  if (privateKey?.trim()) return { cert: pem, key: privateKey };
  if (PRIVATE_KEY.test(pem)) return { cert: pem, key: pem };
  return { ca: pem };
}
