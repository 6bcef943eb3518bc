// The Content-Security-Policy (a nonce per request) and HSTS are set by proxy.ts.
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native/wasm database drivers load their files from node_modules at run time; piscina starts
  // its threads from its own files there (lib/workers/pool.ts).
  serverExternalPackages: ['@electric-sql/pglite', 'pg', 'proper-lockfile', 'piscina'],
  poweredByHeader: false,
  // npm test type-checks the whole project, Next's route types included (next typegen, then tsc),
  // before it builds, and says so with CONSOLE_TYPES_CHECKED=1: the build's own check would
  // repeat it (45 s of a 103 s build). Every other build checks types.
  typescript: { ignoreBuildErrors: process.env.CONSOLE_TYPES_CHECKED === '1' },
  // forbidden() renders the 403 page of a route group.
  experimental: { authInterrupts: true },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

export default nextConfig;
