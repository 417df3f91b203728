import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { LocalizedText } from '../../src/common/localized-text';
import { fromCents, toCents } from '../../src/common/money';
import { ApplicationStatus } from '../../src/modules/application/application-status';
import { Answer, Application } from '../../src/modules/application/application.entity';
import { recordSubmissionsOnRecord } from '../../src/modules/application/first-submission';
import { retallied } from '../../src/modules/application/funding-tallies';
import { transactionOn } from '../../src/common/transaction';
import { AuditEvent } from '../../src/modules/audit/audit-event.entity';
import { budgetColumns } from '../../src/modules/award/grant-terms';
import { Award } from '../../src/modules/award/award.entity';
import { Document, DocumentKind } from '../../src/modules/document/document.entity';
import { Call, CallStage, CallState, Criterion, Question, Theme } from '../../src/modules/call/call.entity';
import { newId } from '../../src/common/ids';
import { ChangeRequest, ChangeRequestKind } from '../../src/modules/change-request/change-request.entity';
import { ChangeRequestStatus } from '../../src/modules/change-request/change-request-status';
import { Consortium, ConsortiumMember, ConsortiumRole } from '../../src/modules/consortium/consortium.entity';
import { ReviewAssignment } from '../../src/modules/evaluation/evaluation.entity';
import { costColumns, PaymentRequest } from '../../src/modules/payment/payment-request.entity';
import { PaymentRequestStatus } from '../../src/modules/payment/payment-request-status';
import { Report } from '../../src/modules/report/report.entity';
import { ReportKind, ReportStatus } from '../../src/modules/report/report-status';
import { Adoption, AdoptionKind, AdoptionStatus } from '../../src/modules/adoption/adoption.entity';
import { moveAdoptionTallies } from '../../src/modules/adoption/adoption-tallies';
import {
  PartnerOffer,
  PartnerOfferStatus,
  PartnerSearch,
  Workshop,
  WorkshopInvitation,
  WorkshopInvitationStatus,
} from '../../src/modules/workshop/workshop.entity';
import { graphql } from '../gql';
import type { TestServer, TokenClaims } from './server';

/**
 * The fixture factories: one per entity, arranging rows through the data layer for tests of what callers
 * may read or do before (or without) the mutations that would create them. New rows start from the
 * entities' own `draft` (Call.draft, Application.draft), as the services' do.
 */

const created = new Date('2026-01-10T08:00:00.000Z');
/** Before the window of the closed call below, for rows that must predate it. */
const past = new Date('2025-01-01T00:00:00.000Z');

/** A person with a real token, signed in once so that the server knows their user id. */
export interface Person {
  token: string;
  userId: string;
}

const viewerDocument = graphql(`
  query SignIn {
    viewer {
      userId
    }
  }
`);

export async function signIn(server: TestServer, claims: TokenClaims): Promise<Person> {
  const token = await server.token(claims);
  const { data, errors } = await server.query(viewerDocument, {}, { token });
  if (errors || !data?.viewer.userId)
    throw new Error(`signing in ${claims.sub} failed: ${JSON.stringify(errors)}`);
  return { token, userId: data.viewer.userId };
}

export async function callByKey(dataSource: DataSource, key: string): Promise<Call> {
  return dataSource.getRepository(Call).findOneByOrFail({ key });
}

export interface CriterionSpec {
  code: string;
  weight?: number;
  minScore?: number;
  maxScore?: number;
}

