import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { actorOf } from './history.service';
import { HistoryActor, HistoryEntry } from './history.types';

@Resolver(() => HistoryEntry)
export class HistoryEntryResolver {
  @FieldResolver(() => HistoryActor, {
    description: 'Who made the change: a role to everyone, the name to administrators only.',
  })
  actor(@Root() entry: HistoryEntry, @Ctx() ctx: RequestContext): Promise<HistoryActor> {
    return actorOf(ctx, entry.actorId);
  }
}
