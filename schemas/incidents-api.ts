// The incident and root-cause analysis APIs' own request shapes (not part of the plugin protocol).
import { z } from 'zod';
import { PluginIdSchema } from './api';
import { SeveritySchema } from './aiops';

export const IncidentStatusSchema = z.enum(['open', 'acknowledged', 'resolved']);
export type IncidentStatus = z.infer<typeof IncidentStatusSchema>;

export const IncidentsQuerySchema = z.object({
  plugin: PluginIdSchema.optional(),
  status: IncidentStatusSchema.optional(),
  severity: SeveritySchema.optional(),
  /** Incidents active at any time in [from, to]: ISO, epoch ms or `now-7d`. */
  from: z.string().min(1).max(40).default('now-7d'),
  to: z.string().min(1).max(40).default('now'),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export type IncidentsQuery = z.infer<typeof IncidentsQuerySchema>;

export const IncidentCommentSchema = z.object({
  body: z.string().trim().min(1, 'Write a comment').max(4000, 'A comment has at most 4000 characters'),
});

export const IncidentResolveSchema = z.object({
  comment: z.string().trim().max(4000, 'A comment has at most 4000 characters').optional(),
});

export const RerunAnalysisSchema = z.object({
  analyzeLogs: z.boolean().optional(),
  analyzeMetrics: z.boolean().optional(),
  analyzeDependencies: z.boolean().optional(),
});

export const AnalysesQuerySchema = z.object({
  plugin: PluginIdSchema.optional(),
  incident: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
