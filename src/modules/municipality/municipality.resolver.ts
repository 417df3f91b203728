import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Connection, PageArgs } from '../../common/pagination';
import { Region } from '../region/region.entity';
import { Municipality } from './municipality.entity';
import { MunicipalityFilter, MunicipalityOrder } from './municipality.inputs';
import { MunicipalityService } from './municipality.service';

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
}
