/*
 * The @objectstack/spec input types of the artifacts this generator emits. Input (z.input)
 * rather than output types, because the generator writes what an author would write and
 * lets the spec apply its own defaults.
 */
import type { z } from 'zod';
import type { ObjectSchema, FieldSchema, SeedSchema } from '@objectstack/spec/data';
import type { ViewSchema, AppSchema, DashboardSchema, DatasetSchema } from '@objectstack/spec/ui';

export type ObjectDef = z.input<typeof ObjectSchema>;
export type FieldDef = z.input<typeof FieldSchema>;
export type ViewDef = z.input<typeof ViewSchema>;
export type AppDef = z.input<typeof AppSchema>;
export type DashboardDef = z.input<typeof DashboardSchema>;
export type DatasetDef = z.input<typeof DatasetSchema>;
export type SeedDef = z.input<typeof SeedSchema>;

/** A view document carries no name of its own; the object it belongs to travels beside it. */
export interface NamedView {
  name: string;
  object: string;
  definition: ViewDef;
}

export interface MetadataOptions {
  /** Views, app navigation and dashboards (schemaOptions.generateUI). */
  generateUI: boolean;
  /** Objects and their fields (schemaOptions.generateDataModels). */
  generateDataModels: boolean;
  /** Sample records (schemaOptions.includeExamples). */
  includeExamples: boolean;
}

export interface MetadataBundle {
  objects: ObjectDef[];
  views: NamedView[];
  apps: AppDef[];
  dashboards: DashboardDef[];
  /** Datasets the dashboard widgets bind to (ADR-0021: widgets select measures of a dataset). */
  datasets: DatasetDef[];
  records: SeedDef[];
}
