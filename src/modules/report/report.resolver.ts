import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { LocalizedText } from '../../common/localized-text';
import { listCost } from '../../common/query-cost';
import { Award } from '../award/award.entity';
import { Document } from '../document/document.entity';
import { REPORT_OWNER } from './report-documents';
import { Report } from './report.entity';
import { ReportInput } from './report.inputs';
import { ReportService } from './report.service';

@Resolver(() => Report)
export class ReportResolver {
  @Mutation(() => Report, {
    description:
      "Officials of the award's lead municipality: submits the interim or final report, or a RETURNED one again, amended.",
  })
  submitReport(
    @Ctx() ctx: RequestContext,
    @Arg('awardId', () => ID) awardId: string,
    @Arg('input', () => ReportInput) input: ReportInput,
  ): Promise<Report> {
    return new ReportService(ctx).submit(awardId, input);
  }

  @Mutation(() => Report, { description: 'Administrators: approves a submitted report.' })
  approveReport(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Report> {
    return new ReportService(ctx).approve(id);
  }

  @Mutation(() => Report, { description: 'Administrators: sends a submitted report back with a reason.' })
  returnReport(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
  ): Promise<Report> {
    return new ReportService(ctx).returnReport(id, reason);
  }

  @FieldResolver(() => [Document], {
    // A few annexes.
    complexity: listCost(10),
    description: 'Its annexes, oldest first. Upload with POST /documents (ownerType REPORT).',
  })
  documents(@Root() report: Report, @Ctx() ctx: RequestContext): Promise<Document[]> {
    return ctx.loaders.documentsOf(REPORT_OWNER).load(report.id);
  }

  @FieldResolver(() => Award)
  async award(@Root() report: Report, @Ctx() ctx: RequestContext): Promise<Award | null> {
    return ctx.loaders.award.load(report.awardId);
  }
}

@Resolver(() => Award)
export class AwardReportFields {
  @FieldResolver(() => [Report], {
    description: "The award's reports; the consortium's officials and administrators only (others get none).",
    // One interim and one final report at most.
    complexity: listCost(2),
  })
  reports(@Root() award: Award, @Ctx() ctx: RequestContext): Promise<Report[]> {
    return ctx.loaders.reportsOfAward.load(award.id);
  }

  @FieldResolver(() => LocalizedText, {
    nullable: true,
    description:
      "The approved final report's public summary; public. Null until the final report is approved.",
  })
  async finalReportSummary(@Root() award: Award, @Ctx() ctx: RequestContext): Promise<LocalizedText | null> {
    return (await ctx.loaders.approvedFinalReportOfAward.load(award.id))?.publicSummary ?? null;
  }
}
