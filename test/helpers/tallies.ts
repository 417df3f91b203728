import type { DataSource } from 'typeorm';
import { tallyContributions } from '../../src/modules/application/funding-tallies';
import { FundingTally, tallyCounters } from '../../src/modules/application/funding-tally.entity';

/** Every tally row that holds something, as comparable text. */
export async function storedTallies(dataSource: DataSource): Promise<Record<string, string>> {
  const rows = await dataSource.getRepository(FundingTally).find();
  return Object.fromEntries(
    rows
      .filter((row) => tallyCounters.some((counter) => Number(row[counter]) !== 0))
      .map((row) => [
        [row.callId, row.municipalityCode, row.role, row.themeId].join('|'),
        tallyCounters.map((counter) => `${counter}=${Number(row[counter])}`).join(' '),
      ]),
  );
}

/** The same, counted afresh from applications, awards and published decisions. */
export async function recountedTallies(dataSource: DataSource): Promise<Record<string, string>> {
  const rows = await tallyContributions(dataSource.manager, 'all');
  return Object.fromEntries(
    rows
      .filter((row) => tallyCounters.some((counter) => row[counter] !== 0n))
      .map((row) => [
        [row.callId, row.municipalityCode, row.role, row.themeId].join('|'),
        tallyCounters.map((counter) => `${counter}=${row[counter]}`).join(' '),
      ]),
  );
}
