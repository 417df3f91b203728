import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { limitCacheAge } from '../../common/cache-hints';
import { LocalizedText } from '../../common/localized-text';
import { PageArgs } from '../../common/pagination';
import { listCost } from '../../common/query-cost';
import { Source } from '../source/source.entity';
import { Call, CallStatus, Criterion, Question, Sector, Theme } from './call.entity';
import { CallSourceSubject } from './call-source.entity';
import { CallAdminService } from './call-admin.service';
import { CallFilter, CreateCallInput, UpdateCallInput } from './call.inputs';
import { CallService, callStatusAt, nextStatusChangeAt } from './call.service';
import { CallConnection, CallStatistics, PublishedStatistics } from './call.types';

@Resolver(() => Call)
export class CallResolver {
  @Query(() => CallConnection, { description: 'Calls, newest year first. Drafts only for administrators.' })
  async calls(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => CallFilter, { nullable: true }) filter?: CallFilter | null,
  ): Promise<CallConnection> {
    return CallConnection.from(await new CallService(ctx).list(filter, page));
  }

  @Query(() => Call, { nullable: true, description: 'One call by id or by key ("2020"); give exactly one.' })
  call(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true }) id?: string | null,
    @Arg('key', () => String, { nullable: true }) key?: string | null,
  ): Promise<Call | null> {
    return new CallService(ctx).lookup(id, key);
  }

  @Mutation(() => Call, { description: 'Administrators: a new call, in DRAFT until published.' })
  createCall(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateCallInput) input: CreateCallInput,
  ): Promise<Call> {
    return new CallAdminService(ctx).create(input);
  }

  @Mutation(() => Call, {
    description: 'Administrators: corrects a call. After the first submission only its texts may change.',
  })
  updateCall(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCallInput) input: UpdateCallInput,
  ): Promise<Call> {
    return new CallAdminService(ctx).update(id, input);
  }

  @Mutation(() => Call, {
    description: 'Administrators: makes a DRAFT call public; it opens and closes by its window.',
  })
  publishCall(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Call> {
    return new CallAdminService(ctx).publish(id);
  }

  @FieldResolver(() => CallStatus)
  status(@Root() call: Call, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): CallStatus {
    const now = ctx.clock.now();
    // A cached answer must not say OPEN after the call has closed.
    const change = nextStatusChangeAt(call, now);
    if (change) limitCacheAge(info, (change.getTime() - now.getTime()) / 1000);
    return callStatusAt(call, now);
  }

  @FieldResolver(() => [Sector], { description: 'Sectors whose projects this call does not fund.' })
  excludedSectors(@Root() call: Call): Sector[] {
    return call.excludedSectorList;
  }

  // The calls of 2018–2022 have at most 9 criteria, 5 themes and 5 questions.
  @FieldResolver(() => [LocalizedText], { complexity: listCost(10) })
  async conditions(@Root() call: Call, @Ctx() ctx: RequestContext): Promise<LocalizedText[]> {
    return (await ctx.loaders.conditionsOfCall.load(call.id)).map((condition) => condition.text);
  }

  @FieldResolver(() => [Theme], { complexity: listCost(10) })
  themes(@Root() call: Call, @Ctx() ctx: RequestContext): Promise<Theme[]> {
    return ctx.loaders.themesOfCall.load(call.id);
  }

  @FieldResolver(() => [Criterion], { complexity: listCost(10) })
  criteria(@Root() call: Call, @Ctx() ctx: RequestContext): Promise<Criterion[]> {
    return ctx.loaders.criteriaOfCall.load(call.id);
  }

  @FieldResolver(() => [Question], { complexity: listCost(10) })
  questions(@Root() call: Call, @Ctx() ctx: RequestContext): Promise<Question[]> {
    return ctx.loaders.questionsOfCall.load(call.id);
  }

  @FieldResolver(() => [Source], {
    complexity: listCost(5),
    description:
      "The publications this call's record is taken from; empty for a call made in this service. Its published figures name theirs in publishedStatistics.",
  })
  sources(@Root() call: Call, @Ctx() ctx: RequestContext): Promise<Source[]> {
    return sourcesOf(ctx, call.id, CallSourceSubject.CALL);
  }

  @FieldResolver(() => PublishedStatistics)
  publishedStatistics(@Root() call: Call): PublishedStatistics {
    return {
      callId: call.id,
      applicationsReceived: call.publishedApplicationsReceived,
      proposalsReceived: call.publishedProposalsReceived,
      grantsAwarded: call.publishedGrantsAwarded,
      totalAwarded: call.publishedTotalAwarded,
      totalAwardedPublished: call.publishedTotalAwarded !== null,
    };
  }

  @FieldResolver(() => CallStatistics)
  statistics(@Root() call: Call, @Ctx() ctx: RequestContext): Promise<CallStatistics> {
    return ctx.loaders.callStatistics.load(call);
  }

  @FieldResolver(() => Call, {
    nullable: true,
    description: 'The proposal call whose invited proposals apply here.',
  })
  async proposalCall(@Root() call: Call, @Ctx() ctx: RequestContext): Promise<Call | null> {
    return call.proposalCallId ? ctx.loaders.call.load(call.proposalCallId) : null;
  }
}

async function sourcesOf(ctx: RequestContext, callId: string, subject: CallSourceSubject): Promise<Source[]> {
  const citations = await ctx.loaders.sourcesOfCall.load(callId);
  return citations.filter((citation) => citation.subject === subject).map((citation) => citation.source!);
}

@Resolver(() => PublishedStatistics)
export class PublishedStatisticsResolver {
  @FieldResolver(() => [Source], {
    description: 'The publications these figures are taken from.',
    complexity: listCost(5),
  })
  sources(@Root() statistics: PublishedStatistics, @Ctx() ctx: RequestContext): Promise<Source[]> {
    return sourcesOf(ctx, statistics.callId, CallSourceSubject.PUBLISHED_STATISTICS);
  }
}
