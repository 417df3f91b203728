import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  DateColumn,
  EnumColumn,
  IdColumn,
  InstantColumn,
  LongTextColumn,
  MoneyColumn,
} from '../../common/columns';
import type { Money } from '../../common/money';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../common/scalars';
import { Award } from '../award/award.entity';
import { PaymentRequestStatus } from './payment-request-status';

registerEnumType(PaymentRequestStatus, { name: 'PaymentRequestStatus' });

/** The categories of eligible costs, as the application's budget has them. */
export const costCategories = ['staff', 'travel', 'premises', 'purchasedServices', 'other'] as const;
export type CostCategory = (typeof costCategories)[number];
export type Costs = Record<CostCategory, Money>;

@ObjectType({ description: 'Costs by category, VAT excluded; total is their sum.' })
export class CostBreakdown {
  @Field(() => DecimalScalar)
  staff: Money;

  @Field(() => DecimalScalar)
  travel: Money;

  @Field(() => DecimalScalar)
  premises: Money;

  @Field(() => DecimalScalar)
  purchasedServices: Money;

  @Field(() => DecimalScalar)
  other: Money;

  @Field(() => DecimalScalar)
  total: Money;
}

/**
 * A request by the lead municipality to be paid the grant's share of costs actually incurred. An
 * installment claims the costs of its period; the final request states the project's costs over the whole
 * project period, and its approved costs are the final figure the grant is settled on.
 */
@Entity('payment_request')
@Index('IDX_payment_request_award_status', ['awardId', 'status'])
@ObjectType({ description: "A payment request; seen by the consortium's officials and administrators." })
export class PaymentRequest {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  awardId: string;

  @ManyToOne(() => Award, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'awardId', foreignKeyConstraintName: 'FK_payment_request_award' })
  award?: Award;

  @Field(() => Int, { description: "1, 2, … in the order of the award's requests." })
  @Column({ type: 'integer' })
  number: number;

  @Field(() => PaymentRequestStatus)
  @EnumColumn()
  status: PaymentRequestStatus;

  @Field({ description: 'The final payment request: the whole project, on which the grant is settled.' })
  @Column({ type: 'boolean' })
  final: boolean;

  @Field(() => DateScalar)
  @DateColumn()
  periodStart: string;

  @Field(() => DateScalar)
  @DateColumn()
  periodEnd: string;

  @MoneyColumn()
  claimedStaff: Money;

  @MoneyColumn()
  claimedTravel: Money;

  @MoneyColumn()
  claimedPremises: Money;

  @MoneyColumn()
  claimedPurchasedServices: Money;

  @MoneyColumn()
  claimedOther: Money;

  @MoneyColumn()
  claimedTotal: Money;

  @MoneyColumn({ nullable: true })
  approvedStaff: Money | null;

  @MoneyColumn({ nullable: true })
  approvedTravel: Money | null;

  @MoneyColumn({ nullable: true })
  approvedPremises: Money | null;

  @MoneyColumn({ nullable: true })
  approvedPurchasedServices: Money | null;

  @MoneyColumn({ nullable: true })
  approvedOther: Money | null;

  @MoneyColumn({ nullable: true })
  approvedTotal: Money | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'What the approval paid on this request; null until approved.',
  })
  @MoneyColumn({ nullable: true })
  paidAmount: Money | null;

  @Field(() => String, { nullable: true })
  @LongTextColumn({ nullable: true })
  note: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why an administrator approved fewer costs than claimed, or returned the request.',
  })
  @LongTextColumn({ nullable: true })
  decisionReason: string | null;

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

const column = (prefix: 'claimed' | 'approved', category: CostCategory) =>
  `${prefix}${category[0].toUpperCase()}${category.slice(1)}` as keyof PaymentRequest;

/** The row's columns of costs (`claimedStaff`, …) as a breakdown; null where they are not set. */
export function costsOf(request: PaymentRequest, prefix: 'claimed' | 'approved'): CostBreakdown | null {
  const total = request[`${prefix}Total`];
  if (total === null) return null;
  const breakdown = Object.assign(new CostBreakdown(), { total });
  for (const category of costCategories) breakdown[category] = request[column(prefix, category)] as Money;
  return breakdown;
}

/** A breakdown as the row's columns (`claimedStaff`, …, `claimedTotal`); all null for none. */
export function costColumns(
  prefix: 'claimed' | 'approved',
  costs: Costs | null,
  total: Money | null,
): Partial<PaymentRequest> {
  const columns: Record<string, Money | null> = { [`${prefix}Total`]: total };
  for (const category of costCategories) columns[column(prefix, category)] = costs?.[category] ?? null;
  return columns;
}
