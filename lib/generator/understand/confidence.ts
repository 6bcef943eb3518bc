/*
 * Confidence: the share of the prompt's content words the pipeline put to use, lowered for
 * every guess (starter sets, default fields, option-less selects) and capped near zero when
 * nothing buildable was found.
 */
import type { Token } from './tokenize';
import type { Draft } from './draft';
import { DETERMINERS, FILLER, NON_HEADS } from './vocabulary/words';

const IGNORABLE = new Set(['a', 'an', 'the', 'and', 'or', 'with', 'of', 'to', 'for', 'in', 'on', 'at', 'by', 'app', 'need', 'want']);

export function scoreConfidence(tokens: Token[], draft: Draft, usedDomain: boolean): number {
  const content = tokens.filter(
    (t) => t.kind === 'word' && !DETERMINERS.has(t.text) && !FILLER.has(t.text) && !NON_HEADS.has(t.text) && !IGNORABLE.has(t.text),
  );
  const coverage = content.length === 0 ? 0 : content.filter((t) => draft.used.has(t.text)).length / content.length;
  if (draft.entities.size === 0) return Math.round(Math.min(15, 5 + 10 * coverage));
  const entities = [...draft.entities.values()];
  const fromPrompt = entities.filter((e) => e.source === 'prompt');
  const promptFields = entities.flatMap((e) => e.fields).filter((f) => f.source === 'prompt' || f.source === 'relation');
  const defaulted = entities.filter((e) => !e.fields.some((f) => f.source === 'prompt'));
  let score = 30 + 45 * coverage;
  if (promptFields.length > 0) score += 10;
  if (draft.relations.some((r) => !r.phrase.endsWith('default'))) score += 5;
  if (fromPrompt.length === 0) score -= usedDomain ? 12 : 25;
  score -= Math.min(20, 4 * defaulted.length);
  score -= Math.min(10, 2 * draft.warnings.filter((w) => w.includes('no options')).length);
  return Math.max(5, Math.min(95, Math.round(score)));
}
