// One process owns an embedded data folder: PGlite has no multi-process support, and two
// writers would corrupt it. A second process stops with a clear message instead.
import lockfile from 'proper-lockfile';

export class DataDirLockedError extends Error {
  constructor(dir: string) {
    super(
      `The data folder ${dir} is in use by another console process. ` +
        'Stop that process, or point CONSOLE_DATA_DIR at another folder. ' +
        '(A lock left by a crashed process expires after 10 seconds.)',
    );
    this.name = 'DataDirLockedError';
  }
}

/** Takes the folder's lock (refreshed in the background) and returns its release function. */
export async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dir, {
      lockfilePath: `${dir}/console.lock`,
      stale: 10_000,
      update: 2_000,
      realpath: false,
      onCompromised: (err) => {
        // Losing the lock means another process may write: stop rather than corrupt data.
        console.error(`Lost the lock on ${dir}: ${err.message}`);
        process.exit(1);
      },
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataDirLockedError(dir);
    throw err;
  }
}
