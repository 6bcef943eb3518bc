/*
 * generate(): a CodeGenerationRequest in, a GeneratedCode out (docs/protocol.md §5). Parses the
 * request (R8), has a provider read the description into an AppModel (or starts from a given
 * model), renders the requested output format, checks every artifact against @objectstack/spec
 * and returns a result that passes GeneratedCodeSchema (R9), with warnings for everything
 * guessed, ignored or invalid and a confidence lowered accordingly.
 */
import { CodeGenerationRequestSchema, GeneratedCodeSchema, type CodeGenerationRequest, type CodeGenerationRequestInput, type GeneratedCode } from '@/schemas';
import { ApiError, badRequest, zodIssues } from '@/lib/errors';
import type { AppModel } from '@/lib/generator/types';
import { checkModel, type ModelIssue } from './model/check-model';
import { pickProvider, type ProviderChoice } from './providers/pick-provider';
import { renderLowCode } from './formats/render-low-code';
import { renderSourceCode } from './formats/render-source-code';
import { renderDsl } from './formats/render-dsl';
import { ignoredRequestFields } from './formats/ignored-request-fields';
import type { Rendered } from './formats/rendered';
import { runStep, type OnStep } from './steps';

export interface GenerateOptions {
  /** 'auto' (default): the configured language model, else the built-in reader. */
  provider?: ProviderChoice;
  onStep?: OnStep;
  signal?: AbortSignal;
  /** Start from this model instead of reading the description (DSL input, refine). */
  model?: AppModel;
}

const PENALTY_PER_SPEC_PROBLEM = 8;
const PENALTY_PER_MODEL_ERROR = 10;

export async function generate(input: CodeGenerationRequestInput, opts: GenerateOptions = {}): Promise<GeneratedCode> {
  const { onStep } = opts;
  const request = await runStep(onStep, 'request', 'Checking the request', () => parseRequest(input));
  const model = opts.model
    ? await runStep(onStep, 'understand', 'Using the given app model', () => opts.model!)
    : await readDescription(request, opts);
  if (model.entities.length === 0) {
    onStep?.({ id: 'build', label: 'Building ObjectStack metadata', status: 'skipped' });
    const code = model.unreadableLanguage ? 'unsupported_language' : 'nothing_to_generate';
    throw new ApiError(422, code, model.warnings[0] ?? 'No records to build were found in the description', [], {
      warnings: model.warnings,
      suggestions: model.suggestions,
    });
  }
  const modelIssues = await runStep(onStep, 'check-model', 'Checking the app model', () => checkModel(model), (issues) => `${issues.length} issue(s)`);
  const rendered = await runStep(onStep, 'build', `Building ${request.outputFormat} output`, () => render(model, request));
  await runStep(
    onStep,
    'validate',
    'Validating against @objectstack/spec',
    () => rendered.validation,
    (v) => (v.problems.length ? `${v.problems.length} problem(s) in ${v.checked} artifacts` : `${v.checked} artifacts valid`),
  );
  const result = await runStep(onStep, 'result', 'Checking the result', () => assemble(request, model, modelIssues, rendered));
  return result;
}

function parseRequest(input: CodeGenerationRequestInput): CodeGenerationRequest {
  const parsed = CodeGenerationRequestSchema.safeParse(input);
  if (!parsed.success) throw badRequest('Invalid code generation request', zodIssues(parsed.error));
  return parsed.data;
}

async function readDescription(request: CodeGenerationRequest, opts: GenerateOptions): Promise<AppModel> {
  const provider = pickProvider(opts.provider);
  return runStep(
    opts.onStep,
    'understand',
    `Reading the description (${provider.label})`,
    (progress) => provider.understand(request, { signal: opts.signal, onProgress: progress }),
    (model) => `${model.entities.length} object(s), ${model.relations.length} relation(s)`,
  );
}

function render(model: AppModel, request: CodeGenerationRequest): Rendered {
  if (request.outputFormat === 'low-code-schema') return renderLowCode(model, request);
  if (request.outputFormat === 'dsl') return renderDsl(model);
  return renderSourceCode(model, request);
}

function assemble(request: CodeGenerationRequest, model: AppModel, modelIssues: ModelIssue[], rendered: Rendered): GeneratedCode {
  const modelErrors = modelIssues.filter((i) => i.severity === 'error');
  const specProblems = rendered.validation.problems;
  const confidence =
    model.confidence -
    Math.min(40, PENALTY_PER_SPEC_PROBLEM * specProblems.length) -
    Math.min(30, PENALTY_PER_MODEL_ERROR * modelErrors.length) -
    rendered.penalty;
  const warnings = unique([
    ...model.warnings,
    ...modelIssues.filter((i) => i.severity === 'error' || !alreadyReported(model, i)).map((i) => `App model: ${i.message}`),
    ...specProblems.map((p) => `Invalid metadata: ${p}`),
    ...rendered.warnings,
    ...ignoredRequestFields(request),
  ]);
  const result: GeneratedCode = {
    outputFormat: request.outputFormat,
    ...rendered.payload,
    confidence: Math.max(0, Math.min(100, Math.round(confidence))),
    warnings,
    suggestions: unique([...model.suggestions, ...rendered.suggestions]),
  };
  // R9 and the shape of the result: a failure here is a generator bug, reported as such.
  const checked = GeneratedCodeSchema.safeParse(result);
  if (!checked.success) throw new ApiError(500, 'generator_error', 'The generator produced an invalid result', zodIssues(checked.error));
  return checked.data;
}

/** The built-in reader already warns about fields it left incomplete, naming them by label. */
function alreadyReported(model: AppModel, issue: ModelIssue): boolean {
  const entity = model.entities.find((e) => e.name === issue.entity);
  const label = entity?.fields.find((f) => f.name === issue.field)?.label;
  return Boolean(label) && model.warnings.some((w) => w.includes(`'${label}' on '${issue.entity}'`));
}

function unique(lines: string[]): string[] {
  return [...new Set(lines)];
}
