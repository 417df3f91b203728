import DataLoader from 'dataloader';
import {
  type EntityManager,
  type EntityTarget,
  In,
  type ObjectLiteral,
  type WhereExpressionBuilder,
} from 'typeorm';
import {
  restrictAdoptions,
  restrictApplications,
  restrictCalls,
  restrictGrantRecords,
  restrictConsortia,
  restrictEvaluations,
  restrictPartnerOffers,
  restrictWorkshopInvitations,
} from './auth/visibility';
import type { Viewer } from './auth/viewer';
import { type Money, moneyFromCentsSum, moneySumSql } from './common/money';
import type { Page } from './common/pagination';
import { EntityRows } from './common/entity-rows';
import { Adoption } from './modules/adoption/adoption.entity';
import { Answer, Application } from './modules/application/application.entity';
import { Award } from './modules/award/award.entity';
import { AwardSource } from './modules/award/award-source.entity';
import {
  PublishedDecision,
  PublishedDecisionRecipient,
  PublishedDecisionSource,
} from './modules/award/published-decision.entity';
import { Call, CallCondition, Criterion, Question, Theme } from './modules/call/call.entity';
import { ChangeRequest } from './modules/change-request/change-request.entity';
import { CallSource } from './modules/call/call-source.entity';
import { Consortium, ConsortiumMember } from './modules/consortium/consortium.entity';
import {
  CriterionScore,
  Evaluation,
  EvaluationStatus,
  ReviewAssignment,
} from './modules/evaluation/evaluation.entity';
import { Document } from './modules/document/document.entity';
import { createCallStatisticsLoader } from './modules/award/call-statistics.loader';
import { createOverlapLoader } from './modules/application/overlaps';
import { createProposalSummaryLoader } from './modules/workshop/proposal-summary';
import { createPartnerSearchLoaders } from './modules/workshop/partner-search.loader';
import { Municipality } from './modules/municipality/municipality.entity';
import { PaymentRequest } from './modules/payment/payment-request.entity';
import { Report } from './modules/report/report.entity';
import { ReportKind, ReportStatus } from './modules/report/report-status';
import { Region } from './modules/region/region.entity';
import { User } from './modules/user/user.entity';
import { RecordSnapshot } from './modules/audit/record-snapshot.entity';
import {
  PartnerOffer,
  Workshop,
  WorkshopInvitation,
  WorkshopParticipant,
} from './modules/workshop/workshop.entity';

/** The rows a `loadMany` found, in key order; missing keys (null) are left out, errors thrown. */
export function foundRows<T>(results: (T | null | Error)[]): T[] {
  return results.filter((row): row is T => {
    if (row instanceof Error) throw row;
    return row !== null;
  });
}

/** Groups rows by a key, in the order of the keys asked for (DataLoader's contract). */
function groupBy<T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * Every relation the API resolves goes through one of these, built once per request so that nothing is
 * cached across callers. Loaders that return applications or consortia apply the caller's row
 * visibility in SQL, so a nested path can never show more than a root lookup would.
 */
export class Loaders {
  constructor(
    private readonly manager: EntityManager,
    private readonly viewer: Viewer,
  ) {}

