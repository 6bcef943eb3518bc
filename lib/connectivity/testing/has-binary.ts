// Test helper: whether a server binary (redis-server, etcd, openssl) can be started here.
import { spawnSync } from 'node:child_process';

export function hasBinary(name: string, versionFlag = '--version'): boolean {
  const run = spawnSync(name, [versionFlag], { stdio: 'ignore', timeout: 10_000 });
  return run.error === undefined;
}

/** A suite title that says why it was skipped, e.g. "… (skipped: redis-server not found; install Debian package redis-server)". */
export function needs(title: string, binaries: Record<string, string>, versionFlags: Record<string, string> = {}): [string, boolean] {
  const missing = Object.keys(binaries).filter((b) => !hasBinary(b, versionFlags[b]));
  if (missing.length === 0) return [title, false];
  const packages = missing.map((b) => binaries[b]).join(' ');
  return [`${title} (skipped: ${missing.join(', ')} not found; install Debian package${missing.length > 1 ? 's' : ''} ${packages})`, true];
}
