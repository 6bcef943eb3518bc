// The incident and root-cause analysis APIs' own request shapes (not part of the plugin protocol).
import { z } from 'zod';
import { PluginIdSchema } from './api';
import { RootCauseAnalysisRequestSchema, SeveritySchema } from './aiops';
import { checkStorableJson, SerialIdSchema, storedText } from './primitives';

export const IncidentStatusSchema = z.enum(['open', 'acknowledged', 'resolved']);
export type IncidentStatus = z.infer<typeof IncidentStatusSchema>;

export const IncidentsQuerySchema = z.object({
  plugin: PluginIdSchema.optional(),
  status: IncidentStatusSchema.optional(),
  severity: SeveritySchema.optional(),
  /** Incidents active at any time in [from, to]: ISO, epoch ms or `now-7d`. */
  from: storedText(40).min(1).default('now-7d'),
  to: storedText(40).min(1).default('now'),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export type IncidentsQuery = z.infer<typeof IncidentsQuerySchema>;

export const IncidentCommentSchema = z.object({
  body: storedText(4000, 'A comment has at most 4000 characters').trim().min(1, 'Write a comment'),
});

export const IncidentResolveSchema = z.object({
  comment: storedText(4000, 'A comment has at most 4000 characters').trim().optional(),
});

export const RerunAnalysisSchema = z.object({
  analyzeLogs: z.boolean().optional(),
  analyzeMetrics: z.boolean().optional(),
  analyzeDependencies: z.boolean().optional(),
});

export const AnalysesQuerySchema = z.object({
  plugin: PluginIdSchema.optional(),
  incident: SerialIdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** A manual analysis: the protocol's request as is, with text the database can store (it is kept with the result). */
export const RcaRequestBodySchema = RootCauseAnalysisRequestSchema.superRefine(checkStorableJson);
