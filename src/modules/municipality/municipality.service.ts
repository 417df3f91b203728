import type { RequestContext } from '../../context';
import { parseMunicipalityCode, parseRegionCode } from '../../common/ids';
import {
  paginate,
  type Page,
  type PageArgs,
  type SortKey,
  sortValue,
  type SortValue,
} from '../../common/pagination';
import { MUNICIPALITY_CODE_CHARS, NAME_MAX_CHARS } from '../../common/limits';
import { parseDate } from '../../common/scalars';
import { likeContains } from '../../common/search';
import { Municipality } from './municipality.entity';
import {
  type MunicipalityFilter,
  type MunicipalityOrder,
  MunicipalityOrderField,
} from './municipality.inputs';

/** Whether a municipality existed on a day (open-ended validity on either side counts as existing). */
export const isValidOn = (municipality: Pick<Municipality, 'validFrom' | 'validTo'>, day: string): boolean =>
  (municipality.validFrom === null || municipality.validFrom <= day) &&
  (municipality.validTo === null || municipality.validTo >= day);

const orderColumns: Record<MunicipalityOrderField, { expression: string; type: SortValue }> = {
  NAME: { expression: 'municipality.nameFi', type: sortValue.text(NAME_MAX_CHARS) },
  CODE: { expression: 'municipality.code', type: sortValue.text(MUNICIPALITY_CODE_CHARS, /^\d{3}$/) },
  POPULATION: { expression: 'municipality.populationSort', type: sortValue.integer },
};

/** Reads municipalities: the register every consortium and statistic refers to. */
export class MunicipalityService {
  constructor(private readonly ctx: RequestContext) {}

  async byCode(code: string): Promise<Municipality | null> {
    return this.ctx.loaders.municipality.load(parseMunicipalityCode(code));
  }

  async list(
    filter: MunicipalityFilter | null | undefined,
    order: MunicipalityOrder | null | undefined,
    page: PageArgs,
  ): Promise<Page<Municipality>> {
    const query = this.ctx.manager.getRepository(Municipality).createQueryBuilder('municipality');
    if (filter?.regionCode) {
      query.andWhere('municipality.regionCode = :regionCode', {
        regionCode: parseRegionCode(filter.regionCode, 'filter.regionCode'),
      });
    }
    if (filter?.kind) query.andWhere('municipality.kind = :kind', { kind: filter.kind });
    if (filter?.search) {
      query.andWhere("municipality.searchText LIKE :search ESCAPE '!'", {
        search: likeContains(filter.search),
      });
    }
    if (filter?.validOn) {
      const day = parseDate(filter.validOn, 'filter.validOn');
      query
        .andWhere('(municipality.validFrom IS NULL OR municipality.validFrom <= :day)', { day })
        .andWhere('(municipality.validTo IS NULL OR municipality.validTo >= :day)', { day });
    }
    const field = order?.field ?? MunicipalityOrderField.NAME;
    const direction = order?.direction ?? 'ASC';
    const keys: SortKey[] =
      field === MunicipalityOrderField.CODE
        ? [{ ...orderColumns.CODE, direction }]
        : [
            { ...orderColumns[field], direction },
            { ...orderColumns.CODE, direction },
          ];
    return paginate(query, keys, page);
  }
}
