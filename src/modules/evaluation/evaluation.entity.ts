import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EnumColumn, IdColumn, InstantColumn, LongTextColumn, MoneyColumn } from '../../common/columns';
import type { Money } from '../../common/money';
import { DateTimeScalar, DecimalScalar } from '../../common/scalars';
import { Application } from '../application/application.entity';
import { Criterion } from '../call/call.entity';
import { User } from '../user/user.entity';

export enum Recommendation {
  FUND = 'FUND',
  FUND_PARTIALLY = 'FUND_PARTIALLY',
  REJECT = 'REJECT',
}
registerEnumType(Recommendation, { name: 'Recommendation' });

export enum EvaluationStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  /** Set aside by an administrator (a conflict of interest found after submitting): kept, never counted. */
  VOIDED = 'VOIDED',
}
registerEnumType(EvaluationStatus, { name: 'EvaluationStatus' });

/** One reviewer's assessment of one application, criterion by criterion. */
@Entity('evaluation')
@Index('UQ_evaluation_application_reviewer', ['applicationId', 'reviewerId'], { unique: true })
@ObjectType({ description: "One reviewer's scores for one application." })
@Directive('@key(fields: "id")')
export class Evaluation {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  applicationId: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'applicationId', foreignKeyConstraintName: 'FK_evaluation_application' })
  application?: Application;

  @Index('IDX_evaluation_reviewer')
  @IdColumn()
  reviewerId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'reviewerId', foreignKeyConstraintName: 'FK_evaluation_reviewer' })
  reviewer?: User;

  @Field(() => String, { nullable: true })
  @LongTextColumn({ nullable: true })
  comment: string | null;

  @Field(() => Recommendation, { nullable: true })
  @EnumColumn({ nullable: true })
  recommendation: Recommendation | null;

  @Field(() => DecimalScalar, { nullable: true })
  @MoneyColumn({ nullable: true })
  recommendedAmount: Money | null;

  @Field(() => EvaluationStatus)
  @EnumColumn()
  status: EvaluationStatus;

  @Field(() => DateTimeScalar, { nullable: true })
  @InstantColumn({ nullable: true })
  submittedAt: Date | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the reviewer declared a conflict of interest after submitting.',
  })
  @InstantColumn({ nullable: true })
  conflictDeclaredAt: Date | null;

  @Field(() => String, { nullable: true, description: 'What the reviewer said when declaring it.' })
  @LongTextColumn({ nullable: true })
  conflictDeclaration: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When an administrator voided it.' })
  @InstantColumn({ nullable: true })
  voidedAt: Date | null;

  /** The administrator who voided it (a user id, kept like `Application.createdById`). */
  @IdColumn({ nullable: true })
  voidedById: string | null;

  @Field(() => String, { nullable: true, description: 'Why the administrator voided it.' })
  @LongTextColumn({ nullable: true })
  voidReason: string | null;

  @InstantColumn()
  createdAt: Date;

  @InstantColumn()
  updatedAt: Date;
}

@Entity('evaluation_score')
@Index('UQ_score_evaluation_criterion', ['evaluationId', 'criterionId'], { unique: true })
@ObjectType({ description: 'A score for one criterion.' })
export class CriterionScore {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  evaluationId: string;

  @ManyToOne(() => Evaluation, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'evaluationId', foreignKeyConstraintName: 'FK_score_evaluation' })
  evaluation?: Evaluation;

  @Index('IDX_score_criterion')
  @IdColumn()
  criterionId: string;

  @ManyToOne(() => Criterion, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'criterionId', foreignKeyConstraintName: 'FK_score_criterion' })
  criterion?: Criterion;

  @Field(() => Int)
  @Column({ type: 'integer' })
  score: number;

  @Field(() => String, { nullable: true })
  @LongTextColumn({ nullable: true })
  comment: string | null;
}

export enum AssignmentEnd {
  UNASSIGNED = 'UNASSIGNED',
  CONFLICT_OF_INTEREST = 'CONFLICT_OF_INTEREST',
}
registerEnumType(AssignmentEnd, { name: 'AssignmentEnd' });

/** A reviewer asked to evaluate an application; ended by unassignment or a declared conflict. */
@Entity('review_assignment')
@Index('UQ_assignment_application_reviewer', ['applicationId', 'reviewerId'], { unique: true })
@ObjectType({ description: 'A reviewer assigned to evaluate an application.' })
export class ReviewAssignment {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  applicationId: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'applicationId', foreignKeyConstraintName: 'FK_assignment_application' })
  application?: Application;

  @Index('IDX_assignment_reviewer')
  @IdColumn()
  reviewerId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'reviewerId', foreignKeyConstraintName: 'FK_assignment_reviewer' })
  reviewer?: User;

  @Index('IDX_assignment_assigned_by')
  @IdColumn({ nullable: true })
  assignedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'assignedById', foreignKeyConstraintName: 'FK_assignment_assigned_by' })
  assignedBy?: User;

  @Field(() => DateTimeScalar)
  @InstantColumn()
  assignedAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  @InstantColumn({ nullable: true })
  endedAt: Date | null;

  @Field(() => AssignmentEnd, { nullable: true })
  @EnumColumn({ nullable: true })
  endReason: AssignmentEnd | null;

  @Field(() => String, { nullable: true, description: 'What the reviewer said when declaring a conflict.' })
  @LongTextColumn({ nullable: true })
  conflictDeclaration: string | null;
}
