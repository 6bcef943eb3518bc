/*
 * The language-model provider: asks an OpenAI-compatible chat server (CONSOLE_AI_BASE_URL,
 * CONSOLE_AI_API_KEY, CONSOLE_AI_MODEL) for the app model as structured output, checks the
 * answer the same way every model is checked, sends it back once with the problems found, and
 * reports timeouts, HTTP errors and answers that stay invalid as GeneratorProviderError.
 */
import { generateText, NoObjectGeneratedError, Output, streamText, type LanguageModel, type ModelMessage } from 'ai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { env } from '@/lib/env';
import { egressFetch } from '@/lib/egress';
import type { AppModel } from '@/lib/generator/types';
import { AppModelAnswerSchema } from '@/lib/generator/model/app-model-schema';
import { completeAnswer } from '@/lib/generator/model/complete-answer';
import type { GeneratorProvider, ProviderContext } from './provider';
import { GeneratorProviderError } from './provider-error';
import { SYSTEM_PROMPT, correctionPrompt, userPrompt } from './llm-prompt';
import { modelProblems, parseAnswerText } from './answer-problems';
import { classifyProviderError } from './classify-error';

export interface OpenAICompatibleSettings {
  baseURL: string;
  apiKey?: string;
  model: string;
  /** Whole-call budget per attempt, in milliseconds. */
  timeoutMs?: number;
  /** Stream the answer (server-sent events) and report progress as it arrives. */
  stream?: boolean;
}

const PROVIDER_NAME = 'console';
const DEFAULT_TIMEOUT_MS = 60_000;
const output = Output.object({ schema: AppModelAnswerSchema, name: 'app_model', description: 'The objects and fields of the app' });

/** The configured language model, or null when the console has none (all three variables needed). */
export function openAICompatibleFromEnv(): GeneratorProvider | null {
  const { CONSOLE_AI_BASE_URL, CONSOLE_AI_API_KEY, CONSOLE_AI_MODEL } = env();
  if (!CONSOLE_AI_BASE_URL || !CONSOLE_AI_API_KEY || !CONSOLE_AI_MODEL) return null;
  return createOpenAICompatibleProvider({ baseURL: CONSOLE_AI_BASE_URL, apiKey: CONSOLE_AI_API_KEY, model: CONSOLE_AI_MODEL });
}

export function createOpenAICompatibleProvider(settings: OpenAICompatibleSettings): GeneratorProvider {
  // Through the egress policy: a loopback or private model server must be allowed in CONSOLE_EGRESS_ALLOW.
  const client = createOpenAICompatible({ name: PROVIDER_NAME, baseURL: settings.baseURL, apiKey: settings.apiKey, supportsStructuredOutputs: true, fetch: (input, init) => egressFetch(input instanceof Request ? input.url : input, init) });
  const model = client.chatModel(settings.model);
  const timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return {
    id: 'openai-compatible',
    label: `language model ${settings.model}`,
    async understand(request, context) {
      const messages: ModelMessage[] = [{ role: 'user', content: userPrompt(request) }];
      let problems: string[] = [];
      for (let attempt = 1; attempt <= 2; attempt += 1) {
        if (attempt === 2) context.onProgress?.(`Sending the answer back with ${problems.length} problem(s)`);
        const text = await ask(model, messages, settings.stream ?? false, timeoutMs, context);
        const checked = checkAnswer(text, request.description);
        if (checked.ok) return checked.model;
        problems = checked.problems;
        messages.push({ role: 'assistant', content: text }, { role: 'user', content: correctionPrompt(problems) });
      }
      throw new GeneratorProviderError('invalid-answer', `The language model's answer was still invalid after one correction: ${problems.slice(0, 3).join('; ')}`, undefined, problems);
    },
  };
}

function checkAnswer(text: string, description: string): { ok: true; model: AppModel } | { ok: false; problems: string[] } {
  const parsed = parseAnswerText(text);
  if (!parsed.ok) return parsed;
  const model = completeAnswer(parsed.answer, description);
  const problems = modelProblems(model);
  return problems.length ? { ok: false, problems } : { ok: true, model };
}

/** One round trip; returns the raw answer text, whether or not it matches the schema. */
async function ask(model: LanguageModel, messages: ModelMessage[], stream: boolean, timeoutMs: number, context: ProviderContext): Promise<string> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const abortSignal = context.signal ? AbortSignal.any([context.signal, timeout]) : timeout;
  // Retries are ours to decide (one correction round); transport errors are reported, not retried.
  const call = { model, system: SYSTEM_PROMPT, messages, output, abortSignal, maxRetries: 0, providerOptions: { [PROVIDER_NAME]: { strictJsonSchema: false } } };
  try {
    if (!stream) {
      context.onProgress?.('Waiting for the language model');
      return (await generateText(call)).text;
    }
    let streamError: unknown;
    const result = streamText({ ...call, onError: ({ error }) => void (streamError ??= error) });
    let reported = 0;
    for await (const partial of result.partialOutputStream) {
      const count = partial?.entities?.length ?? 0;
      if (count > reported) {
        reported = count;
        context.onProgress?.(`Received ${count} object(s)`);
      }
    }
    if (streamError) throw streamError;
    return await result.text;
  } catch (error) {
    // The SDK rejects answers that don't match the schema; we want the text, to send it back.
    if (NoObjectGeneratedError.isInstance(error)) return error.text ?? '';
    throw classifyProviderError(error, timeout, timeoutMs, context.signal);
  }
}
