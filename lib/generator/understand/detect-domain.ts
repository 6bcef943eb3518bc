/*
 * Finds the app kind a prompt talks about ("a helpdesk", "fleet management"). The longest
 * matching trigger wins so "property management" beats a bare mention of "projects".
 */
import { DOMAINS, type DomainEntry } from './vocabulary/domains';

// Each trigger as a whole-word pattern ("-" and "/" optional), compiled once rather than per prompt.
const TRIGGERS = DOMAINS.flatMap((domain) =>
  domain.triggers.map((trigger) => ({ domain, trigger, re: new RegExp(`(^|[^a-z])${trigger.replace(/[-/]/g, '[-/ ]?')}s?([^a-z]|$)`) })),
);

export function detectDomain(normalText: string): { domain?: DomainEntry; trigger?: string } {
  let best: { domain: DomainEntry; trigger: string } | undefined;
  for (const { domain, trigger, re } of TRIGGERS) {
    if (re.test(normalText) && (!best || trigger.length > best.trigger.length)) best = { domain, trigger };
  }
  return best ?? {};
}
