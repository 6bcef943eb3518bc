// The entry of the worker pool's threads (pool.ts). Route code is bundled by Next and tests run
// under Vite, but a thread starts from a file on disk: this plain module registers tsx's loader
// (it reads tsconfig.json, so `@/` imports resolve) and loads the task table from the
// TypeScript sources, the same way under `next start` (scripts/start.sh runs tsx already) and
// vitest. The sources are compiled once per thread and cached by tsx.
import { register } from 'tsx/esm/api';

register();
const { runTask } = await import('./run-task.ts');

export default runTask;
