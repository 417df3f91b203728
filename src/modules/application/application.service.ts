import { hasRole, Role } from '../../auth/viewer';
import { restrictApplications } from '../../auth/visibility';
import { forbidden } from '../../common/errors';
import type { RequestContext } from '../../context';
import { parseId } from '../../common/ids';
import {
  paginate,
  paginateEach,
  type Page,
  type PageArgs,
  type SortKey,
  sortValue,
  type SortValue,
} from '../../common/pagination';
import type { SelectQueryBuilder } from 'typeorm';
import { ConsortiumMember } from '../consortium/consortium.entity';
import { Application } from './application.entity';
import { narrowProjects } from './project-filter';
import { type ApplicationFilter, type ApplicationOrder, ApplicationOrderField } from './application.inputs';

const orderKeys: Record<ApplicationOrderField, { expression: string; type: SortValue }> = {
  CREATED_AT: { expression: 'application.createdAt', type: sortValue.instant },
  // Seeded historical grants have no submission instant; they sort as if submitted at creation.
  SUBMITTED_AT: {
    expression: 'application.submittedSortAt',
    type: sortValue.instant,
  },
  REQUESTED_AMOUNT: { expression: 'application.requestedAmount', type: sortValue.money },
  // Maintained by the evaluation module (ranking-score.ts); -1, below every score, without one.
  WEIGHTED_SCORE: { expression: 'application.rankingScore', type: sortValue.integer },
};

/** Reads applications, always through the caller's row visibility. */
export class ApplicationService {
  constructor(private readonly ctx: RequestContext) {}

  byId(id: string): Promise<Application | null> {
    return this.ctx.loaders.application.load(parseId(id));
  }

  list(
    filter: ApplicationFilter | null | undefined,
    order: ApplicationOrder | null | undefined,
    page: PageArgs,
  ): Promise<Page<Application>> {
    const keys = this.orderOf(order);
    return this.filtered(filter).then((query) => paginate(query, keys, page));
  }

  /**
   * The applications of one parent (a call, a consortium, a municipality), batched with every other
   * parent asked for with the same arguments in this request: one statement for all their pages.
   */
  ofParent(
    parent: ApplicationParent,
    key: string,
    filter: ApplicationFilter | null | undefined,
    order: ApplicationOrder | null | undefined,
    page: PageArgs,
  ): Promise<Page<Application>> {
    const sortKeys = this.orderOf(order);
    return this.ctx.loaders
      .pagesOf(`${parent}.applications`, [filter ?? null, order ?? null, page], async (keys) => {
        // The parent's own condition replaces the same one in the filter, as it always has.
        const query = await this.filtered({ ...filter, ...parents[parent].unset });
        const partition = { expression: parents[parent].partition(query), keys };
        return paginateEach(query, partition, sortKeys, page);
      })
      .load(key);
  }

  /**
   * The order's keys. The permissions map refuses WEIGHTED_SCORE to anyone but an administrator on every
   * `applications` field; refused here as well, so that a new path to this service cannot forget it.
   */
  private orderOf(order: ApplicationOrder | null | undefined): SortKey[] {
    if (order?.field === ApplicationOrderField.WEIGHTED_SCORE && !hasRole(this.ctx.viewer, Role.ADMIN)) {
      throw forbidden();
    }
    return orderOf(order);
  }

  private async filtered(
    filter: ApplicationFilter | null | undefined,
  ): Promise<SelectQueryBuilder<Application>> {
    const query = this.ctx.manager.getRepository(Application).createQueryBuilder('application');
    restrictApplications(query, this.ctx.viewer, 'application');
    if (!filter) return query;
    await narrowProjects(this.ctx, query, filter, {
      application: 'application',
      call: 'application.callId',
      amount: 'application.requestedAmount',
      decided: (range) =>
        `EXISTS (SELECT 1 FROM award fd WHERE fd.applicationId = application.id AND ${range('fd.decisionDate')})`,
    });
    if (filter.consortiumId) {
      query.andWhere('application.consortiumId = :consortiumId', {
        consortiumId: parseId(filter.consortiumId, 'filter.consortiumId'),
      });
    }
    // Within the visibility above: a status the caller may not see narrows to nothing, never widens.
    if (filter.status?.length)
      query.andWhere('application.status IN (:...statuses)', { statuses: filter.status });
    return query;
  }
}

function orderOf(order: ApplicationOrder | null | undefined): SortKey[] {
  const field = order?.field ?? ApplicationOrderField.CREATED_AT;
  const direction = order?.direction ?? 'ASC';
  return [
    { ...orderKeys[field], direction },
    { expression: 'application.id', direction, type: sortValue.id },
  ];
}

/** The lists of applications under another type, by the column (or join) that names their parent. */
export type ApplicationParent = 'Call' | 'Consortium' | 'Municipality';

const parents: Record<
  ApplicationParent,
  { unset: Partial<ApplicationFilter>; partition: (query: SelectQueryBuilder<Application>) => string }
> = {
  Call: { unset: { callId: null, callKey: null }, partition: () => 'application.callId' },
  Consortium: { unset: { consortiumId: null }, partition: () => 'application.consortiumId' },
  // A municipality's applications are its consortia's: one row per membership, each in its own page.
  Municipality: {
    unset: { municipalityCode: null },
    partition: (query) => {
      query.innerJoin(
        ConsortiumMember,
        'parent_member',
        'parent_member.consortiumId = application.consortiumId',
      );
      return 'parent_member.municipalityCode';
    },
  },
};
