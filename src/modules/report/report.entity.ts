import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EnumColumn, IdColumn, InstantColumn, JsonTextColumn, LongTextColumn } from '../../common/columns';
import { LocalizedLongText, LocalizedText } from '../../common/localized-text';
import { listCost } from '../../common/query-cost';
import { DateTimeScalar } from '../../common/scalars';
import { Award } from '../award/award.entity';
import { ReportKind, ReportStatus } from './report-status';

registerEnumType(ReportStatus, { name: 'ReportStatus' });
registerEnumType(ReportKind, {
  name: 'ReportKind',
  valuesConfig: {
    INTERIM: { description: "Due on the call's interimReportDue, where the call asks for one." },
    FINAL: { description: "Due reportDueMonths after the project's end (Award.reportDue)." },
  },
});

@ObjectType({ description: 'One measure of what the project achieved, e.g. "services digitised: 12 pcs".' })
export class ReportIndicator {
  @Field()
  name: string;

  @Field({ description: 'As the project measured it, e.g. "12" or "1 250".' })
  value: string;

  @Field(() => String, { nullable: true, description: 'e.g. "pcs", "%", "users per month".' })
  unit: string | null;
}

/**
 * A report on a grant: an interim report (where the call asks for one) or the final report. One of each
 * kind per award; a returned report is amended in place and submitted again.
 */
@Entity('grant_report')
@Index('UQ_grant_report_award_kind', ['awardId', 'kind'], { unique: true })
@ObjectType({
  description:
    "A report on a grant, seen by the consortium's officials and administrators; the public sees only an approved final report's publicSummary (Award.finalReportSummary).",
})
export class Report {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  awardId: string;

  @ManyToOne(() => Award, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'awardId', foreignKeyConstraintName: 'FK_grant_report_award' })
  award?: Award;

  @Field(() => ReportKind)
  @EnumColumn()
  kind: ReportKind;

  @Field(() => ReportStatus)
  @EnumColumn()
  status: ReportStatus;

  @Field({ description: 'What the project did and achieved.' })
  @LongTextColumn()
  outcomes: string;

  // At most LIST_MAX.indicators.
  @Field(() => [ReportIndicator], { complexity: listCost(50) })
  @JsonTextColumn()
  indicators: ReportIndicator[];

  @Field({ description: 'How other municipalities can reuse the results (code, specifications, models).' })
  @LongTextColumn()
  reuse: string;

  @Field(() => LocalizedText, { description: 'Published once an administrator approves a final report.' })
  @Column(() => LocalizedLongText, { prefix: 'publicSummary' })
  publicSummary: LocalizedLongText;

  @Field(() => String, { nullable: true, description: 'Why an administrator returned it, if it was.' })
  @LongTextColumn({ nullable: true })
  returnReason: string | null;

  @Field(() => DateTimeScalar)
  @InstantColumn()
  submittedAt: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was last approved or returned.' })
  @InstantColumn({ nullable: true })
  decidedAt: Date | null;

  @Field(() => Int, { description: 'Increases with every change.' })
  @Column({ type: 'integer', default: 1 })
  version: number;

  @IdColumn({ nullable: true })
  submittedById: string | null;

  @InstantColumn()
  updatedAt: Date;
}
