// Request shapes of the optimizations API.
import { z } from 'zod';
import { DOCUMENT_COMMENT_MAX, PluginIdSchema } from './api';
import { storedText } from './primitives';

/** Which suggestions a list shows: one status, or all of them. */
export const OptimizationStatusFilterSchema = z.enum(['open', 'applied', 'dismissed', 'all']);
export const DEFAULT_OPTIMIZATION_STATUS = 'open' satisfies z.infer<typeof OptimizationStatusFilterSchema>;

export const OptimizationListQuerySchema = z.object({
  status: OptimizationStatusFilterSchema.default(DEFAULT_OPTIMIZATION_STATUS),
  plugin: PluginIdSchema.optional(),
});

/** One plugin, or every plugin with scans on when asked for by name: `{}` scans nothing. */
export const OptimizationScanSchema = z
  .object({
    pluginId: PluginIdSchema.optional().describe('Scan only this plugin (even with scans off)'),
    all: z.literal(true).optional().describe('Scan every plugin with optimization scans on'),
  })
  .superRefine((b, ctx) => {
    if (b.pluginId === undefined && b.all === undefined) ctx.addIssue({ code: 'custom', path: ['pluginId'], message: 'Choose a plugin to scan, or send all: true' });
    if (b.pluginId !== undefined && b.all !== undefined) ctx.addIssue({ code: 'custom', path: ['all'], message: 'Send either pluginId or all, not both' });
  });

export const OptimizationApplySchema = z.object({
  baseVersion: z.int().min(0).describe('The document version the diff was reviewed against'),
  comment: storedText(DOCUMENT_COMMENT_MAX).optional(), // the saved version's comment starts with it
});

export const OptimizationDismissSchema = z.object({
  reason: storedText(500).trim().min(1, 'Say why, so the next person knows'),
});