  /**
   * The rows of `entity` whose `column` is one of the keys, as entities read by EntityRows: these loaders
   * read most of what an answer shows, and TypeORM's hydration was most of their CPU.
   */
  private rowsWhere<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    column: keyof T & string,
    keys: readonly string[],
  ) {
    const rows = EntityRows.on(this.manager, entity);
    return { rows, query: rows.query(this.manager, 'row').where(`row.${column} IN (:...keys)`, { keys }) };
  }

  private byColumn<T extends ObjectLiteral>(entity: EntityTarget<T>, column: keyof T & string) {
    return new DataLoader<string, T | null>(async (keys) => {
      const { rows, query } = this.rowsWhere(entity, column, keys);
      const byKey = new Map((await rows.read(query)).map((row) => [String(row[column]), row]));
      return keys.map((key) => byKey.get(key) ?? null);
    });
  }

  private listByColumn<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    column: keyof T & string,
    orderBy: keyof T & string,
  ) {
    return new DataLoader<string, T[]>(async (keys) => {
      const { rows, query } = this.rowsWhere(entity, column, keys);
      const found = await rows.read(query.orderBy(`row.${orderBy}`, 'ASC'));
      return groupBy(keys, found, (row) => String(row[column]));
    });
  }

  /** Citation rows of many records in one statement, each with its source, in the order they are cited. */
  private citations<T extends { id: string; sourceId: string; position: number }>(
    entity: EntityTarget<T>,
    column: keyof T & string,
  ) {
    return new DataLoader<string, T[]>(async (keys) => {
      const rows = await this.manager
        .getRepository(entity)
        .createQueryBuilder('citation')
        .innerJoinAndSelect('citation.source', 'source')
        .where(`citation.${column} IN (:...keys)`, { keys })
        .orderBy('citation.position', 'ASC')
        .addOrderBy('citation.id', 'ASC')
        .getMany();
      return groupBy(keys, rows, (row) => String(row[column]));
    });
  }

  /** Rows by id, narrowed by a row-visibility rule in SQL: what the caller may not see comes back null. */
  private visibleById<T extends { id: string }>(
    entity: EntityTarget<T>,
    restrict: (query: WhereExpressionBuilder, viewer: Viewer, alias: string) => void,
  ) {
    return new DataLoader<string, T | null>(async (ids) => {
      const { rows, query } = this.rowsWhere(entity, 'id', ids);
      restrict(query, this.viewer, 'row');
      const byId = new Map((await rows.read(query)).map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  readonly region = this.byColumn(Region, 'code');
  readonly municipality = this.byColumn(Municipality, 'code');
  readonly call = this.visibleById(Call, restrictCalls);
  readonly callStatistics = createCallStatisticsLoader(this.manager);
  readonly user = this.byColumn(User, 'id');
  readonly theme = this.byColumn(Theme, 'id');
  readonly question = this.byColumn(Question, 'id');
  readonly criterion = this.byColumn(Criterion, 'id');

  readonly themesOfCall = this.listByColumn(Theme, 'callId', 'position');
  readonly criteriaOfCall = this.listByColumn(Criterion, 'callId', 'position');
  readonly questionsOfCall = this.listByColumn(Question, 'callId', 'position');
  readonly conditionsOfCall = this.listByColumn(CallCondition, 'callId', 'position');
  readonly membersOfConsortium = this.listByColumn(ConsortiumMember, 'consortiumId', 'position');
  readonly answersOfApplication = this.listByColumn(Answer, 'applicationId', 'id');
  readonly scoresOfEvaluation = this.listByColumn(CriterionScore, 'evaluationId', 'id');
  readonly activeAssignmentsOfApplication = new DataLoader<string, ReviewAssignment[]>(async (ids) => {
    const rows = await this.manager
      .getRepository(ReviewAssignment)
      .createQueryBuilder('assignment')
      .where('assignment.applicationId IN (:...ids)', { ids })
      .andWhere('assignment.endedAt IS NULL')
      .orderBy('assignment.assignedAt', 'ASC')
      .getMany();
    return groupBy(ids, rows, (row) => row.applicationId);
  });
  readonly awardOfApplication = this.byColumn(Award, 'applicationId');
  readonly award = this.byColumn(Award, 'id');

  /**
   * The rows of `entity` by the parent `column`, narrowed by a row-visibility rule in SQL, in `orderBy`
   * order (the id breaks ties): what the caller may not see is left out of the list.
   */
  private visibleListByColumn<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    column: keyof T & string,
    orderBy: keyof T & string,
    restrict: (query: WhereExpressionBuilder, viewer: Viewer, alias: string) => void,
  ) {
    return new DataLoader<string, T[]>(async (keys) => {
      const { rows, query } = this.rowsWhere(entity, column, keys);
      query.orderBy(`row.${orderBy}`, 'ASC').addOrderBy('row.id', 'ASC');
      restrict(query, this.viewer, 'row');
      return groupBy(keys, await rows.read(query), (row) => String(row[column]));
    });
  }

  /** Payment requests and reports by id, and of an award, as the caller may see them. */
  readonly paymentRequest = this.visibleById(PaymentRequest, restrictGrantRecords);
  readonly paymentRequestsOfAward = this.visibleListByColumn(
    PaymentRequest,
    'awardId',
    'number',
    restrictGrantRecords,
  );
  readonly report = this.visibleById(Report, restrictGrantRecords);
  readonly reportsOfAward = this.visibleListByColumn(Report, 'awardId', 'submittedAt', restrictGrantRecords);

  /** An award's approved final report, whoever asks: only for its public summary. */
  readonly approvedFinalReportOfAward = new DataLoader<string, Report | null>(async (ids) => {
    const rows = await this.manager.getRepository(Report).find({
      where: { awardId: In([...ids]), kind: ReportKind.FINAL, status: ReportStatus.APPROVED },
    });
    const byAward = new Map(rows.map((row) => [row.awardId, row]));
    return ids.map((id) => byAward.get(id) ?? null);
  });

  /** The sources of calls (both the call's and its published figures': the subject tells them apart). */
  readonly sourcesOfCall = this.citations(CallSource, 'callId');
  readonly sourcesOfAward = this.citations(AwardSource, 'awardId');
  readonly sourcesOfPublishedDecision = this.citations(PublishedDecisionSource, 'publishedDecisionId');
  readonly recipientsOfPublishedDecision = this.listByColumn(
    PublishedDecisionRecipient,
    'publishedDecisionId',
    'position',
  );

  /** A call's grants as published: by decision day, then in each publication's order. */
  readonly publishedDecisionsOfCall = new DataLoader<string, PublishedDecision[]>(async (ids) => {
    const rows = await this.manager.getRepository(PublishedDecision).find({
      where: { callId: In([...ids]) },
      order: { decisionDate: 'ASC', listPosition: 'ASC', id: 'ASC' },
    });
    return groupBy(ids, rows, (row) => row.callId);
  });

  /** Evaluations by id, as the caller may see them (independent scoring): invisible ones are null. */
  readonly evaluation = this.visibleById(Evaluation, restrictEvaluations);

  /** An application's evaluations the caller may see, oldest first. */
  readonly evaluationsOfApplication = new DataLoader<string, Evaluation[]>(async (ids) => {
    const query = this.manager
      .getRepository(Evaluation)
      .createQueryBuilder('evaluation')
      .where('evaluation.applicationId IN (:...ids)', { ids })
      .orderBy('evaluation.createdAt', 'ASC')
      .addOrderBy('evaluation.id', 'ASC');
    restrictEvaluations(query, this.viewer, 'evaluation');
    return groupBy(ids, await query.getMany(), (row) => row.applicationId);
  });

  /**
   * Every submitted evaluation of an application, whoever asks: only for the summary, which checks
   * first that the caller may see it.
   */
  readonly submittedEvaluationsOfApplication = new DataLoader<string, Evaluation[]>(async (ids) => {
    const rows = await this.manager.getRepository(Evaluation).find({
      where: { applicationId: In([...ids]), status: EvaluationStatus.SUBMITTED },
      order: { createdAt: 'ASC' },
    });
    return groupBy(ids, rows, (row) => row.applicationId);
  });

  /** Which call an application belongs to, whoever asks: ids only, for looking up the call's criteria. */
  readonly applicationCall = new DataLoader<string, Pick<Application, 'id' | 'callId'> | null>(
    async (ids) => {
      const rows = await this.manager
        .getRepository(Application)
        .find({ select: { id: true, callId: true }, where: { id: In([...ids]) } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    },
  );

  /** The caller's own evaluation of an application, if any. */
  readonly ownEvaluationOfApplication = new DataLoader<string, Evaluation | null>(async (ids) => {
    if (!this.viewer.userId) return ids.map(() => null);
    const rows = await this.manager
      .getRepository(Evaluation)
      .findBy({ applicationId: In([...ids]), reviewerId: this.viewer.userId });
    const byApplication = new Map(rows.map((row) => [row.applicationId, row]));
    return ids.map((id) => byApplication.get(id) ?? null);
  });

  readonly municipalitiesOfRegion = new DataLoader<string, Municipality[]>(async (codes) => {
    const rows = await this.manager
      .getRepository(Municipality)
      .find({ where: { regionCode: In([...codes]) }, order: { name: { fi: 'ASC' }, code: 'ASC' } });
    return groupBy(codes, rows, (row) => row.regionCode);
  });

  /** Applications by id, as the caller may see them: invisible ones come back as null. */
  readonly application = this.visibleById(Application, restrictApplications);

  readonly consortium = this.visibleById(Consortium, restrictConsortia);

  /** Overlaps of applications, whoever asks: the field narrows them to what the caller may see. */
  readonly overlapsOfApplication = createOverlapLoader(this.manager);

  /** Adoptions by id, as the caller may see them (confirmed ones are public). */
  readonly adoption = this.visibleById(Adoption, restrictAdoptions);

  /**
   * The consortia a municipality belongs to, as the caller may see them, in one statement: membership
   * rows with their consortium joined, since one consortium can belong to several of the municipalities
   * asked for (entities read beside a joined result would be de-duplicated out of step with it).
   */
  readonly consortiaOfMunicipality = new DataLoader<string, Consortium[]>(async (codes) => {
    const query = this.manager
      .getRepository(ConsortiumMember)
      .createQueryBuilder('member')
      .innerJoinAndSelect('member.consortium', 'consortium')
      .where('member.municipalityCode IN (:...codes)', { codes })
      .orderBy('consortium.createdAt', 'ASC')
      .addOrderBy('consortium.id', 'ASC');
    restrictConsortia(query, this.viewer, 'consortium');
    const memberships = await query.getMany();
    return groupBy(codes, memberships, (membership) => membership.municipalityCode).map((rows) =>
      rows.flatMap((membership) => (membership.consortium ? [membership.consortium] : [])),
    );
  });

  /** Change requests by id, as the caller may see them (restrictGrantRecords). */
  readonly changeRequest = this.visibleById(ChangeRequest, restrictGrantRecords);

  /** An award's change requests the caller may see, oldest first. */
  readonly changeRequestsOfAward = this.visibleListByColumn(
    ChangeRequest,
    'awardId',
    'createdAt',
    restrictGrantRecords,
  );

  /**
   * The terms an award was decided with, whoever asks (the decision is public): those its first approved
   * change request replaced (JSON), or null while no change has been approved.
   */
  readonly originalTermsOfAward = new DataLoader<string, string | null>(async (ids) => {
    const rows = await this.manager.getRepository(ChangeRequest).find({
      select: { awardId: true, termsBefore: true },
      where: { awardId: In([...ids]), amendmentNumber: 1 },
    });
    const byAward = new Map(rows.map((row) => [row.awardId, row.termsBefore]));
    return ids.map((id) => byAward.get(id) ?? null);
  });

  /** Summaries of PROPOSAL calls, whoever asks: `Call.proposalSummary` decides whether the caller may. */
  readonly proposalSummary = createProposalSummaryLoader(this.manager);

  /** Open searches for partners, by call and by proposal (the narrow view; see the loader). */
  readonly partnerSearches = createPartnerSearchLoaders(this.manager);

  /** Workshops by id, whoever asks: a workshop is public with its call, which the service checks. */
  readonly workshop = this.byColumn(Workshop, 'id');
  readonly workshopsOfCall = this.listByColumn(Workshop, 'callId', 'startsAt');

  /** A workshop's invitations the caller may see (restrictWorkshopInvitations), oldest first. */
  readonly invitationsOfWorkshop = this.visibleListByColumn(
    WorkshopInvitation,
    'workshopId',
    'invitedAt',
    restrictWorkshopInvitations,
  );

  /** The people registered with invitations, whoever asks: the field that lists them checks first. */
  readonly participantsOfInvitation = this.listByColumn(WorkshopParticipant, 'invitationId', 'position');

  /** The offers to join proposals that the caller may see (restrictPartnerOffers), oldest first. */
  readonly offersOfProposal = this.visibleListByColumn(
    PartnerOffer,
    'applicationId',
    'createdAt',
    restrictPartnerOffers,
  );

  /** Loaders made on first use for one argument (a list's arguments, a year, a type), by that argument. */
  private readonly byArgument = new Map<string, DataLoader<string, unknown>>();

  private loaderFor<V>(cacheKey: string, create: () => DataLoader<string, V>): DataLoader<string, V> {
    let loader = this.byArgument.get(cacheKey) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = create();
      this.byArgument.set(cacheKey, loader);
    }
    return loader;
  }

  /**
   * The pages of a nested list (`Municipality.awards`, `Call.applications`, …) for every parent asked for
   * with the same arguments, in one batch: `load` reads them all at once (see `paginateEach`), so that a
   * list of 50 parents costs what a list of one does. `list` names the field, `args` are its arguments.
   */
  pagesOf<T>(
    list: string,
    args: unknown,
    load: (parents: readonly string[]) => Promise<Page<T>[]>,
  ): DataLoader<string, Page<T>> {
    return this.loaderFor(`pages ${list} ${JSON.stringify(args)}`, () => new DataLoader(load));
  }

  /**
   * The latest snapshot a mutation (`action`) took of records of one type, by record id: one statement
   * for every record asked for. Whether the caller may see the record is the parent's resolver's to know.
   */
  latestSnapshotOf(entityType: string, action: string): DataLoader<string, RecordSnapshot | null> {
    return this.loaderFor(
      `snapshot ${entityType} ${action}`,
      () =>
        new DataLoader<string, RecordSnapshot | null>(async (ids) => {
          const rows = await this.manager.getRepository(RecordSnapshot).find({
            where: { entityType, action, entityId: In([...ids]) },
            order: { takenAt: 'ASC', id: 'ASC' },
          });
          const latest = new Map(rows.map((row) => [row.entityId, row]));
          return ids.map((id) => latest.get(id) ?? null);
        }),
    );
  }

  /**
   * Sum of the awards of projects a municipality takes part in (as lead or member), optionally in one
   * call year: one grouped statement per year asked for, however many municipalities are listed.
   */
  fundingTotalOf(year: number | null): DataLoader<string, Money> {
    return this.loaderFor(
      `funding ${year}`,
      () =>
        new DataLoader<string, Money>(async (codes) => {
          const query = this.manager
            .createQueryBuilder()
            .select('member.municipalityCode', 'code')
            .addSelect(moneySumSql('award.grantedAmount'), 'cents')
            .from(Award, 'award')
            .innerJoin(Application, 'application', 'application.id = award.applicationId')
            .innerJoin(ConsortiumMember, 'member', 'member.consortiumId = application.consortiumId')
            .where('member.municipalityCode IN (:...codes)', { codes })
            .groupBy('member.municipalityCode');
          if (year !== null)
            query.innerJoin(Call, 'call', 'call.id = award.callId').andWhere('call.year = :year', { year });
          const rows = await query.getRawMany<{ code: string; cents: unknown }>();
          const byCode = new Map(rows.map((row) => [row.code, moneyFromCentsSum(row.cents)]));
          return codes.map((code) => byCode.get(code) ?? '0.00');
        }),
    );
  }

  /**
   * The documents of records of one owner type (`documentsOf('AWARD').load(awardId)`), oldest first, in
   * one statement per type. Whoever asks: the field that lists them checks first that the caller may.
   */
  documentsOf(ownerType: string): DataLoader<string, Document[]> {
    return this.loaderFor(
      `documents ${ownerType}`,
      () =>
        new DataLoader<string, Document[]>(async (ids) => {
          const rows = await this.manager.getRepository(Document).find({
            where: { ownerType, ownerId: In([...ids]) },
            order: { uploadedAt: 'ASC', id: 'ASC' },
          });
          return groupBy(ids, rows, (row) => row.ownerId);
        }),
    );
  }
}
