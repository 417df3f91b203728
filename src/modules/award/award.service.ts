import type { RequestContext } from '../../context';
import type { SelectQueryBuilder } from 'typeorm';
import {
  paginate,
  paginateEach,
  type Page,
  type PageArgs,
  type SortKey,
  sortValue,
} from '../../common/pagination';
import { Application } from '../application/application.entity';
import { narrowProjects } from '../application/project-filter';
import { ConsortiumMember } from '../consortium/consortium.entity';
import { Award } from './award.entity';
import { type AwardFilter, type AwardOrder, AwardOrderField } from './award.inputs';
import { narrowToOverdueReports } from './report-overdue';

const awardOrders: Record<AwardOrderField, (direction: 'ASC' | 'DESC') => SortKey[]> = {
  AMOUNT: (direction) => [
    { expression: 'award.grantedAmount', direction, type: sortValue.money },
    { expression: 'award.id', direction, type: sortValue.id },
  ],
  DECISION_DATE: (direction) => [
    { expression: 'award.decisionDate', direction, type: sortValue.date },
    { expression: 'award.id', direction, type: sortValue.id },
  ],
  DECISION_LIST: (direction) => [
    { expression: 'award.decisionDate', direction, type: sortValue.date },
    { expression: 'award.listSortPosition', direction: 'ASC', type: sortValue.integer },
    { expression: 'award.id', direction: 'ASC', type: sortValue.id },
  ],
};

/** Reads grant decisions. Awards are public: no row visibility applies. */
export class AwardService {
  constructor(private readonly ctx: RequestContext) {}

  list(
    filter: AwardFilter | null | undefined,
    order: AwardOrder | null | undefined,
    page: PageArgs,
  ): Promise<Page<Award>> {
    return this.filtered(filter).then((query) => paginate(query, orderOf(order), page));
  }

  /**
   * The awards of one parent (a call, a municipality), batched with every other parent asked for with the
   * same arguments in this request: one statement for all their pages.
   */
  ofParent(
    parent: AwardParent,
    key: string,
    order: AwardOrder | null | undefined,
    page: PageArgs,
  ): Promise<Page<Award>> {
    return this.ctx.loaders
      .pagesOf(`${parent}.awards`, [order ?? null, page], async (keys) => {
        const query = await this.filtered(null);
        return paginateEach(query, { expression: parents[parent](query), keys }, orderOf(order), page);
      })
      .load(key);
  }

  private async filtered(filter: AwardFilter | null | undefined): Promise<SelectQueryBuilder<Award>> {
    const query = this.ctx.manager.getRepository(Award).createQueryBuilder('award');
    if (!filter) return query;
    // Conditions on the project (its municipalities, theme, name) are the application's.
    query.innerJoin(Application, 'application', 'application.id = award.applicationId');
    await narrowProjects(this.ctx, query, filter, {
      application: 'application',
      call: 'award.callId',
      amount: 'award.grantedAmount',
      decided: (range) => range('award.decisionDate'),
    });
    if (filter.reportOverdue !== undefined && filter.reportOverdue !== null) {
      await narrowToOverdueReports(this.ctx, query, filter.reportOverdue);
    }
    return query;
  }
}

function orderOf(order: AwardOrder | null | undefined): SortKey[] {
  return awardOrders[order?.field ?? AwardOrderField.DECISION_LIST](order?.direction ?? 'DESC');
}

/** The lists of awards under another type, by the column (or join) that names their parent. */
export type AwardParent = 'Call' | 'Municipality';

const parents: Record<AwardParent, (query: SelectQueryBuilder<Award>) => string> = {
  Call: () => 'award.callId',
  // A municipality's awards are its consortia's: one row per membership, each in its own page.
  Municipality: (query) => {
    query
      .innerJoin(Application, 'parent_application', 'parent_application.id = award.applicationId')
      .innerJoin(
        ConsortiumMember,
        'parent_member',
        'parent_member.consortiumId = parent_application.consortiumId',
      );
    return 'parent_member.municipalityCode';
  },
};
