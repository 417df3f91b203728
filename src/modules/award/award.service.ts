import type { RequestContext } from '../../context';
import { badInput } from '../../common/errors';
import { compareMoney } from '../../common/money';
import { parseId, parseMunicipalityCode, parseRegionCode } from '../../common/ids';
import { paginate, type Page, type PageArgs, type SortKey, sortValue } from '../../common/pagination';
import { CallService } from '../call/call.service';
import { Award } from './award.entity';
import { type AwardFilter, type AwardOrder, AwardOrderField } from './award.inputs';

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
    { expression: 'COALESCE(award.listPosition, 0)', direction: 'ASC', type: sortValue.integer },
    { expression: 'award.id', direction: 'ASC', type: sortValue.id },
  ],
};

/** Reads grant decisions. Awards are public: no row visibility applies. */
export class AwardService {
  constructor(private readonly ctx: RequestContext) {}

  async list(
    filter: AwardFilter | null | undefined,
    order: AwardOrder | null | undefined,
    page: PageArgs,
  ): Promise<Page<Award>> {
    const query = this.ctx.manager.getRepository(Award).createQueryBuilder('award');
    if (filter?.callId)
      query.andWhere('award.callId = :callId', { callId: parseId(filter.callId, 'filter.callId') });
    if (filter?.callKey) {
      const call = await new CallService(this.ctx).requireByKey(filter.callKey, 'filter.callKey');
      query.andWhere('award.callId = :callKeyId', { callKeyId: call.id });
    }
    if (filter?.year !== undefined && filter.year !== null) {
      query.andWhere('EXISTS (SELECT 1 FROM grant_call fc WHERE fc.id = award.callId AND fc.year = :year)', {
        year: filter.year,
      });
    }
    if (filter?.municipalityCode) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM application fa JOIN consortium_member fm ON fm.consortiumId = fa.consortiumId WHERE fa.id = award.applicationId AND fm.municipalityCode = :municipalityCode)',
        { municipalityCode: parseMunicipalityCode(filter.municipalityCode, 'filter.municipalityCode') },
      );
    }
    if (filter?.regionCode) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM application ra JOIN consortium_member rm ON rm.consortiumId = ra.consortiumId JOIN municipality rmu ON rmu.code = rm.municipalityCode WHERE ra.id = award.applicationId AND rmu.regionCode = :regionCode)',
        { regionCode: parseRegionCode(filter.regionCode, 'filter.regionCode') },
      );
    }
    if (filter?.minAmount)
      query.andWhere('award.grantedAmount >= :minAmount', { minAmount: filter.minAmount });
    if (filter?.maxAmount)
      query.andWhere('award.grantedAmount <= :maxAmount', { maxAmount: filter.maxAmount });
    if (filter?.minAmount && filter.maxAmount && compareMoney(filter.minAmount, filter.maxAmount) > 0) {
      throw badInput(
        {
          en: 'minAmount is above maxAmount',
          fi: 'minAmount on suurempi kuin maxAmount',
          sv: 'minAmount är större än maxAmount',
        },
        'filter.minAmount',
      );
    }
    const field = order?.field ?? AwardOrderField.DECISION_LIST;
    return paginate(query, awardOrders[field](order?.direction ?? 'DESC'), page);
  }
}
