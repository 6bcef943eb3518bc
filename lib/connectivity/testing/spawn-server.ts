// Test helper: starts a real server process, waits until it answers, and stops it for sure
// (afterAll calls stop(); a process 'exit' hook covers a test run that dies first).
import { spawn, type ChildProcess } from 'node:child_process';

export interface RunningServer {
  process: ChildProcess;
  /** Everything the server printed, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

export interface SpawnServerOptions {
  /** Resolves true once the server accepts requests. */
  ready: () => Promise<boolean>;
  readyTimeoutMs?: number;
  cwd?: string;
}

export async function spawnServer(command: string, args: string[], opts: SpawnServerOptions): Promise<RunningServer> {
  const child = spawn(command, args, { cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + (opts.readyTimeoutMs ?? 20_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if (await opts.ready().catch(() => false)) return { process: child, output: () => log, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`${command} did not become ready:\n${log.slice(-2000)}`);
}
