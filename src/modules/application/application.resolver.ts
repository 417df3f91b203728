import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { PageArgs } from '../../common/pagination';
import { listCost } from '../../common/query-cost';
import { Call, Question, Theme } from '../call/call.entity';
import { Consortium } from '../consortium/consortium.entity';
import { Answer, Application } from './application.entity';
import { ApplicationWorkflowService } from './application-workflow.service';
import {
  ApplicationConnection,
  ApplicationFilter,
  ApplicationOrder,
  CreateApplicationInput,
  UpdateApplicationInput,
} from './application.inputs';
import { ApplicationService } from './application.service';
import {
  Budget,
  budgetOf,
  Contact,
  contactOf,
  EligibilityIssue,
  MaturityAssessment,
  maturityOf,
} from './application.types';
import { EligibilityService } from './eligibility.service';

@Resolver(() => Application)
export class ApplicationResolver {
  @Query(() => Application, {
    nullable: true,
    description: 'An application the caller may see; otherwise null.',
  })
  application(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Application | null> {
    return new ApplicationService(ctx).byId(id);
  }

  @Query(() => ApplicationConnection, { description: 'Applications the caller may see.' })
  async applications(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => ApplicationFilter, { nullable: true }) filter?: ApplicationFilter | null,
    @Arg('orderBy', () => ApplicationOrder, { nullable: true }) orderBy?: ApplicationOrder | null,
  ): Promise<ApplicationConnection> {
    return ApplicationConnection.from(await new ApplicationService(ctx).list(filter, orderBy, page));
  }

  @Mutation(() => Application, {
    description: 'Applicants: a DRAFT application of their consortium to a call.',
  })
  createApplication(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateApplicationInput) input: CreateApplicationInput,
  ): Promise<Application> {
    return new ApplicationWorkflowService(ctx).create(input);
  }

  @Mutation(() => Application, {
    description:
      'Applicants: changes a draft. A stale expectedVersion is VERSION_CONFLICT and changes nothing.',
  })
  updateApplication(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => UpdateApplicationInput) input: UpdateApplicationInput,
  ): Promise<Application> {
    return new ApplicationWorkflowService(ctx).update(id, expectedVersion, input);
  }

  @Mutation(() => Application, {
    description:
      'Applicants: submits a draft inside the window; NOT_ELIGIBLE lists every issue in extensions.issues.',
  })
  submitApplication(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Application> {
    return new ApplicationWorkflowService(ctx).submit(id);
  }

  @Mutation(() => Application, {
    description: 'Applicants: withdraws an application until a decision is made.',
  })
  withdrawApplication(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Application> {
    return new ApplicationWorkflowService(ctx).withdraw(id);
  }

  @Mutation(() => Application, {
    description:
      'Administrators: invites a submitted proposal into the APPLICATION call that follows its call, as a draft of the same consortium with its answers.',
  })
  inviteProposal(
    @Ctx() ctx: RequestContext,
    @Arg('proposalId', () => ID) proposalId: string,
    @Arg('callId', () => ID) callId: string,
  ): Promise<Application> {
    return new ApplicationWorkflowService(ctx).inviteProposal(proposalId, callId);
  }

  @FieldResolver(() => [EligibilityIssue], {
    complexity: listCost(10),
    description:
      'What keeps the application from being submitted, judged now (a draft) or on its submission day.',
  })
  eligibilityIssues(
    @Root() application: Application,
    @Ctx() ctx: RequestContext,
  ): Promise<EligibilityIssue[]> {
    return new EligibilityService(ctx).issuesOf(application);
  }

  @FieldResolver(() => Application, {
    nullable: true,
    description: 'The proposal this application grew from.',
  })
  proposal(@Root() application: Application, @Ctx() ctx: RequestContext): Promise<Application | null> {
    return application.proposalId
      ? ctx.loaders.application.load(application.proposalId)
      : Promise.resolve(null);
  }

  @FieldResolver(() => Call)
  async call(@Root() application: Application, @Ctx() ctx: RequestContext): Promise<Call | null> {
    return ctx.loaders.call.load(application.callId);
  }

  @FieldResolver(() => Consortium)
  consortium(@Root() application: Application, @Ctx() ctx: RequestContext): Promise<Consortium | null> {
    return ctx.loaders.consortium.load(application.consortiumId);
  }

  @FieldResolver(() => Theme, { nullable: true })
  async theme(@Root() application: Application, @Ctx() ctx: RequestContext): Promise<Theme | null> {
    return application.themeId ? ctx.loaders.theme.load(application.themeId) : null;
  }

  @FieldResolver(() => Budget)
  budget(@Root() application: Application): Budget {
    return budgetOf(application);
  }

  @FieldResolver(() => [Answer], {
    // One per question of the call.
    complexity: listCost(10),
    description: "Answers to the call's questions: own consortium, assigned reviewers, administrators.",
  })
  answers(@Root() application: Application, @Ctx() ctx: RequestContext): Promise<Answer[]> {
    return ctx.loaders.answersOfApplication.load(application.id);
  }

  @FieldResolver(() => MaturityAssessment, { nullable: true })
  maturityAssessment(@Root() application: Application): MaturityAssessment | null {
    return maturityOf(application);
  }

  @FieldResolver(() => Contact, {
    nullable: true,
    description: 'Personal data: own consortium and administrators only.',
  })
  contact(@Root() application: Application): Contact {
    return contactOf(application);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: 'The proposal this application grew from, if the caller may see it.',
  })
  async proposalId(@Root() application: Application, @Ctx() ctx: RequestContext): Promise<string | null> {
    // The id of a proposal the caller may not look up would still tell them that it exists.
    if (!application.proposalId) return null;
    return (await ctx.loaders.application.load(application.proposalId))?.id ?? null;
  }
}

@Resolver(() => Answer)
export class AnswerResolver {
  @FieldResolver(() => Question)
  question(@Root() answer: Answer, @Ctx() ctx: RequestContext): Promise<Question | null> {
    return ctx.loaders.question.load(answer.questionId);
  }
}
