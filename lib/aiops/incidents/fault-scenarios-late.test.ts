// The development fault catalog delivered as one late batch (then one job run): see testing/fault-scenario-suite.ts.
import { useTestDb } from '../../testing/test-db';
import { describeFaultScenarios } from './testing/fault-scenario-suite';

useTestDb();

describeFaultScenarios('late');
