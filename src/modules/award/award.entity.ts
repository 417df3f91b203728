import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateColumn, IdColumn, InstantColumn, LongTextColumn, MoneyColumn } from '../../common/columns';
import type { Money } from '../../common/money';
import { DateScalar, DecimalScalar } from '../../common/scalars';
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
}
