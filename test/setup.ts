// Loaded by mocha before any test file (see .mocharc.json).
// Run in Helsinki's zone on purpose: any place that leaks local time instead of UTC shows up.
process.env.TZ = process.env.TZ || 'Europe/Helsinki';
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'silent';

import { statementsOnSecondConnection } from '../src/query-stats';

/** Root hooks: after the whole suite, no statement inside a transaction may have used a second connection. */
export const mochaHooks = {
  afterAll(): void {
    const count = statementsOnSecondConnection();
    if (count > 0) {
      throw new Error(
        `${count} statement(s) inside a transaction ran on a second pooled connection (see the DK_SECOND_CONNECTION warnings)`,
      );
    }
  },
};
