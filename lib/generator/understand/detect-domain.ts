/*
 * Finds the app kind a prompt talks about ("a helpdesk", "fleet management"). The longest
 * matching trigger wins so "property management" beats a bare mention of "projects".
 */
import { DOMAINS, type DomainEntry } from './vocabulary/domains';

export function detectDomain(normalText: string): { domain?: DomainEntry; trigger?: string } {
  let best: { domain: DomainEntry; trigger: string } | undefined;
  for (const domain of DOMAINS) {
    for (const trigger of domain.triggers) {
      const re = new RegExp(`(^|[^a-z])${trigger.replace(/[-/]/g, '[-/ ]?')}s?([^a-z]|$)`);
      if (re.test(normalText) && (!best || trigger.length > best.trigger.length)) best = { domain, trigger };
    }
  }
  return best ?? {};
}
