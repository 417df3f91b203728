import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { PageArgs } from '../../common/pagination';
import { type HistoryField, historyFields, HistoryService } from '../audit/history.service';
import { HistoryEntryConnection } from '../audit/history.types';
import { Award } from './award.entity';

const field = (name: string): HistoryField<'record'> => ({ name, permission: 'record' });

/** The award's audited fields as the API names them; an award is public, and so are they. */
const awardFields: Record<string, HistoryField<'record'>> = {
  applicationId: field('application'),
  grantedAmount: field('grantedAmount'),
  decisionDate: field('decisionDate'),
  decisionNumber: field('decisionNumber'),
  conditions: field('conditions'),
  projectDeadline: field('projectDeadline'),
  listPosition: field('listPosition'),
};

@Resolver(() => Award)
export class AwardHistoryFields {
  @FieldResolver(() => HistoryEntryConnection, {
    description: 'Changes over time from the audit log, oldest first.',
  })
  async history(
    @Root() award: Award,
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
  ): Promise<HistoryEntryConnection> {
    const show = historyFields(awardFields, {}, new Set(['record'] as const));
    return HistoryEntryConnection.from(
      await new HistoryService(ctx).of({ entityType: 'Award' }, award.id, page, show),
    );
  }
}
