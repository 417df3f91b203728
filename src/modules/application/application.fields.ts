import { Arg, Args, type ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { PageArgs } from '../../common/pagination';
import { Call } from '../call/call.entity';
import { Consortium } from '../consortium/consortium.entity';
import { Municipality } from '../municipality/municipality.entity';
import { ApplicationConnection, ApplicationFilter, ApplicationOrder } from './application.inputs';
import { type ApplicationParent, ApplicationService } from './application.service';

// The applications of a call, a municipality or a consortium live here, beside the service that applies
// the caller's visibility, so that those modules need not import this one (it imports them).

/** The `applications` field of a parent type: the parent's list, keyed by `keyOf`, batched per request. */
function applicationsField<T extends object>(
  type: ClassType<T>,
  parent: ApplicationParent,
  keyOf: (root: T) => string,
  description?: string,
) {
  @Resolver(() => type)
  class ApplicationFields {
    @FieldResolver(() => ApplicationConnection, { description })
    async applications(
      @Root() root: T,
      @Ctx() ctx: RequestContext,
      @Args() page: PageArgs,
      @Arg('filter', () => ApplicationFilter, { nullable: true }) filter?: ApplicationFilter | null,
      @Arg('orderBy', () => ApplicationOrder, { nullable: true }) orderBy?: ApplicationOrder | null,
    ): Promise<ApplicationConnection> {
      return ApplicationConnection.from(
        await new ApplicationService(ctx).ofParent(parent, keyOf(root), filter, orderBy, page),
      );
    }
  }
  return ApplicationFields;
}

export const CallApplicationFields = applicationsField(
  Call,
  'Call',
  (call) => call.id,
  'Applications to this call that the caller may see.',
);

export const MunicipalityApplicationFields = applicationsField(
  Municipality,
  'Municipality',
  (municipality) => municipality.code,
  'Applications it takes part in (lead or member), as the caller may see them.',
);

export const ConsortiumApplicationFields = applicationsField(
  Consortium,
  'Consortium',
  (consortium) => consortium.id,
);
