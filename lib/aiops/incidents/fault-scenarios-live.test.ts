// The development fault catalog delivered live (a minute at a time, the incident job after each minute): see testing/fault-scenario-suite.ts.
import { useTestDb } from '../../testing/test-db';
import { describeFaultScenarios } from './testing/fault-scenario-suite';

useTestDb();

describeFaultScenarios('live');
