// The egress policy for every connection the server opens on behalf of a user.
export { EGRESS_BLOCKED, EgressBlocked, isEgressBlocked } from './egress-error';
export { isValidEgressAllow, judgeAddress, parseEgressAllow, type EgressPolicy } from './policy';
export { currentEgressPolicy, pinnedLookup, resolveEgressTarget, type CheckedTarget } from './resolve-target';
export { egressFetch } from './egress-fetch';
export { refusedUrl } from './check-url';
