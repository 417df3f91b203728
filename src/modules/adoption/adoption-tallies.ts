import type { EntityManager } from 'typeorm';
import { integerFromSum } from '../../common/money';
import { AdoptionStatus } from './adoption.entity';

/** One row of adoption_tally as a recount gives it; counters as exact integers. */
export interface AdoptionContribution {
  callId: string;
  municipalityCode: string;
  role: string;
  themeId: string;
  adoptions: bigint;
  adoptingResidents: bigint;
}

/**
 * The definition of the tallies: confirmed adoptions (or one adoption, whatever its status), counted in
 * the rows of their award's consortium members, in one grouped statement.
 */
export async function adoptionContributions(
  manager: EntityManager,
  adoptionId: string | null,
): Promise<AdoptionContribution[]> {
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT w.callId AS callId, m.municipalityCode AS municipalityCode, m.role AS role,
        COALESCE(a.themeId, '') AS themeId, COUNT(*) AS adoptions, SUM(ad.adopterPopulation) AS adoptingResidents
      FROM adoption ad
      JOIN award w ON w.id = ad.awardId
      JOIN application a ON a.id = w.applicationId
      JOIN consortium_member m ON m.consortiumId = a.consortiumId
      WHERE ${adoptionId === null ? 'ad.status = ?' : 'ad.id = ?'}
      GROUP BY w.callId, m.municipalityCode, m.role, COALESCE(a.themeId, '')
      ORDER BY 1, 2, 3, 4`,
    [adoptionId ?? AdoptionStatus.CONFIRMED],
  );
  return rows.map((row) => ({
    callId: String(row.callId),
    municipalityCode: String(row.municipalityCode),
    role: String(row.role),
    themeId: String(row.themeId),
    adoptions: integerFromSum(row.adoptions),
    adoptingResidents: integerFromSum(row.adoptingResidents),
  }));
}

/**
 * Adds one adoption to the tallies (sign 1) or takes it out (-1), with one atomic upsert per row in key
 * order, inside the transaction of the write that confirms it: concurrent confirmations lose nothing.
 */
export async function moveAdoptionTallies(
  manager: EntityManager,
  adoptionId: string,
  sign: 1 | -1,
): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('The adoption tallies move only inside the transaction of the write that changes them');
  }
  const rows = await adoptionContributions(manager, adoptionId);
  if (rows.length === 0) return;
  const mysql = manager.connection.options.type !== 'better-sqlite3';
  const onConflict = mysql
    ? 'ON DUPLICATE KEY UPDATE adoptions = adoptions + VALUES(adoptions), adoptingResidents = adoptingResidents + VALUES(adoptingResidents)'
    : 'ON CONFLICT (callId, municipalityCode, role, themeId) DO UPDATE SET adoptions = adoptions + excluded.adoptions, adoptingResidents = adoptingResidents + excluded.adoptingResidents';
  await manager.query(
    `INSERT INTO adoption_tally (callId, municipalityCode, role, themeId, adoptions, adoptingResidents)
      VALUES ${rows.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')} ${onConflict}`,
    rows.flatMap((row) => [
      row.callId,
      row.municipalityCode,
      row.role,
      row.themeId,
      sign * Number(row.adoptions),
      sign * Number(row.adoptingResidents),
    ]),
  );
}
