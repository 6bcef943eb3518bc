// Ranks findings into root causes. Findings of one category merge (the strongest leads; a
// second one adds 0.15 of its strength and its evidence), except configuration changes, where
// only the strongest change is the cause and the others become contributing factors.
// Confidence = 100 × strength, capped at 95: the console never claims certainty.
// When no cause reaches THIN (30), the result says the evidence is thin: one `other` cause with
// a low confidence, and the weak candidates listed as contributing factors.
import type { RootCauseAnalysisResult } from '@/schemas';
import type { DetailedEvidence, EvidenceDetail, Finding, Impact } from './types';
import { worseSeverity } from '../incidents/describe-incident';

export const THIN = 30;

export interface RankedCause {
  id: string;
  finding: Finding;
  confidence: number;
  evidence: DetailedEvidence[];
}

export interface Ranking {
  causes: RankedCause[];
  factors: NonNullable<RootCauseAnalysisResult['contributingFactors']>;
  thin: boolean;
}

const confidenceOf = (strength: number) => Math.min(95, Math.round(100 * strength));

export function rankCauses(findings: Finding[]): Ranking {
  const byCategory = new Map<string, Finding[]>();
  for (const f of [...findings].sort((a, b) => b.strength - a.strength)) {
    const list = byCategory.get(f.category) ?? byCategory.set(f.category, []).get(f.category)!;
    list.push(f);
  }
  const merged: Finding[] = [];
  const factors: Ranking['factors'] = [];
  for (const [category, list] of byCategory) {
    const [lead, ...rest] = list;
    if (category === 'configuration') {
      merged.push(lead);
      for (const r of rest) if (r.strength >= 0.1) factors.push({ description: r.description, confidence: confidenceOf(r.strength) });
      continue;
    }
    const second = rest.find((r) => r.strength >= 0.2);
    merged.push(
      second
        ? { ...lead, strength: Math.min(1, lead.strength + 0.15 * second.strength), evidence: [...lead.evidence, ...second.evidence].slice(0, 10), description: `${lead.description} ${second.description}` }
        : lead,
    );
  }
  merged.sort((a, b) => b.strength - a.strength);
  const strong = merged.filter((f) => confidenceOf(f.strength) >= 15);
  const thin = !strong.length || confidenceOf(strong[0].strength) < THIN;
  if (thin) {
    for (const f of strong) factors.push({ description: `Weak candidate (${f.category}): ${f.description}`, confidence: confidenceOf(f.strength) });
    return { causes: [], factors, thin };
  }
  // Causes far below the leader stay as contributing factors rather than competing causes.
  const lead = confidenceOf(strong[0].strength);
  const causes: RankedCause[] = [];
  for (const f of strong) {
    const c = confidenceOf(f.strength);
    if (causes.length < 4 && (c >= 0.35 * lead || c >= THIN)) causes.push({ id: `rc-${causes.length + 1}-${f.category}`, finding: f, confidence: c, evidence: f.evidence });
    else factors.push({ description: f.description, confidence: c });
  }
  return { causes, factors, thin };
}

/** The details the UI draws, keyed by `<rootCauseId>:<evidence index>`. */
export function evidenceDetails(causes: RankedCause[]): Record<string, EvidenceDetail> {
  const out: Record<string, EvidenceDetail> = {};
  for (const c of causes) c.evidence.forEach((e, i) => e.detail && (out[`${c.id}:${i}`] = e.detail));
  return out;
}

export function impactOf(severities: Impact[]): Impact {
  return severities.reduce<Impact>(worseSeverity, severities.length ? 'low' : 'medium');
}
