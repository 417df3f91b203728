import type { DataSource } from 'typeorm';
import { stableId } from '../src/common/ids';
import { ApplicationStatus } from '../src/modules/application/application-status';
import { Application } from '../src/modules/application/application.entity';
import { retallied } from '../src/modules/application/funding-tallies';
import { Consortium, ConsortiumMember, ConsortiumRole } from '../src/modules/consortium/consortium.entity';
import { Municipality } from '../src/modules/municipality/municipality.entity';

/**
 * Submitted applications of the 2020 call, each by a consortium of two municipalities, so that the
 * benchmarks' lists have volume.
 */
export async function addSyntheticApplications(dataSource: DataSource, count: number): Promise<void> {
  const codes = (await dataSource.getRepository(Municipality).find({ select: { code: true } })).map(
    (m) => m.code,
  );
  const callId = stableId('call', '2020');
  const now = new Date('2020-09-01T09:00:00Z');
  const batch = 500;
  for (let start = 0; start < count; start += batch) {
    const consortia: Consortium[] = [];
    const members: ConsortiumMember[] = [];
    const rows: Application[] = [];
    for (let i = start; i < Math.min(count, start + batch); i++) {
      const lead = codes[i % codes.length];
      const partner = codes[(i * 7 + 3) % codes.length];
      const consortium = Object.assign(new Consortium(), {
        id: stableId('bench-consortium', String(i)),
        name: `Benchmark consortium ${i}`,
        leadCode: lead,
        partners: [],
        createdById: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      consortia.push(consortium);
      members.push(
        Object.assign(new ConsortiumMember(), {
          id: stableId('bench-member', `${i}:0`),
          consortiumId: consortium.id,
          municipalityCode: lead,
          role: ConsortiumRole.LEAD,
          position: 0,
        }),
      );
      if (partner !== lead) {
        members.push(
          Object.assign(new ConsortiumMember(), {
            id: stableId('bench-member', `${i}:1`),
            consortiumId: consortium.id,
            municipalityCode: partner,
            role: ConsortiumRole.MEMBER,
            position: 1,
          }),
        );
      }
      rows.push(
        Object.assign(new Application(), {
          id: stableId('bench-application', String(i)),
          callId,
          consortiumId: consortium.id,
          projectName: { fi: `Hanke ${i}`, sv: null, en: null },
          requestedAmount: `${10000 + (i % 500) * 1000}.00`,
          status: ApplicationStatus.SUBMITTED,
          submittedAt: new Date(now.getTime() + i * 1000),
          referenceNumber: `2020-B${String(i).padStart(6, '0')}`,
          version: 1,
          createdAt: now,
          updatedAt: now,
        }),
      );
    }
    await dataSource.transaction(async (manager) => {
      await manager.insert(Consortium, consortia);
      await manager.insert(ConsortiumMember, members);
      // Through the tallies, as every write of applications goes: call statistics read them.
      await retallied(manager, { applicationIds: rows.map((row) => row.id) }, () =>
        manager.insert(Application, rows),
      );
    });
  }
}
