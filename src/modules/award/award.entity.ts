import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateColumn, IdColumn, InstantColumn, LongTextColumn, MoneyColumn } from '../../common/columns';
import type { Money } from '../../common/money';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../common/scalars';
import { Application } from '../application/application.entity';
import { Call } from '../call/call.entity';

/** The ministry's decision to grant at most an amount to one application. */
@Entity('award')
@Index('IDX_award_call_amount', ['callId', 'grantedAmount'])
// The DECISION_LIST order both ways; the migration makes the second one's decisionDate descending.
@Index('IDX_award_decision_list', ['decisionDate', 'listSortPosition'])
@Index('IDX_award_decision_list_desc', ['decisionDate', 'listSortPosition'])
@ObjectType({ description: 'A grant decision: at most `grantedAmount` euros for one application.' })
@Directive('@key(fields: "id")')
export class Award {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('UQ_award_application', { unique: true })
  @IdColumn()
  applicationId: string;

  @ManyToOne(() => Application, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'applicationId', foreignKeyConstraintName: 'FK_award_application' })
  application?: Application;

  @IdColumn()
  callId: string;

  @ManyToOne(() => Call, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'callId', foreignKeyConstraintName: 'FK_award_call' })
  call?: Call;

  @Field(() => DecimalScalar, { description: 'The most that may be paid; the actual payment can be less.' })
  @Index('IDX_award_amount')
  @MoneyColumn()
  grantedAmount: Money;

  @Field(() => DateScalar)
  @Index('IDX_award_decision_date')
  @DateColumn()
  decisionDate: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  decisionNumber: string | null;

  @Field(() => String, { nullable: true })
  @LongTextColumn({ nullable: true })
  conditions: string | null;

  @Field(() => DateScalar, { nullable: true })
  @DateColumn({ nullable: true })
  projectDeadline: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "First day of the project's current period (from the application; null where not on record).",
  })
  @DateColumn({ nullable: true })
  projectStart: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "Last day of the project's current period: the application's, as an approved change moves it.",
  })
  @DateColumn({ nullable: true })
  projectEnd: string | null;

  // The approved budget of eligible costs by category (Award.approvedBudget): the application's at the
  // decision, as approved changes move money between the categories.
  @MoneyColumn({ nullable: true })
  budgetStaff: Money | null;

  @MoneyColumn({ nullable: true })
  budgetTravel: Money | null;

  @MoneyColumn({ nullable: true })
  budgetPremises: Money | null;

  @MoneyColumn({ nullable: true })
  budgetPurchasedServices: Money | null;

  @MoneyColumn({ nullable: true })
  budgetOther: Money | null;

  @Field(() => Int, { nullable: true, description: 'Place in the published decision list.' })
  @Column({ type: 'integer', nullable: true })
  listPosition: number | null;

  /** The DECISION_LIST order's key: the list position, 0 without one; a virtual column an index holds. */
  @Column({
    type: 'integer',
    nullable: true,
    generatedType: 'VIRTUAL',
    asExpression: 'COALESCE(listPosition, 0)',
    insert: false,
    update: false,
  })
  listSortPosition?: number;

  @InstantColumn()
  createdAt: Date;

  // The grant's money after the decision (payment requests, recovery), written by the payment module in
  // the transaction of each step; the report module records here whether each report is in.

  @Field(() => DecimalScalar, { description: 'Paid so far on approved payment requests; public.' })
  @MoneyColumn({ default: 0 })
  paidTotal: Money;

  @Field(() => DecimalScalar, {
    description:
      "The part of the grant never paid, returned to the call's appropriation when the grant was settled (the final payment approved); public.",
  })
  @MoneyColumn({ default: 0 })
  returnedTotal: Money;

  @Field(() => DecimalScalar, {
    description:
      'What was paid beyond the final approved costs × maxGrantShare (capped at grantedAmount): claimed back from the lead. The consortium and administrators.',
  })
  @MoneyColumn({ default: 0 })
  recoveryClaim: Money;

  @Field(() => DecimalScalar, {
    description: 'Of recoveryClaim, what has come back (recordRecovery). The consortium and administrators.',
  })
  @MoneyColumn({ default: 0 })
  recoveredTotal: Money;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the final payment request was approved: nothing more is paid on the grant.',
  })
  @InstantColumn({ nullable: true })
  settledAt: Date | null;

  /** When the interim report now on record was submitted; null while none is in (or it was returned). */
  @InstantColumn({ nullable: true })
  interimReportSubmittedAt: Date | null;

  /** When the final report now on record was submitted; null while none is in (or it was returned). */
  @Index('IDX_award_final_report')
  @InstantColumn({ nullable: true })
  finalReportSubmittedAt: Date | null;

  /** The columns of a new award's life after the decision: nothing paid, reported or settled yet. */
  static unpaid(): Pick<
    Award,
    | 'paidTotal'
    | 'returnedTotal'
    | 'recoveryClaim'
    | 'recoveredTotal'
    | 'settledAt'
    | 'interimReportSubmittedAt'
    | 'finalReportSubmittedAt'
  > {
    return {
      paidTotal: '0.00',
      returnedTotal: '0.00',
      recoveryClaim: '0.00',
      recoveredTotal: '0.00',
      settledAt: null,
      interimReportSubmittedAt: null,
      finalReportSubmittedAt: null,
    };
  }
}
