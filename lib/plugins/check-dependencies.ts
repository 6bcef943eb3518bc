// The dependencies an operator declares for a plugin must be other registered plugins: a typo
// would otherwise silently never group anything. Issues name the entry (`dependsOn.2`).
import { inArray } from 'drizzle-orm';
import type { ApiIssue } from '@/schemas';
import { plugin } from '../db/schema';
import type { Db } from '../db/client';
import { badRequest } from '../errors';

export async function checkDependencies(db: Pick<Db, 'select'>, pluginId: string, dependsOn: readonly string[] | undefined): Promise<void> {
  if (!dependsOn?.length) return;
  const known = new Set(
    (await db.select({ id: plugin.id }).from(plugin).where(inArray(plugin.id, [...dependsOn]))).map((r) => r.id),
  );
  const issues: ApiIssue[] = [];
  dependsOn.forEach((dep, i) => {
    if (dep === pluginId) issues.push({ path: `dependsOn.${i}`, message: 'A plugin cannot depend on itself' });
    else if (!known.has(dep)) issues.push({ path: `dependsOn.${i}`, message: `No plugin ${dep} is registered` });
  });
  if (issues.length) throw badRequest('The dependencies are not registered plugins', issues);
}
