import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  DateColumn,
  EnumColumn,
  IdColumn,
  InstantColumn,
  JsonTextColumn,
  LongTextColumn,
  MoneyColumn,
} from '../../common/columns';
import type { Money } from '../../common/money';
import { DateScalar, DateTimeScalar } from '../../common/scalars';
import { Award } from '../award/award.entity';
import { User } from '../user/user.entity';
import { ChangeRequestStatus } from './change-request-status';

export enum ChangeRequestKind {
  EXTEND_PROJECT = 'EXTEND_PROJECT',
  MOVE_BUDGET = 'MOVE_BUDGET',
  CHANGE_MEMBERS = 'CHANGE_MEMBERS',
}
registerEnumType(ChangeRequestKind, {
  name: 'ChangeRequestKind',
  description:
    'EXTEND_PROJECT moves the project end later; MOVE_BUDGET moves money between cost categories, the total kept; CHANGE_MEMBERS adds or removes other implementers (the lead stays).',
});
registerEnumType(ChangeRequestStatus, {
  name: 'ChangeRequestStatus',
  description: 'SUBMITTED until an administrator APPROVES or REJECTS it, or its requester WITHDRAWS it.',
});

/**
 * An award's terms at one moment: its project period, approved budget and municipalities. Kept as JSON on
 * a change request when it is approved (`termsBefore`), so the first approved change holds the terms as
 * decided.
 */
export interface AwardTermsRecord {
  projectStart: string | null;
  projectEnd: string | null;
  budget: BudgetRecord;
  /** The lead first, then the other implementers in their order. */
  municipalityCodes: string[];
}

export interface BudgetRecord {
  staff: Money | null;
  travel: Money | null;
  premises: Money | null;
  purchasedServices: Money | null;
  other: Money | null;
}

/**
 * A request of the lead municipality to change a grant's terms after the decision: one kind of change
 * per request; an administrator approves (the award changes with it) or rejects it with a reason.
 */
@Entity('change_request')
@Index('IDX_change_request_award', ['awardId', 'createdAt'])
@Index('UQ_change_request_amendment', ['awardId', 'amendmentNumber'], { unique: true })
@ObjectType({ description: "A request to change an award's terms after the decision." })
@Directive('@key(fields: "id")')
export class ChangeRequest {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  awardId: string;

  @ManyToOne(() => Award, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'awardId', foreignKeyConstraintName: 'FK_change_request_award' })
  award?: Award;

  @Field(() => ChangeRequestKind)
  @EnumColumn()
  kind: ChangeRequestKind;

  @Field(() => ChangeRequestStatus)
  @EnumColumn()
  status: ChangeRequestStatus;

  @Field({ description: 'Why the change is needed, in the requester’s words.' })
  @LongTextColumn()
  justification: string;

  @Field(() => DateScalar, { nullable: true, description: 'EXTEND_PROJECT: the new project end.' })
  @DateColumn({ nullable: true })
  projectEnd: string | null;

  /** MOVE_BUDGET: the whole new budget by category (categories not given keep their amounts). */
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

  /** CHANGE_MEMBERS: codes of municipalities to add as other implementers. */
  @JsonTextColumn()
  addMunicipalityCodes: string[];

  /** CHANGE_MEMBERS: codes of other implementers to remove. */
  @JsonTextColumn()
  removeMunicipalityCodes: string[];

  @Field(() => Int, {
    nullable: true,
    description: 'Which approved change of the award this is (1 for the first); null unless APPROVED.',
  })
  @Column({ type: 'integer', nullable: true })
  amendmentNumber: number | null;

  /** The award's terms just before this request was applied; null until it is approved. */
  @LongTextColumn({ nullable: true })
  termsBefore: string | null;

  @Index('IDX_change_request_requested_by')
  @IdColumn({ nullable: true })
  requestedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'requestedById', foreignKeyConstraintName: 'FK_change_request_requested_by' })
  requestedBy?: User;

  @Index('IDX_change_request_decided_by')
  @IdColumn({ nullable: true })
  decidedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'decidedById', foreignKeyConstraintName: 'FK_change_request_decided_by' })
  decidedBy?: User;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it was approved, rejected or withdrawn.',
  })
  @InstantColumn({ nullable: true })
  decidedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "The administrator's reason: required for a rejection, optional for an approval.",
  })
  @LongTextColumn({ nullable: true })
  decisionReason: string | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => DateTimeScalar, { description: 'When it was submitted.' })
  @InstantColumn()
  createdAt: Date;

  @InstantColumn()
  updatedAt: Date;
}
