import { describe, expect, it } from 'vitest';
import { QUEUE_STATUSES } from '@/lib/queries/healing';
import { healingHref, parseHealingParams, proposalFilter } from './search-params';

describe('healing view: ?incident=', () => {
  it('filters both tabs by the incident the incident page links from', () => {
    const view = parseHealingParams(new URLSearchParams('incident=41'));
    expect(view.incident).toBe(41);
    expect(proposalFilter(view, 'queue')).toEqual({ plugin: undefined, type: undefined, incident: 41, status: QUEUE_STATUSES });
    expect(proposalFilter(view, 'history')).toMatchObject({ incident: 41 });
    expect(healingHref(view)).toBe('/healing?incident=41');
    expect(healingHref({ ...view, incident: null })).toBe('/healing');
  });

  it('ignores an incident id that is not a positive integer', () => {
    expect(parseHealingParams({ incident: '1' }).incident).toBe(1);
    for (const bad of ['0', '-3', '1.5', 'abc']) expect(parseHealingParams({ incident: bad }).incident).toBeNull();
    expect(parseHealingParams({}).incident).toBeNull();
  });
});
