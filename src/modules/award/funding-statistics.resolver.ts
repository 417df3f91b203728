import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { listCostByArguments } from '../../common/query-cost';
import { Call, Theme } from '../call/call.entity';
import { ConsortiumRole } from '../consortium/consortium.entity';
import { Municipality } from '../municipality/municipality.entity';
import { Region } from '../region/region.entity';
import { FundingStatisticsService } from './funding-statistics.service';
import {
  FundingStatisticsFilter,
  FundingStatisticsGroup,
  FundingStatisticsRow,
} from './funding-statistics.types';

/**
 * How many values each grouping can take, generously: the programme's years (two decades), its calls
 * (the calls of 2018–2022 were five), the 19 regions and "no region", the themes' codes, the municipalities.
 * A row per combination that has figures, so at most their product.
 */
const valuesPerGroup: Record<FundingStatisticsGroup, number> = {
  YEAR: 20,
  CALL: 50,
  REGION: 20,
  THEME: 30,
  MUNICIPALITY: 300,
};

const fundingStatisticsRows = ({ groupBy }: Record<string, unknown>): number =>
  [...new Set(Array.isArray(groupBy) ? (groupBy as FundingStatisticsGroup[]) : [])].reduce(
    (rows, group) => rows * valuesPerGroup[group],
    1,
  );

@Resolver(() => FundingStatisticsRow)
export class FundingStatisticsResolver {
  @Query(() => [FundingStatisticsRow], {
    complexity: listCostByArguments(300, fundingStatisticsRows),
    description:
      'Applications and grants grouped by any combination of year, call, region, theme and municipality (as lead or as member): one row per combination that has figures, from running totals kept with every write (one SQL statement, whatever the number of applications). Without groupBy, one row of everything.',
  })
  fundingStatistics(
    @Ctx() ctx: RequestContext,
    @Arg('groupBy', () => [FundingStatisticsGroup]) groupBy: FundingStatisticsGroup[],
    @Arg('municipalityRole', () => ConsortiumRole, {
      nullable: true,
      defaultValue: ConsortiumRole.LEAD,
      description:
        "Whose figures a municipality's row holds: the projects it leads (LEAD, also when null), or those it takes part in as a member other than the lead (MEMBER). REGION and the filter's codes follow the same role.",
    })
    municipalityRole: ConsortiumRole | null,
    @Arg('filter', () => FundingStatisticsFilter, { nullable: true }) filter?: FundingStatisticsFilter | null,
  ): Promise<FundingStatisticsRow[]> {
    return new FundingStatisticsService(ctx).rows(groupBy, municipalityRole ?? ConsortiumRole.LEAD, filter);
  }

  @FieldResolver(() => Call, { nullable: true, description: 'When grouped by CALL.' })
  call(@Root() row: FundingStatisticsRow, @Ctx() ctx: RequestContext): Promise<Call | null> | null {
    return row.callId ? ctx.loaders.call.load(row.callId) : null;
  }

  @FieldResolver(() => Region, { nullable: true, description: 'When grouped by REGION.' })
  region(@Root() row: FundingStatisticsRow, @Ctx() ctx: RequestContext): Promise<Region | null> | null {
    return row.regionCode ? ctx.loaders.region.load(row.regionCode) : null;
  }

  @FieldResolver(() => Theme, {
    nullable: true,
    description: 'When grouped by THEME within one call (grouped by CALL too, or filtered to one call).',
  })
  theme(@Root() row: FundingStatisticsRow, @Ctx() ctx: RequestContext): Promise<Theme | null> | null {
    return row.themeId ? ctx.loaders.theme.load(row.themeId) : null;
  }

  @FieldResolver(() => Municipality, {
    nullable: true,
    description:
      'When grouped by MUNICIPALITY; null on the row of grants whose publication names no lead (2018, Nokia and Lempäälä).',
  })
  municipality(
    @Root() row: FundingStatisticsRow,
    @Ctx() ctx: RequestContext,
  ): Promise<Municipality | null> | null {
    return row.municipalityCode ? ctx.loaders.municipality.load(row.municipalityCode) : null;
  }
}
