/*
 * A generation as the API sends it: the summary the history lists, and the detail the page
 * re-opens (result, per-file verdicts, preview, and for a refinement the diff against its
 * parent). Verdicts, preview and diff are derived on the way out, never stored twice.
 */
import type { CodeGenerationRequestInput, GeneratedCode, OutputFormat } from '@/schemas';
import { diffFiles, type FileDiff } from '@/lib/generator/refine/diff-files';
import { validateFiles, type FileVerdict } from '@/lib/generator/preview/validate-files';
import { buildPreview, type PreviewBundle } from '@/lib/generator/preview/build-preview';
import { followUpChanges } from '@/lib/generator/refine/follow-up-notes';

export type GenerationInputKind = 'prompt' | 'dsl' | 'refine';
export type GenerationStatus = 'ok' | 'failed' | 'running' | 'interrupted';

export interface GenerationSummary {
  id: string;
  userName: string;
  /** What the user typed: the prompt, the DSL text or the follow-up. */
  prompt: string;
  input: GenerationInputKind;
  outputFormat: OutputFormat;
  status: GenerationStatus;
  error: string | null;
  confidence: number | null;
  parentId: string | null;
  provider: string;
  durationMs: number;
  createdAt: string;
}

export interface GenerationDetail extends GenerationSummary {
  request: CodeGenerationRequestInput;
  result: GeneratedCode | null;
  verdicts: FileVerdict[];
  preview: PreviewBundle | null;
  /** For a refinement: one unified diff per file changed since the parent generation. */
  diff: FileDiff[] | null;
  /** For a refinement: what the follow-up changed, or why it could not. */
  changes: string[];
}

export interface SummaryRow {
  id: string;
  userName: string;
  prompt: string;
  request: unknown;
  error: string | null;
  hasResult: boolean;
  confidence: number | null;
  parentId: string | null;
  provider: string;
  durationMs: number;
  createdAt: Date;
}

/** A reserved row that never finished (its process died) stops reading as running after this. */
const INTERRUPTED_AFTER_MS = 10 * 60_000;

export function toSummary(row: SummaryRow, now = Date.now()): GenerationSummary {
  const request = row.request as CodeGenerationRequestInput;
  const status: GenerationStatus = row.hasResult
    ? 'ok'
    : row.error !== null
      ? 'failed'
      : now - row.createdAt.getTime() > INTERRUPTED_AFTER_MS
        ? 'interrupted'
        : 'running';
  return {
    id: row.id,
    userName: row.userName,
    prompt: row.prompt,
    input: row.parentId ? 'refine' : row.provider === 'dsl' ? 'dsl' : 'prompt',
    outputFormat: request.outputFormat ?? 'source-code',
    status,
    error: row.error,
    confidence: row.confidence,
    parentId: row.parentId,
    provider: row.provider,
    durationMs: row.durationMs,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toDetail(summary: GenerationSummary, request: unknown, result: GeneratedCode | null, parentResult: GeneratedCode | null): GenerationDetail {
  return {
    ...summary,
    request: request as CodeGenerationRequestInput,
    result,
    verdicts: result ? validateFiles(result) : [],
    preview: result ? buildPreview(result) : null,
    diff: result && parentResult ? diffFiles(parentResult, result) : null,
    changes: summary.parentId ? followUpChanges(result?.warnings ?? []) : [],
  };
}
