import { Ctx, Field, FieldResolver, ID, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { Role } from '../../auth/viewer';
import { foundRows } from '../../loaders';
import type { RequestContext } from '../../context';
import { Municipality } from '../municipality/municipality.entity';
import { listCost } from '../../common/query-cost';

registerEnumType(Role, {
  name: 'Role',
  description: 'PUBLIC without a token; otherwise the strongest role the token grants.',
});

@ObjectType('Viewer', { description: 'Who the API takes the caller to be.' })
export class ViewerInfo {
  @Field(() => Role)
  role: Role;

  @Field(() => [Role], { description: 'Every role the token grants.' })
  roles: Role[];

  @Field(() => ID, { nullable: true })
  userId: string | null;

  @Field(() => String, { nullable: true })
  name: string | null;

  municipalityCodes: string[];
}

@Resolver(() => ViewerInfo)
export class ViewerResolver {
  @Query(() => ViewerInfo)
  viewer(@Ctx() ctx: RequestContext): ViewerInfo {
    const { role, roles, userId, name, municipalityCodes } = ctx.viewer;
    return Object.assign(new ViewerInfo(), { role, roles: [...roles], userId, name, municipalityCodes });
  }

  @FieldResolver(() => [Municipality], {
    description: 'The municipalities the token says the caller acts for.',
    complexity: listCost(10),
  })
  async municipalities(@Ctx() ctx: RequestContext): Promise<Municipality[]> {
    const found = await ctx.loaders.municipality.loadMany(ctx.viewer.municipalityCodes);
    return foundRows(found);
  }
}
