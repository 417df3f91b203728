import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import type { Money } from '../../common/money';
import { Connection, PageArgs } from '../../common/pagination';
import { DecimalScalar } from '../../common/scalars';
import {
  ApplicationConnection,
  ApplicationFilter,
  ApplicationOrder,
} from '../application/application.inputs';
import { ApplicationService } from '../application/application.service';
import { AwardOrder } from '../award/award.inputs';
import { AwardService } from '../award/award.service';
import { AwardConnection } from '../award/award.types';
import { Consortium } from '../consortium/consortium.entity';
import { Region } from '../region/region.entity';
import { Municipality } from './municipality.entity';
import { MunicipalityFilter, MunicipalityOrder } from './municipality.inputs';
import { MunicipalityService } from './municipality.service';
import { listCost } from '../../common/query-cost';

export const MunicipalityConnection = Connection(Municipality);
export type MunicipalityConnection = InstanceType<typeof MunicipalityConnection>;

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => MunicipalityConnection, {
    description: 'Municipalities, by Finnish name unless ordered otherwise.',
  })
  async municipalities(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => MunicipalityFilter, { nullable: true }) filter?: MunicipalityFilter | null,
    @Arg('orderBy', () => MunicipalityOrder, { nullable: true }) orderBy?: MunicipalityOrder | null,
  ): Promise<MunicipalityConnection> {
    return MunicipalityConnection.from(await new MunicipalityService(ctx).list(filter, orderBy, page));
  }

  @Query(() => Municipality, {
    nullable: true,
    description: 'A municipality by its Statistics Finland code ("091").',
  })
  municipality(@Ctx() ctx: RequestContext, @Arg('code') code: string): Promise<Municipality | null> {
    return new MunicipalityService(ctx).byCode(code);
  }

  @FieldResolver(() => Region)
  region(@Root() municipality: Municipality, @Ctx() ctx: RequestContext): Promise<Region | null> {
    return ctx.loaders.region.load(municipality.regionCode);
  }

  @FieldResolver(() => [Consortium], {
    description: 'Consortia it belongs to, as the caller may see them.',
    complexity: listCost(10),
  })
  consortia(@Root() municipality: Municipality, @Ctx() ctx: RequestContext): Promise<Consortium[]> {
    return ctx.loaders.consortiaOfMunicipality.load(municipality.code);
  }

  @FieldResolver(() => ApplicationConnection, {
    description: 'Applications it takes part in (lead or member), as the caller may see them.',
  })
  async applications(
    @Root() municipality: Municipality,
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => ApplicationFilter, { nullable: true }) filter?: ApplicationFilter | null,
    @Arg('orderBy', () => ApplicationOrder, { nullable: true }) orderBy?: ApplicationOrder | null,
  ): Promise<ApplicationConnection> {
    const scoped = { ...filter, municipalityCode: municipality.code };
    return ApplicationConnection.from(await new ApplicationService(ctx).list(scoped, orderBy, page));
  }

  @FieldResolver(() => AwardConnection, { description: 'Awards of projects it takes part in.' })
  async awards(
    @Root() municipality: Municipality,
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('orderBy', () => AwardOrder, { nullable: true }) orderBy?: AwardOrder | null,
  ): Promise<AwardConnection> {
    return AwardConnection.from(
      await new AwardService(ctx).list({ municipalityCode: municipality.code }, orderBy, page),
    );
  }

  @FieldResolver(() => DecimalScalar, {
    description: 'Sum of the awards of projects it takes part in, optionally of one call year.',
  })
  fundingTotal(
    @Root() municipality: Municipality,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
  ): Promise<Money> {
    return ctx.loaders.fundingTotalOf(year ?? null).load(municipality.code);
  }
}
