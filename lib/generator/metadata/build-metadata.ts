/*
 * AppModel → ObjectStack metadata bundle, honouring the request's schemaOptions: data models
 * (objects), UI (views, app, dashboard, datasets) and examples (seed records).
 */
import type { AppModel } from '@/lib/generator/types';
import type { MetadataBundle, MetadataOptions } from './spec-types';
import { buildObject } from './build-object';
import { buildViews } from './build-views';
import { buildApp } from './build-app';
import { buildDashboard, buildDataset } from './build-dashboard';
import { buildRecords } from './build-records';

export const DEFAULT_METADATA_OPTIONS: MetadataOptions = { generateUI: true, generateDataModels: true, includeExamples: true };

export function buildMetadata(model: AppModel, options: Partial<MetadataOptions> = {}): MetadataBundle {
  const opts = { ...DEFAULT_METADATA_OPTIONS, ...options };
  const empty: MetadataBundle = { objects: [], views: [], apps: [], dashboards: [], datasets: [], records: [] };
  if (model.entities.length === 0) return empty;
  const bundle = { ...empty };
  if (opts.generateDataModels) bundle.objects = model.entities.map(buildObject);
  if (opts.generateUI) {
    bundle.views = model.entities.map(buildViews);
    bundle.datasets = model.entities.map(buildDataset);
    const dashboard = buildDashboard(model);
    bundle.dashboards = [dashboard];
    bundle.apps = [buildApp(model, dashboard.name)];
  }
  if (opts.includeExamples) bundle.records = buildRecords(model);
  return bundle;
}
