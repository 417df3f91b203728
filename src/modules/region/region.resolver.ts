import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Region } from './region.entity';
import { listCost } from '../../common/query-cost';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region], { description: 'The 19 regions, by code.', complexity: listCost(19) })
  regions(@Ctx() ctx: RequestContext): Promise<Region[]> {
    return ctx.manager.getRepository(Region).find({ order: { code: 'ASC' } });
  }
}
