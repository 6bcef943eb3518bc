// Request schemas of the healing and agent APIs, shared by the route handlers and the pages'
// dialogs (one rule, one place). They describe the console's own API, not the protocol.
import { z } from 'zod';
import { PluginIdSchema } from './api';

export const PROPOSAL_STATUSES = ['pending', 'approved', 'rejected', 'expired', 'running', 'succeeded', 'failed', 'unknown'] as const;
export const ProposalStatusSchema = z.enum(PROPOSAL_STATUSES);

/** ISO date-time, epoch ms or `now-24h`; parseTimeBound reads it. */
const timeBound = z.string().min(1).max(40);

/** `status=pending&status=approved`, or `status=pending,approved`. */
const statusList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(ProposalStatusSchema));

export const ProposalQuerySchema = z.object({
  status: statusList.optional(),
  plugin: PluginIdSchema.optional(),
  type: z.string().max(40).optional(),
  incident: z.coerce.number().int().min(1).optional(),
  from: timeBound.optional(),
  to: timeBound.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type ProposalQuery = z.infer<typeof ProposalQuerySchema>;

const comment = z.string().max(1000, 'A comment may be at most 1000 characters');
const requiredComment = comment.trim().min(1, 'Say why the action should not run');

export const ApproveBodySchema = z.object({ comment: comment.optional() }).default({});
export const RejectBodySchema = z.object({ comment: requiredComment });

export const BulkDecisionSchema = z
  .object({
    ids: z.array(z.string().min(1).max(100)).min(1, 'Choose at least one proposal').max(100, 'At most 100 at a time'),
    decision: z.enum(['approve', 'reject']),
    comment: comment.optional(),
  })
  .superRefine((b, ctx) => {
    if (b.decision === 'reject' && !b.comment?.trim()) ctx.addIssue({ code: 'custom', path: ['comment'], message: 'Say why the actions should not run' });
  });
export type BulkDecision = z.infer<typeof BulkDecisionSchema>;

export const AnnotationsQuerySchema = z.object({
  plugin: PluginIdSchema,
  from: timeBound.default('now-24h'),
  to: timeBound.default('now'),
});

export const AgentClaimSchema = z
  .object({
    pluginIds: z.array(PluginIdSchema).max(100).optional().describe('Only actions of these plugins'),
    max: z.int().min(1).max(10).default(1).describe('Most actions to hand out at once'),
  })
  .default({ max: 1 });

export const AgentResultSchema = z.object({
  success: z.boolean().describe('Whether the action did what it should'),
  message: z.string().trim().min(1, 'Say what happened').max(2000),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type AgentResult = z.infer<typeof AgentResultSchema>;
