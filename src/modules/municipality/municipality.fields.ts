import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { parseDate, DateScalar } from '../../common/scalars';
import { listCost } from '../../common/query-cost';
import { Region } from '../region/region.entity';
import { Municipality } from './municipality.entity';
import { isValidOn } from './municipality.service';

// Here rather than in the region module, which the municipality module imports.
@Resolver(() => Region)
export class RegionMunicipalityFields {
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