/** A published call whose window closed before the test server's default clock (2026-01-15). */
export async function createClosedCall(
  dataSource: DataSource,
  options: {
    appropriation?: string | null;
    criteria?: CriterionSpec[];
    projectDeadline?: string;
    /** Codes of themes to add, in order (none by default). */
    themes?: string[];
    /** PROPOSAL for the first of two stages; APPLICATION by default. */
    stage?: CallStage;
  } = {},
): Promise<{ call: Call; criteria: Criterion[]; themes: Theme[] }> {
  const key = `t-${randomBytes(4).toString('hex')}`;
  const call = Call.draft({
    key,
    year: 2025,
    stage: options.stage ?? CallStage.APPLICATION,
    state: CallState.PUBLISHED,
    title: LocalizedText.of({ fi: `Testihaku ${key}`, sv: `Testansökan ${key}` }),
    appropriation: options.appropriation === undefined ? '1000000.00' : options.appropriation,
    opensAt: new Date('2025-06-01T09:00:00Z'),
    closesAt: new Date('2025-10-01T13:15:00Z'),
    projectDeadline: options.projectDeadline ?? '2027-10-31',
    minMunicipalities: 2,
    publishedAt: past,
    createdAt: past,
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
  const themes = (options.themes ?? []).map((code, position) =>
    Object.assign(new Theme(), {
      id: newId(),
      callId: call.id,
      code,
      title: LocalizedText.of({ en: code }),
      examples: [],
      position,
    }),
  );
  for (const theme of themes) await dataSource.getRepository(Theme).insert(theme);
  return { call, criteria, themes };
}

/** A consortium led by `lead` with `members` after it. */
export async function createConsortium(
  dataSource: DataSource,
  fields: { id?: string; lead: string; members?: string[]; name?: string },
): Promise<Consortium> {
  const consortium = dataSource.getRepository(Consortium).create({
    id: fields.id ?? randomUUID(),
    name: fields.name ?? `Consortium of ${[fields.lead, ...(fields.members ?? [])].join(', ')}`,
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

/**
 * An application from `Application.draft`, with a contact person, a maturity assessment and an answer to
 * every question of its call; DRAFT unless `status` says otherwise. Past DRAFT it has what submission
 * gives it, as the workflow service would: the call's next reference number, a submission instant (the
 * day before the call closed) and version 2, and the call's and consortium's `firstSubmittedAt`.
 */
export async function createApplication(
  dataSource: DataSource,
  fields: {
    id?: string;
    callId: string;
    consortiumId: string;
    status?: ApplicationStatus;
    projectName?: { fi?: string; sv?: string };
    requestedAmount?: string;
    proposalId?: string;
    themeId?: string;
    summary?: string;
    projectStart?: string;
    projectEnd?: string;
    /** The project period and the budget by category (the total is then their sum). */
    terms?: Partial<Pick<Application, 'projectStart' | 'projectEnd' | (typeof budgetColumns)[number]>>;
  },
): Promise<Application> {
  const status = fields.status ?? ApplicationStatus.DRAFT;
  const submitted = status !== ApplicationStatus.DRAFT;
  return oneAtATime(() =>
    transactionOn(dataSource, async (manager) => {
      const call = await manager.getRepository(Call).findOneByOrFail({ id: fields.callId });
      if (submitted) {
        call.referenceSequence += 1;
        await manager.getRepository(Call).update(call.id, { referenceSequence: call.referenceSequence });
      }
      const application = Application.draft({
        id: fields.id ?? randomUUID(),
        callId: fields.callId,
        consortiumId: fields.consortiumId,
        projectName: LocalizedText.of(fields.projectName ?? { fi: 'Salainen hanke' }),
        summary: fields.summary ?? 'Not for everyone to read',
        projectStart: fields.projectStart ?? null,
        projectEnd: fields.projectEnd ?? null,
        requestedAmount: fields.requestedAmount ?? '120000.00',
        totalBudget: fields.terms ? budgetTotal(fields.terms) : '150000.00',
        ...fields.terms,
        maturityLevel: 3,
        maturityAssessedOn: '2025-01-05',
        maturityNotes: 'Self-assessed',
        contactName: 'Kaisa Kontakti',
        contactEmail: 'kaisa@example.test',
        contactPhone: '+358 40 000 0000',
        status,
        submittedAt: submitted ? new Date((call.closesAt ?? created).getTime() - 86_400_000) : null,
        referenceNumber: submitted ? `${call.key}-${String(call.referenceSequence).padStart(4, '0')}` : null,
        version: submitted ? 2 : 1,
        proposalId: fields.proposalId ?? null,
        themeId: fields.themeId ?? null,
        createdById: null,
        createdAt: submitted ? past : created,
      });
      // As the services write: the call and funding statistics move with the application.
      await retallied(manager, { applicationIds: [application.id] }, () =>
        manager.getRepository(Application).insert(application),
      );
      const questions = await manager.getRepository(Question).findBy({ callId: fields.callId });
      if (questions.length > 0) {
        await manager.getRepository(Answer).insert(
          questions.map((question) => ({
            id: randomUUID(),
            applicationId: application.id,
            questionId: question.id,
            text: `Answer to ${question.code}`,
          })),
        );
      }
      if (submitted) await recordSubmissionsOnRecord(manager);
      return application;
    }),
  );
}

function budgetTotal(terms: Partial<Record<(typeof budgetColumns)[number], string | null>>): string | null {
  const parts = budgetColumns.flatMap((column) => terms[column] ?? []);
  return parts.length ? fromCents(parts.reduce((sum, part) => sum + toCents(part), 0n)) : null;
}

let last: Promise<unknown> = Promise.resolve();

/**
 * Runs factories one after another even when a test starts them together (Promise.all): SQLite's one
 * connection holds one transaction at a time, and reference numbers are taken in turn.
 */
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const next = last.then(work, work);
  last = next.catch(() => undefined);
  return next;
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
  fields: Partial<
    Pick<AuditEvent, 'occurredAt' | 'actorId' | 'action' | 'entityType' | 'entityId' | 'changes'>
  > = {},
): Promise<AuditEvent> {
  const event = dataSource.getRepository(AuditEvent).create({
    id: randomUUID(),
    occurredAt: fields.occurredAt ?? created,
    actorId: fields.actorId ?? null,
    action: fields.action ?? 'updateApplication',
    entityType: fields.entityType ?? 'Application',
    entityId: fields.entityId ?? randomUUID(),
    changes: fields.changes ?? JSON.stringify({ summary: ['before', 'after'] }),
  });
  await dataSource.getRepository(AuditEvent).insert(event);
  return event;
}

/**
 * A change request of an award, as requestChange would leave it: an EXTEND_PROJECT to 2027-09-30 (within
 * the project deadline of createClosedCall) unless `kind` or `projectEnd` say otherwise.
 */
export async function createChangeRequest(
  dataSource: DataSource,
  fields: {
    id?: string;
    awardId: string;
    kind?: ChangeRequestKind;
    status?: ChangeRequestStatus;
    projectEnd?: string;
  },
): Promise<ChangeRequest> {
  const kind = fields.kind ?? ChangeRequestKind.EXTEND_PROJECT;
  const request = dataSource.getRepository(ChangeRequest).create({
    id: fields.id ?? randomUUID(),
    awardId: fields.awardId,
    kind,
    status: fields.status ?? ChangeRequestStatus.SUBMITTED,
    justification: 'Not for everyone to read',
    projectEnd: kind === ChangeRequestKind.EXTEND_PROJECT ? (fields.projectEnd ?? '2027-09-30') : null,
    budgetStaff: null,
    budgetTravel: null,
    budgetPremises: null,
    budgetPurchasedServices: null,
    budgetOther: null,
    addMunicipalityCodes: [],
    removeMunicipalityCodes: [],
    amendmentNumber: null,
    termsBefore: null,
    requestedById: null,
    decidedById: null,
    decidedAt: null,
    decisionReason: null,
    version: 1,
    createdAt: created,
    updatedAt: created,
  });
  await dataSource.getRepository(ChangeRequest).insert(request);
  return request;
}

/**
 * The award of an AWARDED application, as decideAward records it (nothing paid or reported yet; the
 * running totals moved with it): of `applicationId`, or of a new AWARDED application of the consortium in
 * the call; for tests of what comes after the decision.
 */
export async function createAward(
  dataSource: DataSource,
  fields: ({ applicationId: string } | { callId: string; consortiumId: string }) & {
    grantedAmount?: string;
    decisionDate?: string;
  },
): Promise<Award> {
  const applicationId =
    'applicationId' in fields
      ? fields.applicationId
      : (
          await createApplication(dataSource, {
            callId: fields.callId,
            consortiumId: fields.consortiumId,
            status: ApplicationStatus.AWARDED,
          })
        ).id;
  return oneAtATime(() =>
    transactionOn(dataSource, async (manager) => {
      const application = await manager.getRepository(Application).findOneByOrFail({ id: applicationId });
      const call = await manager.getRepository(Call).findOneByOrFail({ id: application.callId });
      const award: Award = Object.assign(new Award(), {
        id: randomUUID(),
        applicationId: application.id,
        callId: application.callId,
        grantedAmount: fields.grantedAmount ?? '100000.00',
        decisionDate: fields.decisionDate ?? '2025-12-11',
        decisionNumber: `VN/${randomBytes(2).toString('hex')}/2025`,
        conditions: null,
        projectDeadline: call.projectDeadline ?? '2027-10-31',
        listPosition: null,
        createdAt: created,
        ...Award.unpaid(),
      });
      await retallied(manager, { applicationIds: [application.id] }, () =>
        manager.getRepository(Award).insert(award),
      );
      return award;
    }),
  );
}

/** A SUBMITTED payment request of an award, as its lead would have submitted it. */
export async function createPaymentRequest(
  dataSource: DataSource,
  fields: { awardId: string; staff?: string; number?: number },
): Promise<PaymentRequest> {
  const staff = fields.staff ?? '1000.00';
  const request = Object.assign(new PaymentRequest(), {
    id: randomUUID(),
    awardId: fields.awardId,
    number: fields.number ?? 1,
    status: PaymentRequestStatus.SUBMITTED,
    final: false,
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
    ...costColumns(
      'claimed',
      { staff, travel: '0.00', premises: '0.00', purchasedServices: '0.00', other: '0.00' },
      staff,
    ),
    ...costColumns('approved', null, null),
    paidAmount: null,
    note: null,
    decisionReason: null,
    submittedAt: created,
    decidedAt: null,
    version: 1,
    submittedById: null,
    updatedAt: created,
  });
  await dataSource.getRepository(PaymentRequest).insert(request);
  return request;
}

/** A SUBMITTED report of an award (FINAL unless `kind` says otherwise). */
export async function createReport(
  dataSource: DataSource,
  fields: { awardId: string; kind?: ReportKind },
): Promise<Report> {
  const report = Object.assign(new Report(), {
    id: randomUUID(),
    awardId: fields.awardId,
    kind: fields.kind ?? ReportKind.FINAL,
    status: ReportStatus.SUBMITTED,
    outcomes: 'Not for everyone to read',
    indicators: [],
    reuse: 'Open source',
    publicSummary: LocalizedText.of({ fi: 'Julkinen tiivistelmä' }),
    returnReason: null,
    submittedAt: created,
    decidedAt: null,
    version: 1,
    submittedById: null,
    updatedAt: created,
  });
  await dataSource.getRepository(Report).insert(report);
  // As submitReport records it on the award.
  await dataSource
    .getRepository(Award)
    .update(
      report.awardId,
      report.kind === ReportKind.FINAL
        ? { finalReportSubmittedAt: created }
        : { interimReportSubmittedAt: created },
    );
  return report;
}

/**
 * A document's row as an upload leaves it (the bytes are not written: for tests of who may see the
 * metadata, or of refusals that come before the bytes are read).
 */
export async function createDocument(
  dataSource: DataSource,
  fields: { ownerType?: string; ownerId: string; kind?: DocumentKind; uploadedById: string },
): Promise<Document> {
  const id = randomUUID();
  const document: Document = Object.assign(new Document(), {
    id,
    ownerType: fields.ownerType ?? 'AWARD',
    ownerId: fields.ownerId,
    kind: fields.kind ?? DocumentKind.AGREEMENT,
    fileName: 'sopimus.pdf',
    mediaType: 'application/pdf',
    byteSize: 1024,
    sha256: randomBytes(32).toString('hex'),
    storageKey: `${id.slice(0, 2)}/${id}`,
    uploadedById: fields.uploadedById,
    uploadedAt: created,
  });
  await dataSource.getRepository(Document).insert(document);
  return document;
}

/** A municipality's adoption of an award's result, PENDING unless `status` says otherwise (tallies moved). */
export async function createAdoption(
  dataSource: DataSource,
  fields: {
    awardId: string;
    municipalityCode: string;
    status?: AdoptionStatus;
    adoptedOn?: string;
    population?: number;
  },
): Promise<Adoption> {
  return oneAtATime(() =>
    transactionOn(dataSource, async (manager) => {
      const status = fields.status ?? AdoptionStatus.PENDING;
      const adoption: Adoption = {
        id: randomUUID(),
        awardId: fields.awardId,
        municipalityCode: fields.municipalityCode,
        adoptedOn: fields.adoptedOn ?? '2026-01-05',
        kind: AdoptionKind.ADAPTED,
        description: `Adopted by ${fields.municipalityCode}`,
        status,
        adopterPopulation: fields.population ?? 10_000,
        recordedById: null,
        createdAt: created,
        decidedAt: status === AdoptionStatus.PENDING ? null : created,
        decidedById: null,
        updatedAt: created,
      };
      await manager.getRepository(Adoption).insert(adoption);
      if (status === AdoptionStatus.CONFIRMED) await moveAdoptionTallies(manager, adoption.id, 1);
      return adoption;
    }),
  );
}

/**
 * A workshop of a (PROPOSAL) call: open for registration at the test clock's default day (2026-01-15)
 * unless `started`, then it began on 2026-01-10 and registration closed before.
 */
export async function createWorkshop(
  dataSource: DataSource,
  fields: { callId: string; started?: boolean },
): Promise<Workshop> {
  const workshop: Workshop = {
    id: randomUUID(),
    callId: fields.callId,
    title: LocalizedText.of({ fi: 'Työpaja' }),
    startsAt: new Date(fields.started ? '2026-01-10T07:00:00Z' : '2026-02-02T07:00:00Z'),
    place: 'Helsinki',
    online: false,
    registrationClosesAt: new Date(fields.started ? '2026-01-05T14:00:00Z' : '2026-02-01T14:00:00Z'),
    createdById: null,
    createdAt: created,
    updatedAt: created,
  };
  await dataSource.getRepository(Workshop).insert(workshop);
  return workshop;
}

/** A proposal's invitation to a workshop, INVITED unless `status` says otherwise. */
export async function createWorkshopInvitation(
  dataSource: DataSource,
  fields: { workshopId: string; applicationId: string; status?: WorkshopInvitationStatus },
): Promise<WorkshopInvitation> {
  const invitation: WorkshopInvitation = {
    id: randomUUID(),
    workshopId: fields.workshopId,
    applicationId: fields.applicationId,
    status: fields.status ?? WorkshopInvitationStatus.INVITED,
    invitedAt: created,
    respondedAt: null,
    attendanceRecordedAt: null,
    updatedAt: created,
  };
  await dataSource.getRepository(WorkshopInvitation).insert(invitation);
  return invitation;
}

/** A proposal flagged as looking for partners, with an offer from `offerFrom` (OFFERED) if given. */
export async function createPartnerSearch(
  dataSource: DataSource,
  fields: { applicationId: string; offerFrom?: string; offerStatus?: PartnerOfferStatus },
): Promise<void> {
  await dataSource.getRepository(PartnerSearch).insert({
    id: randomUUID(),
    applicationId: fields.applicationId,
    wish: 'A municipality with experience',
    closedAt: null,
    flaggedById: null,
    createdAt: created,
    updatedAt: created,
  });
  if (fields.offerFrom)
    await dataSource.getRepository(PartnerOffer).insert({
      id: randomUUID(),
      applicationId: fields.applicationId,
      municipalityCode: fields.offerFrom,
      status: fields.offerStatus ?? PartnerOfferStatus.OFFERED,
      offeredById: null,
      createdAt: created,
      decidedAt: null,
      decidedById: null,
      joinedApplicationId: null,
      updatedAt: created,
    });
}
