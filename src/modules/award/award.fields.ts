import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import type { Money } from '../../common/money';
import { PageArgs } from '../../common/pagination';
import { DecimalScalar } from '../../common/scalars';
import { Application } from '../application/application.entity';
import { Call } from '../call/call.entity';
import { Municipality } from '../municipality/municipality.entity';
import { Award } from './award.entity';
import { AwardOrder } from './award.inputs';
import { AwardService } from './award.service';
import { AwardConnection } from './award.types';

// The awards of a call, a municipality or an application live here, so that the award module imports
// those modules and none of them imports this one.

@Resolver(() => Call)
export class CallAwardFields {
  @FieldResolver(() => AwardConnection)
  async awards(
    @Root() call: Call,
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('orderBy', () => AwardOrder, { nullable: true }) orderBy?: AwardOrder | null,
  ): Promise<AwardConnection> {
    return AwardConnection.from(await new AwardService(ctx).ofParent('Call', call.id, orderBy, page));
  }
}

@Resolver(() => Municipality)
export class MunicipalityAwardFields {
  @FieldResolver(() => AwardConnection, { description: 'Awards of projects it takes part in.' })
  async awards(
    @Root() municipality: Municipality,
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('orderBy', () => AwardOrder, { nullable: true }) orderBy?: AwardOrder | null,
  ): Promise<AwardConnection> {
    return AwardConnection.from(
      await new AwardService(ctx).ofParent('Municipality', municipality.code, orderBy, page),
    );
  }

  @FieldResolver(() => DecimalScalar, {
    description:
      'Sum of the recorded awards of projects it takes part in, optionally of one call year. Grants published without an amount (the 14 of 2018) are not in it: see Call.publishedDecisions and CallStatistics.totalGrantedKnown.',
  })
  fundingTotal(
    @Root() municipality: Municipality,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
  ): Promise<Money> {
    return ctx.loaders.fundingTotalOf(year ?? null).load(municipality.code);
  }
}

@Resolver(() => Application)
export class ApplicationAwardFields {
  @FieldResolver(() => Award, { nullable: true })
  award(@Root() application: Application, @Ctx() ctx: RequestContext): Promise<Award | null> {
    return ctx.loaders.awardOfApplication.load(application.id);
  }
}
