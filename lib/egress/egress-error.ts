// The one error a refused connection raises. Its message names the host and the rule, never
// the port or anything learned by connecting: nothing was connected to.
import type { Verdict } from './policy';

export const EGRESS_BLOCKED = 'EGRESS_BLOCKED';

const WHY: Record<Exclude<Verdict, { allowed: true }>['reason'], string> = {
  metadata: 'link-local and cloud metadata addresses are never reached',
  private: 'it is a loopback or private address; an administrator can allow it in CONSOLE_EGRESS_ALLOW',
  invalid: 'it is not a usable address',
};

export class EgressBlocked extends Error {
  readonly code = EGRESS_BLOCKED;
  constructor(
    readonly host: string,
    readonly reason: Exclude<Verdict, { allowed: true }>['reason'],
  ) {
    super(`${host} is blocked by the egress policy: ${WHY[reason]}`);
    this.name = 'EgressBlocked';
  }

  /** The refusal without the host, for fields whose value is itself secret. */
  get rule(): string {
    return `Blocked by the egress policy: ${WHY[this.reason]}`;
  }
}

export function isEgressBlocked(err: unknown): err is EgressBlocked {
  return err instanceof EgressBlocked || (err as { code?: unknown } | null)?.code === EGRESS_BLOCKED;
}
