import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { PageArgs } from '../../common/pagination';
import { Call } from '../call/call.entity';
import { Consortium } from '../consortium/consortium.entity';
import { Municipality } from '../municipality/municipality.entity';
import { ApplicationConnection, ApplicationFilter, ApplicationOrder } from './application.inputs';
import { ApplicationService } from './application.service';

// The applications of a call, a municipality or a consortium live here, beside the service that applies
// the caller's visibility, so that those modules need not import this one (it imports them).

@Resolver(() => Call)
export class CallApplicationFields {
  @FieldResolver(() => ApplicationConnection, {
    description: 'Applications to this call that the caller may see.',
  })
  async applications(
    @Root() call: Call,
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => ApplicationFilter, { nullable: true }) filter?: ApplicationFilter | null,
    @Arg('orderBy', () => ApplicationOrder, { nullable: true }) orderBy?: ApplicationOrder | null,
  ): Promise<ApplicationConnection> {
    return ApplicationConnection.from(
      await new ApplicationService(ctx).ofParent('Call', call.id, filter, orderBy, page),
    );
  }
}

@Resolver(() => Municipality)
export class MunicipalityApplicationFields {
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
    return ApplicationConnection.from(
      await new ApplicationService(ctx).ofParent('Municipality', municipality.code, filter, orderBy, page),
    );
  }
}

@Resolver(() => Consortium)
export class ConsortiumApplicationFields {
  @FieldResolver(() => ApplicationConnection)
  async applications(
    @Root() consortium: Consortium,
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => ApplicationFilter, { nullable: true }) filter?: ApplicationFilter | null,
    @Arg('orderBy', () => ApplicationOrder, { nullable: true }) orderBy?: ApplicationOrder | null,
  ): Promise<ApplicationConnection> {
    return ApplicationConnection.from(
      await new ApplicationService(ctx).ofParent('Consortium', consortium.id, filter, orderBy, page),
    );
  }
}
