import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { PageArgs } from '../../common/pagination';
import { AuditEvent } from './audit-event.entity';
import { AuditEventConnection, AuditEventFilter } from './audit.inputs';
import { AuditService } from './audit.service';

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @Query(() => AuditEventConnection, { description: 'The audit log, newest first. Administrators only.' })
  async auditEvents(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter?: AuditEventFilter | null,
  ): Promise<AuditEventConnection> {
    return AuditEventConnection.from(await new AuditService(ctx).list(filter, page));
  }
}
