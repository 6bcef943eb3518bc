// The optional summary paragraph: when an OpenAI-compatible endpoint is configured
// (CONSOLE_AI_BASE_URL, CONSOLE_AI_API_KEY, CONSOLE_AI_MODEL), the model is asked to explain the
// computed result in plain words. It only rephrases what the analysis found; any failure leaves
// the narrative empty and the analysis untouched.
import { eq } from 'drizzle-orm';
import { generateText } from 'ai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { egressFetch } from '@/lib/egress';
import type { RootCauseAnalysisResult } from '@/schemas';
import { env } from '../../env';
import type { Db } from '../../db/client';
import { rcaAnalysis } from '../../db/schema';

const TIMEOUT_MS = 30_000;

export function narrativeConfigured(): boolean {
  const e = env();
  return Boolean(e.CONSOLE_AI_BASE_URL && e.CONSOLE_AI_API_KEY && e.CONSOLE_AI_MODEL);
}

export function narrativePrompt(result: RootCauseAnalysisResult): string {
  const facts = {
    rootCauses: result.rootCauses.map((c) => ({ category: c.category, confidence: c.confidence, description: c.description, evidence: c.evidence.slice(0, 4).map((e) => e.content) })),
    timeline: result.timeline?.slice(0, 15),
    remediation: result.remediation,
    overallConfidence: result.overallConfidence,
  };
  return `Write one paragraph (at most 120 words) for an on-call operator summarising this root-cause analysis. Use only the facts given; do not add causes; say how sure the analysis is.\n\n${JSON.stringify(facts)}`;
}

export async function writeNarrative(db: Db, analysisId: string, result: RootCauseAnalysisResult): Promise<string | null> {
  if (!narrativeConfigured()) return null;
  const { CONSOLE_AI_BASE_URL, CONSOLE_AI_API_KEY, CONSOLE_AI_MODEL } = env();
  try {
    // The model endpoint is reached through the egress policy, like every connection made for a user.
    const client = createOpenAICompatible({
      name: 'console',
      baseURL: CONSOLE_AI_BASE_URL!,
      apiKey: CONSOLE_AI_API_KEY,
      fetch: (input, init) => egressFetch(input instanceof Request ? input.url : input, init),
    });
    const { text } = await generateText({ model: client.chatModel(CONSOLE_AI_MODEL!), prompt: narrativePrompt(result), maxRetries: 0, abortSignal: AbortSignal.timeout(TIMEOUT_MS) });
    const narrative = text.trim();
    if (!narrative) return null;
    await db.update(rcaAnalysis).set({ narrative }).where(eq(rcaAnalysis.id, analysisId));
    return narrative;
  } catch (err) {
    console.warn(`[rca] narrative for ${analysisId} not written:`, err instanceof Error ? err.message : err);
    return null;
  }
}
