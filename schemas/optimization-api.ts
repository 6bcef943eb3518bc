// Request shapes of the optimizations API.
import { z } from 'zod';
import { DOCUMENT_COMMENT_MAX } from './api';

export const OptimizationListQuerySchema = z.object({
  status: z.enum(['open', 'applied', 'dismissed', 'all']).default('open'),
  plugin: z.string().optional(),
});

export const OptimizationScanSchema = z.object({
  pluginId: z.string().optional().describe('Scan only this plugin (even with scans off); all plugins with scans on when absent'),
});

export const OptimizationApplySchema = z.object({
  baseVersion: z.int().min(0).describe('The document version the diff was reviewed against'),
  comment: z.string().max(DOCUMENT_COMMENT_MAX).optional(), // the saved version's comment starts with it
});

export const OptimizationDismissSchema = z.object({
  reason: z.string().trim().min(1, 'Say why, so the next person knows').max(500),
});
