import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { LocalizedText } from '../../src/common/localized-text';
import { ApplicationStatus } from '../../src/modules/application/application-status';
import { Answer, Application } from '../../src/modules/application/application.entity';
import { retallied } from '../../src/modules/application/funding-tallies';
import { transactionOn } from '../../src/common/transaction';
import { AuditEvent } from '../../src/modules/audit/audit-event.entity';
import { Call, Question } from '../../src/modules/call/call.entity';
import { Consortium, ConsortiumMember, ConsortiumRole } from '../../src/modules/consortium/consortium.entity';
import { ReviewAssignment } from '../../src/modules/evaluation/evaluation.entity';
import type { TestServer, TokenClaims } from './server';

/**
 * Small factories that arrange data through the data layer, for tests of what callers may read before
 * (or without) the mutations that would create it.
 */

const created = new Date('2026-01-10T08:00:00.000Z');

/** A person with a real token, signed in once so that the server knows their user id. */
export interface Person {
  token: string;
  userId: string;
}

export async function signIn(server: TestServer, claims: TokenClaims): Promise<Person> {
  const token = await server.token(claims);
  const { data, errors } = await server.query<{ viewer: { userId: string } }>(
    '{ viewer { userId } }',
    {},
    { token },
  );
  if (errors || !data?.viewer.userId)
    throw new Error(`signing in ${claims.sub} failed: ${JSON.stringify(errors)}`);
  return { token, userId: data.viewer.userId };
}

export async function callByKey(dataSource: DataSource, key: string): Promise<Call> {
  return dataSource.getRepository(Call).findOneByOrFail({ key });
}

/** A consortium led by `lead` with `members` after it. */
export async function createConsortium(
  dataSource: DataSource,
  fields: { id?: string; lead: string; members?: string[]; name?: string },
): Promise<Consortium> {
  const consortium = dataSource.getRepository(Consortium).create({
    id: fields.id ?? randomUUID(),
    name: fields.name ?? `Consortium ${fields.lead}`,
    leadCode: fields.lead,
    partners: [],
    createdById: null,
    version: 1,
    createdAt: created,
    updatedAt: created,
  });
  await dataSource.getRepository(Consortium).insert(consortium);
  const codes = [fields.lead, ...(fields.members ?? [])];
  await dataSource.getRepository(ConsortiumMember).insert(
    codes.map((municipalityCode, position) => ({
      id: randomUUID(),
      consortiumId: consortium.id,
      municipalityCode,
      role: position === 0 ? ConsortiumRole.LEAD : ConsortiumRole.MEMBER,
      position,
    })),
  );
  return consortium;
}

/** An application with a contact person, a maturity assessment and an answer to every question of its call. */
export async function createApplication(
  dataSource: DataSource,
  fields: {
    id?: string;
    callId: string;
    consortiumId: string;
    status?: ApplicationStatus;
    projectName?: string;
    proposalId?: string;
  },
): Promise<Application> {
  const status = fields.status ?? ApplicationStatus.DRAFT;
  const application = Application.draft({
    id: fields.id ?? randomUUID(),
    callId: fields.callId,
    consortiumId: fields.consortiumId,
    projectName: LocalizedText.of({ fi: fields.projectName ?? 'Salainen hanke' }),
    summary: 'Not for everyone to read',
    requestedAmount: '120000.00',
    totalBudget: '150000.00',
    maturityLevel: 3,
    maturityAssessedOn: '2026-01-05',
    maturityNotes: 'Self-assessed',
    contactName: 'Kaisa Kontakti',
    contactEmail: 'kaisa@example.test',
    contactPhone: '+358 40 000 0000',
    status,
    submittedAt: status === ApplicationStatus.DRAFT ? null : created,
    proposalId: fields.proposalId ?? null,
    createdById: null,
    createdAt: created,
  });
  // As the services write: the call and funding statistics move with the application, in one transaction.
  await transactionOn(dataSource, (manager) =>
    retallied(manager, { applicationIds: [application.id] }, () => manager.insert(Application, application)),
  );
  const questions = await dataSource.getRepository(Question).findBy({ callId: fields.callId });
  if (questions.length > 0) {
    await dataSource.getRepository(Answer).insert(
      questions.map((question) => ({
        id: randomUUID(),
        applicationId: application.id,
        questionId: question.id,
        text: `Answer to ${question.code}`,
      })),
    );
  }
  return application;
}

/** An active assignment of a reviewer to an application, unless `ended` says it has ended. */
export async function assignReviewer(
  dataSource: DataSource,
  fields: { applicationId: string; reviewerId: string; ended?: boolean },
): Promise<ReviewAssignment> {
  const assignment = dataSource.getRepository(ReviewAssignment).create({
    id: randomUUID(),
    applicationId: fields.applicationId,
    reviewerId: fields.reviewerId,
    assignedById: null,
    assignedAt: created,
    endedAt: fields.ended ? created : null,
    endReason: null,
    conflictDeclaration: null,
  });
  await dataSource.getRepository(ReviewAssignment).insert(assignment);
  return assignment;
}

/** An audit event, as a mutation would have recorded it. */
export async function createAuditEvent(
  dataSource: DataSource,
  fields: Partial<Pick<AuditEvent, 'occurredAt' | 'actorId' | 'action' | 'entityType' | 'entityId'>> = {},
): Promise<AuditEvent> {
  const event = dataSource.getRepository(AuditEvent).create({
    id: randomUUID(),
    occurredAt: fields.occurredAt ?? created,
    actorId: fields.actorId ?? null,
    action: fields.action ?? 'updateApplication',
    entityType: fields.entityType ?? 'Application',
    entityId: fields.entityId ?? randomUUID(),
    changes: JSON.stringify({ summary: ['before', 'after'] }),
  });
  await dataSource.getRepository(AuditEvent).insert(event);
  return event;
}
