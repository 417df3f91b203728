import { Ctx, Field, Float, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { listCost } from '../../common/query-cost';
import { Application } from '../application/application.entity';
import { Call } from '../call/call.entity';
import { Evaluation } from './evaluation.entity';
import { EvaluationService } from './evaluation.service';
import { EvaluationSummary } from './evaluation.types';

@ObjectType({ description: "An application's place in its call's ranking by weighted score." })
export class RankedApplication {
  @Field(() => Int)
  rank: number;

  @Field(() => Application)
  application: Application;

  @Field(() => Float, { nullable: true, description: 'Mean weighted score of the submitted evaluations.' })
  weightedScore: number | null;

  @Field(() => Int)
  evaluationCount: number;
}

/** Evaluation fields of an application, kept beside the evaluation module that owns their rules. */
@Resolver(() => Application)
export class ApplicationEvaluationFields {
  @FieldResolver(() => [Evaluation], {
    // A handful of reviewers per application.
    complexity: listCost(5),
    description:
      'Own evaluation; the others once yours is submitted; all for administrators; none for applicants.',
  })
  evaluations(@Root() application: Application, @Ctx() ctx: RequestContext): Promise<Evaluation[]> {
    return ctx.loaders.evaluationsOfApplication.load(application.id);
  }

  @FieldResolver(() => EvaluationSummary, {
    nullable: true,
    description:
      'Submitted evaluations combined; for administrators and reviewers who have submitted theirs.',
  })
  evaluationSummary(
    @Root() application: Application,
    @Ctx() ctx: RequestContext,
  ): Promise<EvaluationSummary | null> {
    return new EvaluationService(ctx).summaryOf(application);
  }
}

/** The decision meeting's view of a call. */
@Resolver(() => Call)
export class CallRankingFields {
  @FieldResolver(() => [RankedApplication], {
    // Every application of a call: the 2020 call received 61.
    complexity: listCost(100),
    description: 'Administrators: applications by weighted score, best first; unscored ones last.',
  })
  ranking(@Root() call: Call, @Ctx() ctx: RequestContext): Promise<RankedApplication[]> {
    return new EvaluationService(ctx).ranking(call);
  }
}
