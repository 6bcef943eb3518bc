// Every generated bundle must also pass the newest @objectstack/spec (17.x), installed as the
// test-only alias `spec17` because 17.x declares Node 22 while the console runs on Node 20.
import { describe, expect, it } from 'vitest';
import { defineStack } from 'spec17';
import { ObjectSchema, SeedSchema } from 'spec17/data';
import { AppSchema, DashboardSchema, DatasetSchema, ViewSchema } from 'spec17/ui';
import { understandPrompt } from '@/lib/generator/understand/understand-prompt';
import { buildMetadata } from './build-metadata';
import { BENCH_PROMPTS } from '@/bench/generator/prompts';
import { HELDOUT_PROMPTS } from '@/bench/generator/heldout-prompts';

const WRITTEN = [
  'Members have an email (required, unique), a phone (required) and a tier default Basic.',
  'Appointments belong to a client and have a date and a status booked/checked in/completed/no-show. Clients have a name.',
];
const PROMPTS = [...BENCH_PROMPTS, ...HELDOUT_PROMPTS].map((p) => [p.id, p.text]).concat(WRITTEN.map((t, i) => [`written-${i}`, t]));

function issuesOf(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } } }, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error!.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
}

describe('every generated bundle passes @objectstack/spec 17', () => {
  it.each(PROMPTS)('%s', (_id, text) => {
    const model = understandPrompt(text);
    if (model.entities.length === 0) return;
    const bundle = buildMetadata(model, { generateUI: true, generateDataModels: true, includeExamples: true });
    const problems = [
      ...bundle.objects.flatMap((o) => issuesOf(ObjectSchema, o)),
      ...bundle.views.flatMap((v) => issuesOf(ViewSchema, v.definition)),
      ...bundle.apps.flatMap((a) => issuesOf(AppSchema, a)),
      ...bundle.dashboards.flatMap((d) => issuesOf(DashboardSchema, d)),
      ...bundle.datasets.flatMap((d) => issuesOf(DatasetSchema, d)),
      ...bundle.records.flatMap((s) => issuesOf(SeedSchema, s)),
    ];
    expect(problems).toEqual([]);
    expect(bundle.apps.every((a) => !('homePageId' in a))).toBe(true);
    expect(() =>
      defineStack({
        manifest: { id: 'com.generated.check', name: 'check', version: '0.0.0', type: 'app' },
        objects: bundle.objects,
        views: bundle.views.map((v) => v.definition),
        apps: bundle.apps,
        dashboards: bundle.dashboards,
        datasets: bundle.datasets,
        data: bundle.records,
      } as Parameters<typeof defineStack>[0]),
    ).not.toThrow();
  });
});
