/** Import boundaries, checked by `npm run boundaries` (part of `npm test`). See docs/architecture.md. */
module.exports = {
  forbidden: [
    {
      name: 'layers-app',
      comment: 'Dependencies point app → components → lib → schemas: nothing below app/ imports a route (tests and their testing/ helpers call routes as clients do).',
      severity: 'error',
      from: { path: '^(components|lib|schemas)/', pathNot: ['\\.test\\.tsx?$', '/testing/'] },
      to: { path: '^app/' },
    },
    {
      name: 'product-no-testing',
      comment: 'Test helpers (testing/ folders, *.test files) are never part of what the console runs.',
      severity: 'error',
      from: { path: '^(app|components|lib|schemas)/', pathNot: ['\\.test\\.tsx?$', '/testing/', '^app/api/fuzz/'] },
      to: { path: ['/testing/', '\\.test\\.tsx?$'] },
    },
    {
      name: 'layers-components',
      comment: 'lib/ and schemas/ never import React components.',
      severity: 'error',
      from: { path: '^(lib|schemas)/' },
      to: { path: '^components/' },
    },
    {
      name: 'layers-lib',
      comment: 'schemas/ is the protocol: it imports only Zod and itself.',
      severity: 'error',
      from: { path: '^schemas/' },
      to: { pathNot: '^(schemas/|node_modules/zod/)' },
    },
    {
      name: 'lib-no-react-next',
      comment: 'lib/ holds logic only: no React or Next imports (web-standard Request/Response instead).',
      severity: 'error',
      from: { path: '^lib/', pathNot: '^lib/queries/' },
      to: { path: '^node_modules/(react|react-dom|next)/' },
    },
    {
      name: 'feature-components-isolated',
      comment: 'A feature folder of components/ imports only its own files and the shared kits: ui (primitives), shared (cross-feature pieces), charts and schema-form (the form engine).',
      severity: 'error',
      from: { path: '^components/([^/]+)/', pathNot: '^components/(ui|shared|providers)/' },
      to: { path: '^components/([^/]+)/', pathNot: ['^components/$1/', '^components/(ui|shared|charts|schema-form|providers)/'] },
    },
    {
      name: 'browser-no-server-modules',
      comment: 'Code that runs in the browser (components/) never reaches the database, secrets or the environment.',
      severity: 'error',
      from: { path: '^components/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^lib/(db/|env\\.ts|secrets/(crypto|key|redact)\\.ts|auth/(auth|current-user|route)\\.ts)', reachable: true },
    },
    {
      name: 'no-circular',
      comment: 'Cycles make modules impossible to read or test on their own.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.next|data|\\.tmp|bench/results)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports are erased at build time: they cannot carry server code into the browser.
    tsPreCompilationDeps: false,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
