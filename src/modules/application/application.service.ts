import { restrictApplications } from '../../auth/visibility';
import type { RequestContext } from '../../context';
import { parseId, parseMunicipalityCode } from '../../common/ids';
import {
  paginate,
  type Page,
  type PageArgs,
  type SortKey,
  sortValue,
  type SortValue,
} from '../../common/pagination';
import { CallService } from '../call/call.service';
import { Application } from './application.entity';
import { type ApplicationFilter, type ApplicationOrder, ApplicationOrderField } from './application.inputs';

const orderKeys: Record<ApplicationOrderField, { expression: string; type: SortValue }> = {
  CREATED_AT: { expression: 'application.createdAt', type: sortValue.instant },
  // Seeded historical grants have no submission instant; they sort as if submitted at creation.
  SUBMITTED_AT: {
    expression: 'COALESCE(application.submittedAt, application.createdAt)',
    type: sortValue.instant,
  },
  REQUESTED_AMOUNT: { expression: 'application.requestedAmount', type: sortValue.money },
};

/** Reads applications, always through the caller's row visibility. */
export class ApplicationService {
  constructor(private readonly ctx: RequestContext) {}

  byId(id: string): Promise<Application | null> {
    return this.ctx.loaders.application.load(parseId(id));
  }

  async list(
    filter: ApplicationFilter | null | undefined,
    order: ApplicationOrder | null | undefined,
    page: PageArgs,
  ): Promise<Page<Application>> {
    const query = this.ctx.manager.getRepository(Application).createQueryBuilder('application');
    restrictApplications(query, this.ctx.viewer, 'application');
    if (filter?.callId)
      query.andWhere('application.callId = :callId', { callId: parseId(filter.callId, 'filter.callId') });
    if (filter?.callKey) {
      const call = await new CallService(this.ctx).requireByKey(filter.callKey, 'filter.callKey');
      query.andWhere('application.callId = :callKeyId', { callKeyId: call.id });
    }
    if (filter?.consortiumId) {
      query.andWhere('application.consortiumId = :consortiumId', {
        consortiumId: parseId(filter.consortiumId, 'filter.consortiumId'),
      });
    }
    if (filter?.status?.length)
      query.andWhere('application.status IN (:...statuses)', { statuses: filter.status });
    if (filter?.municipalityCode) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM consortium_member fm WHERE fm.consortiumId = application.consortiumId AND fm.municipalityCode = :municipalityCode)',
        { municipalityCode: parseMunicipalityCode(filter.municipalityCode, 'filter.municipalityCode') },
      );
    }
    const field = order?.field ?? ApplicationOrderField.CREATED_AT;
    const direction = order?.direction ?? 'ASC';
    const keys: SortKey[] = [
      { ...orderKeys[field], direction },
      { expression: 'application.id', direction, type: sortValue.id },
    ];
    return paginate(query, keys, page);
  }
}
