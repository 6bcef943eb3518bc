// Request schemas of the healing and agent APIs, shared by the route handlers and the pages'
// dialogs (one rule, one place). They describe the console's own API, not the protocol.
import { z } from 'zod';
import { PluginIdSchema } from './api';
import { idText, SerialIdSchema, storableRecord, storedText, uniqueList } from './primitives';

export const PROPOSAL_STATUSES = ['pending', 'approved', 'rejected', 'expired', 'running', 'succeeded', 'failed', 'unknown'] as const;
export const ProposalStatusSchema = z.enum(PROPOSAL_STATUSES);

/** ISO date-time, epoch ms or `now-24h`; parseTimeBound reads it. */
const timeBound = storedText(40).min(1);

/** `status=pending&status=approved`, or `status=pending,approved`. */
const statusList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(ProposalStatusSchema));

export const ProposalQuerySchema = z.object({
  status: statusList.optional(),
  plugin: PluginIdSchema.optional(),
  type: storedText(40).optional(),
  incident: SerialIdSchema.optional(),
  from: timeBound.optional(),
  to: timeBound.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type ProposalQuery = z.infer<typeof ProposalQuerySchema>;

const comment = storedText(1000, 'A comment may be at most 1000 characters');
const requiredComment = comment.trim().min(1, 'Say why the action should not run');

export const ApproveBodySchema = z.object({ comment: comment.optional() }).default({});
export const RejectBodySchema = z.object({ comment: requiredComment });

export const BulkDecisionSchema = z
  .object({
    ids: uniqueList(idText('Proposal id'), { min: 1, minMessage: 'Choose at least one proposal', max: 100, maxMessage: 'At most 100 at a time' }),
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
    pluginIds: uniqueList(PluginIdSchema, { max: 100 }).optional().describe('Only actions of these plugins'),
    max: z.int().min(1).max(10).default(1).describe('Most actions to hand out at once'),
  })
  .default({ max: 1 });

export const AgentResultSchema = z.object({
  success: z.boolean().describe('Whether the action did what it should'),
  message: storedText(2000).trim().min(1, 'Say what happened'),
  details: storableRecord().optional(),
});
export type AgentResult = z.infer<typeof AgentResultSchema>;
