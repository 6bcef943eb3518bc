/*
 * Every artifact of a bundle checked against @objectstack/spec, the sample records against
 * their objects, and the whole set through defineStack (which checks that views, apps and
 * dashboards reference objects that exist). Problems come back as readable lines that the
 * caller turns into warnings and a lower confidence; nothing passes silently.
 */
import { defineStack } from '@objectstack/spec';
import type { MetadataBundle } from './spec-types';
import { validateArtifact, type ArtifactKind } from './validate-artifact';
import { checkRecords } from './check-records';

export interface BundleValidation {
  /** Number of artifacts checked (objects, views, apps, dashboards, datasets, seeds). */
  checked: number;
  problems: string[];
}

export function validateBundle(bundle: MetadataBundle): BundleValidation {
  const problems: string[] = [];
  const artifacts: [ArtifactKind, string, unknown][] = [
    ...bundle.objects.map((o): [ArtifactKind, string, unknown] => ['object', o.name, o]),
    ...bundle.views.map((v): [ArtifactKind, string, unknown] => ['view', v.name, v.definition]),
    ...bundle.apps.map((a): [ArtifactKind, string, unknown] => ['app', a.name, a]),
    ...bundle.dashboards.map((d): [ArtifactKind, string, unknown] => ['dashboard', d.name, d]),
    ...bundle.datasets.map((d): [ArtifactKind, string, unknown] => ['dataset', d.name, d]),
    ...bundle.records.map((s): [ArtifactKind, string, unknown] => ['seed', `${s.object} records`, s]),
  ];
  for (const [kind, name, value] of artifacts) {
    for (const issue of validateArtifact(kind, value).issues) {
      problems.push(`${kind} ${name}: ${issue.path || '(root)'}: ${issue.message} (@objectstack/spec)`);
    }
  }
  // Records are only checked against objects that are part of this bundle.
  if (bundle.objects.length) problems.push(...checkRecords(bundle.objects, bundle.records).map((e) => `sample record ${e}`));
  if (bundle.objects.length && problems.length === 0) problems.push(...stackProblems(bundle));
  return { checked: artifacts.length, problems };
}

function stackProblems(bundle: MetadataBundle): string[] {
  try {
    defineStack({
      manifest: { id: 'com.generated.check', name: 'check', version: '0.0.0', type: 'app' },
      objects: bundle.objects,
      views: bundle.views.map((v) => v.definition),
      apps: bundle.apps,
      dashboards: bundle.dashboards,
      datasets: bundle.datasets,
      data: bundle.records,
    });
    return [];
  } catch (error) {
    return [`stack: ${error instanceof Error ? error.message.split('\n').slice(0, 5).join(' ') : String(error)} (@objectstack/spec defineStack)`];
  }
}
