import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { newId } from '../../src/common/ids';
import { LocalizedText } from '../../src/common/localized-text';
import { ApplicationStatus } from '../../src/modules/application/application-status';
import { Application } from '../../src/modules/application/application.entity';
import { retallied } from '../../src/modules/application/funding-tallies';
import { transactionOn } from '../../src/common/transaction';
import { Call, CallStage, CallState, Criterion } from '../../src/modules/call/call.entity';
import type { Consortium } from '../../src/modules/consortium/consortium.entity';
import { createConsortium as createConsortiumOf } from './factories';

const created = new Date('2025-01-01T00:00:00Z');

export interface CriterionSpec {
  code: string;
  weight?: number;
  minScore?: number;
  maxScore?: number;
}

/** A published call whose window closed before the test server's default clock (2026-01-15). */
export async function createClosedCall(
  dataSource: DataSource,
  options: { appropriation?: string | null; criteria?: CriterionSpec[]; projectDeadline?: string } = {},
): Promise<{ call: Call; criteria: Criterion[] }> {
  const key = `t-${randomBytes(4).toString('hex')}`;
  const call = Call.draft({
    key,
    year: 2025,
    stage: CallStage.APPLICATION,
    state: CallState.PUBLISHED,
    title: LocalizedText.of({ fi: `Testihaku ${key}`, sv: `Testansökan ${key}` }),
    appropriation: options.appropriation === undefined ? '1000000.00' : options.appropriation,
    opensAt: new Date('2025-06-01T09:00:00Z'),
    closesAt: new Date('2025-10-01T13:15:00Z'),
    projectDeadline: options.projectDeadline ?? '2027-10-31',
    minMunicipalities: 2,
    publishedAt: created,
    createdAt: created,
  });
  await dataSource.getRepository(Call).insert(call);
  const specs = options.criteria ?? [
    { code: 'impact', weight: 2 },
    { code: 'feasibility', weight: 1 },
  ];
  const criteria = specs.map((spec, position) =>
    Object.assign(new Criterion(), {
      id: newId(),
      callId: call.id,
      code: spec.code,
      title: LocalizedText.of({ en: spec.code }),
      weight: spec.weight ?? 1,
      minScore: spec.minScore ?? 0,
      maxScore: spec.maxScore ?? 5,
      position,
    }),
  );
  // One by one: after a multi-row insert on SQLite, TypeORM writes re-read values back into the objects in
  // row order, which can hand one object another's id; the rows are right, the objects would not be.
  for (const criterion of criteria) await dataSource.getRepository(Criterion).insert(criterion);
  return { call, criteria };
}

/** A consortium led by the first code, with the others as members. */
/** A consortium of the given municipalities, the first one leading. */
export function createConsortium(dataSource: DataSource, codes: string[]): Promise<Consortium> {
  return createConsortiumOf(dataSource, {
    lead: codes[0],
    members: codes.slice(1),
    name: `Consortium of ${codes.join(', ')}`,
  });
}

let referenceCounter = 0;

/** An application as submission leaves it (or in another status), with a reference number. */
export async function createApplication(
  dataSource: DataSource,
  options: {
    call: Call;
    consortium: Consortium;
    requestedAmount?: string;
    status?: ApplicationStatus;
    projectName?: { fi?: string; sv?: string };
    themeId?: string;
  },
): Promise<Application> {
  referenceCounter += 1;
  const application = Application.draft({
    referenceNumber: `${options.call.key}-${String(referenceCounter).padStart(4, '0')}`,
    callId: options.call.id,
    consortiumId: options.consortium.id,
    projectName: LocalizedText.of(options.projectName ?? { fi: `Hanke ${referenceCounter}` }),
    summary: 'A joint project',
    requestedAmount: options.requestedAmount ?? '100000.00',
    themeId: options.themeId ?? null,
    contactName: 'Contact Person',
    contactEmail: 'contact@example.fi',
    status: options.status ?? ApplicationStatus.SUBMITTED,
    submittedAt: new Date('2025-09-30T10:00:00Z'),
    version: 2,
    createdById: null,
    createdAt: created,
  });
  // As the services write: the call and funding statistics move with the application, in one transaction.
  await transactionOn(dataSource, (manager) =>
    retallied(manager, { applicationIds: [application.id] }, () => manager.insert(Application, application)),
  );
  return application;
}

export { type Person, signIn } from './factories';
