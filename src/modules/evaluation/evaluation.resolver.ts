import { Arg, Args, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { PageArgs } from '../../common/pagination';
import { listCost } from '../../common/query-cost';
import { Application } from '../application/application.entity';
import { actorOf } from '../audit/history.service';
import { HistoryActor } from '../audit/history.types';
import { Criterion } from '../call/call.entity';
import { CriterionScore, Evaluation, ReviewAssignment } from './evaluation.entity';
import { ReviewAssignmentConnection, SaveEvaluationInput } from './evaluation.inputs';
import { EvaluationService } from './evaluation.service';
import { Reviewer } from './evaluation.types';

async function reviewerOf(ctx: RequestContext, userId: string): Promise<Reviewer | null> {
  const user = await ctx.loaders.user.load(userId);
  return user ? { id: user.id, name: user.name } : null;
}

@Resolver(() => Evaluation)
export class EvaluationResolver {
  @Query(() => ReviewAssignmentConnection, { description: "The caller's current review assignments." })
  async reviewAssignments(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
  ): Promise<ReviewAssignmentConnection> {
    return ReviewAssignmentConnection.from(await new EvaluationService(ctx).assignmentsOfViewer(page));
  }

  @Mutation(() => [Application], {
    complexity: listCost(100),
    description: 'Administrators: moves every submitted application of a closed call to UNDER_REVIEW.',
  })
  startReview(@Ctx() ctx: RequestContext, @Arg('callId', () => ID) callId: string): Promise<Application[]> {
    return new EvaluationService(ctx).startReview(callId);
  }

  @Mutation(() => ReviewAssignment, {
    description:
      'Administrators: CONFLICT_OF_INTEREST when the reviewer acts for a municipality of the consortium.',
  })
  assignReviewer(
    @Ctx() ctx: RequestContext,
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('reviewerId', () => ID) reviewerId: string,
  ): Promise<ReviewAssignment> {
    return new EvaluationService(ctx).assignReviewer(applicationId, reviewerId);
  }

  @Mutation(() => ReviewAssignment, { description: 'Administrators: ends an assignment.' })
  unassignReviewer(
    @Ctx() ctx: RequestContext,
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('reviewerId', () => ID) reviewerId: string,
  ): Promise<ReviewAssignment> {
    return new EvaluationService(ctx).unassignReviewer(applicationId, reviewerId);
  }

  @Mutation(() => ReviewAssignment, {
    description: 'Reviewers: recuse yourself; the assignment ends, a draft is discarded.',
  })
  declareConflictOfInterest(
    @Ctx() ctx: RequestContext,
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('reason') reason: string,
  ): Promise<ReviewAssignment> {
    return new EvaluationService(ctx).declareConflictOfInterest(applicationId, reason);
  }

  @Mutation(() => Evaluation, {
    description:
      'Reviewers: a conflict of interest found after submitting your evaluation. It counts until an administrator voids it; your assignment ends.',
  })
  declareConflictAfterSubmission(
    @Ctx() ctx: RequestContext,
    @Arg('evaluationId', () => ID) evaluationId: string,
    @Arg('reason') reason: string,
  ): Promise<Evaluation> {
    return new EvaluationService(ctx).declareConflictAfterSubmission(evaluationId, reason);
  }

  @Mutation(() => Evaluation, {
    description:
      'Administrators: sets a submitted evaluation aside (VOIDED); it stays on record and no longer counts in summaries or rankings.',
  })
  voidEvaluation(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
  ): Promise<Evaluation> {
    return new EvaluationService(ctx).voidEvaluation(id, reason);
  }

  @Mutation(() => Evaluation, {
    description: 'Assigned reviewers: creates or replaces your draft evaluation.',
  })
  saveEvaluation(
    @Ctx() ctx: RequestContext,
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('input', () => SaveEvaluationInput) input: SaveEvaluationInput,
  ): Promise<Evaluation> {
    return new EvaluationService(ctx).saveEvaluation(applicationId, input);
  }

  @Mutation(() => Evaluation, { description: 'Assigned reviewers: makes your evaluation final.' })
  submitEvaluation(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Evaluation> {
    return new EvaluationService(ctx).submitEvaluation(id);
  }

  @FieldResolver(() => Application, { nullable: true })
  application(@Root() evaluation: Evaluation, @Ctx() ctx: RequestContext): Promise<Application | null> {
    return ctx.loaders.application.load(evaluation.applicationId);
  }

  @FieldResolver(() => Reviewer, { nullable: true })
  reviewer(@Root() evaluation: Evaluation, @Ctx() ctx: RequestContext): Promise<Reviewer | null> {
    return reviewerOf(ctx, evaluation.reviewerId);
  }

  @FieldResolver(() => HistoryActor, {
    nullable: true,
    description: 'The administrator who voided it: a role to everyone, the name to administrators only.',
  })
  async voidedBy(@Root() evaluation: Evaluation, @Ctx() ctx: RequestContext): Promise<HistoryActor | null> {
    return evaluation.voidedAt ? actorOf(ctx, evaluation.voidedById) : null;
  }

  @FieldResolver(() => [CriterionScore], {
    description: "In the call's criterion order.",
    complexity: listCost(10),
  })
  scores(@Root() evaluation: Evaluation, @Ctx() ctx: RequestContext): Promise<CriterionScore[]> {
    return new EvaluationService(ctx).scoresOf(evaluation);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Σ(score × weight) / Σ(weight) over the scored criteria; null before any score.',
  })
  weightedScore(@Root() evaluation: Evaluation, @Ctx() ctx: RequestContext): Promise<number | null> {
    return new EvaluationService(ctx).weightedScoreOf(evaluation);
  }
}

@Resolver(() => CriterionScore)
export class CriterionScoreResolver {
  @FieldResolver(() => Criterion)
  criterion(@Root() score: CriterionScore, @Ctx() ctx: RequestContext): Promise<Criterion | null> {
    return ctx.loaders.criterion.load(score.criterionId);
  }
}

@Resolver(() => ReviewAssignment)
export class ReviewAssignmentResolver {
  @FieldResolver(() => Application, { nullable: true })
  application(@Root() assignment: ReviewAssignment, @Ctx() ctx: RequestContext): Promise<Application | null> {
    return ctx.loaders.application.load(assignment.applicationId);
  }

  @FieldResolver(() => Reviewer, { nullable: true })
  reviewer(@Root() assignment: ReviewAssignment, @Ctx() ctx: RequestContext): Promise<Reviewer | null> {
    return reviewerOf(ctx, assignment.reviewerId);
  }

  @FieldResolver(() => Evaluation, {
    nullable: true,
    description: "The assigned reviewer's evaluation, if begun.",
  })
  async evaluation(
    @Root() assignment: ReviewAssignment,
    @Ctx() ctx: RequestContext,
  ): Promise<Evaluation | null> {
    const evaluations = await ctx.loaders.evaluationsOfApplication.load(assignment.applicationId);
    return evaluations.find((evaluation) => evaluation.reviewerId === assignment.reviewerId) ?? null;
  }
}
