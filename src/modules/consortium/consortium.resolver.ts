import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { parseId } from '../../common/ids';
import { PageArgs } from '../../common/pagination';
import {
  ApplicationConnection,
  ApplicationFilter,
  ApplicationOrder,
} from '../application/application.inputs';
import { ApplicationService } from '../application/application.service';
import { Municipality } from '../municipality/municipality.entity';
import { Consortium, ConsortiumMember } from './consortium.entity';

@Resolver(() => Consortium)
export class ConsortiumResolver {
  @Query(() => Consortium, {
    nullable: true,
    description: 'A consortium the caller may see; otherwise null.',
  })
  consortium(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Consortium | null> {
    return ctx.loaders.consortium.load(parseId(id));
  }

  @FieldResolver(() => Municipality, { description: 'The project administrator, to whom the grant is paid.' })
  lead(@Root() consortium: Consortium, @Ctx() ctx: RequestContext): Promise<Municipality | null> {
    return ctx.loaders.municipality.load(consortium.leadCode);
  }

  @FieldResolver(() => [ConsortiumMember], { description: 'The lead first, then the members.' })
  members(@Root() consortium: Consortium, @Ctx() ctx: RequestContext): Promise<ConsortiumMember[]> {
    return ctx.loaders.membersOfConsortium.load(consortium.id);
  }

  @FieldResolver(() => ApplicationConnection)
  async applications(
    @Root() consortium: Consortium,
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => ApplicationFilter, { nullable: true }) filter?: ApplicationFilter | null,
    @Arg('orderBy', () => ApplicationOrder, { nullable: true }) orderBy?: ApplicationOrder | null,
  ): Promise<ApplicationConnection> {
    const scoped = { ...filter, consortiumId: consortium.id };
    return ApplicationConnection.from(await new ApplicationService(ctx).list(scoped, orderBy, page));
  }
}

@Resolver(() => ConsortiumMember)
export class ConsortiumMemberResolver {
  @FieldResolver(() => Municipality)
  municipality(@Root() member: ConsortiumMember, @Ctx() ctx: RequestContext): Promise<Municipality | null> {
    return ctx.loaders.municipality.load(member.municipalityCode);
  }
}
