// For test files that talk to real servers on this machine: allows loopback egress for the
// file (as CONSOLE_EGRESS_ALLOW would in a deployment) and restores the setting afterwards.
import { afterAll, beforeAll } from 'vitest';
import { resetEnvForTests } from '../../env';

export const LOOPBACK_ALLOW = '127.0.0.1,::1,localhost';

export function allowLoopbackEgress(allow = LOOPBACK_ALLOW): void {
  let before: string | undefined;
  beforeAll(() => {
    before = process.env.CONSOLE_EGRESS_ALLOW;
    process.env.CONSOLE_EGRESS_ALLOW = allow;
    resetEnvForTests();
  });
  afterAll(() => {
    if (before === undefined) delete process.env.CONSOLE_EGRESS_ALLOW;
    else process.env.CONSOLE_EGRESS_ALLOW = before;
    resetEnvForTests();
  });
}
