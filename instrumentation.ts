// Next.js calls register() once when a server process starts: start the background jobs there
// (never during `next build`, and only in the Node.js runtime).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  // Before the server handles its first request: route handlers learn each connection's peer.
  const { installPeerStamp } = await import('./lib/auth/client-address');
  installPeerStamp();
  const { startJobsOrExit } = await import('./lib/jobs/start-jobs');
  await startJobsOrExit();
}
