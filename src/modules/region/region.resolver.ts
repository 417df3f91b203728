import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { parseDate, DateScalar } from '../../common/scalars';
import { isValidOn } from '../municipality/municipality.service';
import { Municipality } from '../municipality/municipality.entity';
import { Region } from './region.entity';
import { listCost } from '../../common/query-cost';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region], { description: 'The 19 regions, by code.', complexity: listCost(19) })
  regions(@Ctx() ctx: RequestContext): Promise<Region[]> {
    return ctx.manager.getRepository(Region).find({ order: { code: 'ASC' } });
  }

  @FieldResolver(() => [Municipality], {
    // Pohjois-Pohjanmaa, the largest region, has 30.
    complexity: listCost(30),
    description: 'Its municipalities by Finnish name; `validOn` keeps those existing that day.',
  })
  async municipalities(
    @Root() region: Region,
    @Ctx() ctx: RequestContext,
    @Arg('validOn', () => DateScalar, { nullable: true }) validOn?: string | null,
  ): Promise<Municipality[]> {
    const all = await ctx.loaders.municipalitiesOfRegion.load(region.code);
    if (!validOn) return all;
    const day = parseDate(validOn, 'validOn');
    return all.filter((municipality) => isValidOn(municipality, day));
  }
}
