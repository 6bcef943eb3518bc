// Creates the demo plugins once (idempotent), with a first saved sandbox version each so the
// history and diff views have something real to show.
import type { Db } from '../db/client';
import { systemActor } from '../auth/actor';
import { listPlugins } from '../plugins/list-plugins';
import { createPlugin } from '../plugins/create-plugin';
import { updatePlugin } from '../plugins/update-plugin';
import { saveDocument } from '../config-store/save-document';
import { demoPlugins } from './demo-plugins';
import { withDemoOptimization } from '../optimization/demo-optimization-config';
import { demoHealingConfig } from '../healing/demo-healing-config';
import { PROFILES } from './fleet/profiles';

const demoActor = systemActor('demo-seed');

export async function seedDemo(db: Db): Promise<string[]> {
  const existing = new Set((await listPlugins(db)).map((p) => p.id));
  const created: string[] = [];
  for (const p of demoPlugins) {
    if (existing.has(p.id)) continue;
    await createPlugin(db, demoActor, { ...p, demo: true });
    await saveDocument(db, demoActor, 'sandbox', p.id, {
      baseVersion: 0,
      comment: 'Demo baseline',
      body: {
        level: 'standard',
        runtime: { engine: 'v8-isolate', engineConfig: { v8Isolate: { heapSizeMb: 256 } }, resourceLimits: { maxMemory: 536_870_912, maxCpu: 50, timeout: 30_000 } },
        network: { mode: 'restricted', allowedHosts: ['api.internal', 'db.internal'], allowedPorts: [443, 5432] },
        memory: { maxHeap: 268_435_456 },
      },
    });
    // The AIOps agent: self-healing actions, root-cause analysis when an incident opens, and
    // optimization scans.
    await saveDocument(db, demoActor, 'aiops', p.id, {
      baseVersion: 0,
      comment: 'Demo AIOps agent',
      body: withDemoOptimization(p.id, demoHealingConfig(p.id)),
    });
    created.push(p.id);
  }
  // The plugins they depend on, as an operator would declare them: once all are registered.
  for (const id of created) {
    const dependsOn = PROFILES[id as keyof typeof PROFILES]?.dependencies.filter((d) => !d.external).map((d) => d.id) ?? [];
    if (dependsOn.length) await updatePlugin(db, demoActor, id, { dependsOn });
  }
  return created;
}
