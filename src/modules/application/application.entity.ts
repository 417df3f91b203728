import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  DateColumn,
  EnumColumn,
  IdColumn,
  InstantColumn,
  LongTextColumn,
  MoneyColumn,
} from '../../common/columns';
import { newId } from '../../common/ids';
import { LocalizedName, LocalizedText } from '../../common/localized-text';
import type { Money } from '../../common/money';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../common/scalars';
import { Call, Question, Sector, Theme } from '../call/call.entity';
import { Consortium } from '../consortium/consortium.entity';
import { ApplicationStatus } from './application-status';

registerEnumType(ApplicationStatus, { name: 'ApplicationStatus' });

/** `rankingScore` of an application without a counted evaluation: below every score. */
export const NO_RANKING_SCORE = -1;

/** A consortium's application (or proposal) to a call. */
@Entity('application')
@Index('IDX_application_call_status', ['callId', 'status'])
@Index('IDX_application_status_created', ['status', 'createdAt'])
@Index('IDX_application_status_submitted', ['status', 'submittedSortAt'])
@Index('IDX_application_status_requested', ['status', 'requestedAmount'])
// Summaries too, for the overlaps shown to reviewers (migration OverlapSearch1766000000210, MariaDB only).
@Index('FT_application_summary', { synchronize: false })
// Project names are searched with MATCH … AGAINST on MariaDB; SQLite has an FTS5 table instead (see the
// migration ListIndexes1764000000100), so the schema builder leaves this index alone.
@Index('FT_application_project_name', { synchronize: false })
@Index('IDX_application_ranking', ['rankingScore'])
@Index('IDX_application_call_ranking', ['callId', 'rankingScore'])
@Index('UQ_application_call_reference', ['callId', 'referenceNumber'], { unique: true })
@ObjectType({ description: "A consortium's application, or a proposal in a two-stage call." })
@Directive('@key(fields: "id")')
export class Application {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => String, {
    nullable: true,
    description: 'Given at submission, unique within the call ("2020-0007").',
  })
  @Column({ type: 'varchar', length: 32, nullable: true })
  referenceNumber: string | null;

  @IdColumn()
  callId: string;

  @ManyToOne(() => Call, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'callId', foreignKeyConstraintName: 'FK_application_call' })
  call?: Call;

  @Index('IDX_application_consortium')
  @IdColumn()
  consortiumId: string;

  @ManyToOne(() => Consortium, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'consortiumId', foreignKeyConstraintName: 'FK_application_consortium' })
  consortium?: Consortium;

  @Index('IDX_application_theme')
  @IdColumn({ nullable: true })
  themeId: string | null;

  @ManyToOne(() => Theme, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'themeId', foreignKeyConstraintName: 'FK_application_theme' })
  theme?: Theme;

  @Field(() => Sector, { nullable: true })
  @EnumColumn({ nullable: true })
  sector: Sector | null;

  @Field(() => LocalizedText)
  @Column(() => LocalizedName, { prefix: 'projectName' })
  projectName: LocalizedName;

  @Field(() => String, { nullable: true })
  @LongTextColumn({ nullable: true })
  summary: string | null;

  @Field(() => DecimalScalar)
  @Index('IDX_application_requested')
  @MoneyColumn()
  requestedAmount: Money;

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

  @Field(() => DecimalScalar, { nullable: true, description: 'Eligible costs of the project, VAT excluded.' })
  @MoneyColumn({ nullable: true })
  totalBudget: Money | null;

  @Field(() => DateScalar, { nullable: true })
  @DateColumn({ nullable: true })
  projectStart: string | null;

  @Field(() => DateScalar, { nullable: true })
  @DateColumn({ nullable: true })
  projectEnd: string | null;

  @Column({ type: 'integer', nullable: true })
  maturityLevel: number | null;

  @DateColumn({ nullable: true })
  maturityAssessedOn: string | null;

  @LongTextColumn({ nullable: true })
  maturityNotes: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  contactName: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  contactEmail: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  contactPhone: string | null;

  @Field(() => ApplicationStatus)
  @EnumColumn()
  status: ApplicationStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Why the ministry rejected the application, if it did.',
  })
  @LongTextColumn({ nullable: true })
  rejectionReason: string | null;

  @Field(() => Boolean, {
    description:
      "A proposal's choice (PROPOSAL calls): whether its project name may appear in the call's public summary of proposals received (`Call.proposalSummary`). Always false on an application.",
  })
  @Column({ type: 'boolean', default: false })
  allowPublication: boolean;

  @Field(() => DateTimeScalar, { nullable: true })
  @Index('IDX_application_submitted_at')
  @InstantColumn({ nullable: true })
  submittedAt: Date | null;

  /** The proposal this application grew from, in a two-stage call; shown only to who may see it. */
  @Index('IDX_application_proposal')
  @IdColumn({ nullable: true })
  proposalId: string | null;

  @ManyToOne(() => Application, { onDelete: 'SET NULL', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'proposalId', foreignKeyConstraintName: 'FK_application_proposal' })
  proposal?: Application;

  @Field(() => Int, { description: 'Increases with every change; pass it back as expectedVersion.' })
  @Column({ type: 'integer', default: 1 })
  version: number;

  @IdColumn({ nullable: true })
  createdById: string | null;

  @Field(() => DateTimeScalar)
  @Index('IDX_application_created_at')
  @InstantColumn()
  createdAt: Date;

  /**
   * The SUBMITTED_AT order's key: the submission instant, or the creation for an application never
   * submitted here (seeded history). Computed by the database (a virtual column) so that an index holds it.
   */
  @Index('IDX_application_submitted_sort')
  @Column({
    type: 'datetime',
    precision: 3,
    nullable: true,
    generatedType: 'VIRTUAL',
    insert: false,
    update: false,
    asExpression: 'COALESCE(submittedAt, createdAt)',
  })
  submittedSortAt?: Date;

  @Field(() => DateTimeScalar)
  @InstantColumn()
  updatedAt: Date;

  /**
   * The WEIGHTED_SCORE order's key: the mean weighted score of the submitted evaluations that are not
   * voided, in millionths of a point (exact to compare and to put in a cursor), -1 without any, below
   * every score (scales start at 0 or more). The evaluation module writes it in the transaction that
   * submits or voids an evaluation; shown only as `evaluationSummary.weightedScore`.
   */
  @Column({ type: 'integer', default: -1 })
  rankingScore: number;

  /**
   * A new draft with every column set: the one place a new column gets its default, for the service
   * and the test fixtures alike. The creation time is the caller's (its clock), never read here.
   */
  static draft(
    fields: Pick<Application, 'callId' | 'consortiumId' | 'createdById' | 'createdAt'> & Partial<Application>,
  ): Application {
    return Object.assign(new Application(), {
      id: newId(),
      referenceNumber: null,
      themeId: null,
      sector: null,
      projectName: LocalizedText.of({}),
      summary: null,
      rejectionReason: null,
      allowPublication: false,
      requestedAmount: '0.00',
      budgetStaff: null,
      budgetTravel: null,
      budgetPremises: null,
      budgetPurchasedServices: null,
      budgetOther: null,
      totalBudget: null,
      projectStart: null,
      projectEnd: null,
      maturityLevel: null,
      maturityAssessedOn: null,
      maturityNotes: null,
      contactName: null,
      contactEmail: null,
      contactPhone: null,
      status: ApplicationStatus.DRAFT,
      submittedAt: null,
      proposalId: null,
      rankingScore: NO_RANKING_SCORE,
      version: 1,
      updatedAt: fields.createdAt,
      ...fields,
    });
  }
}

/** An answer to one of the call's questions. */
@Entity('application_answer')
@Index('UQ_answer_application_question', ['applicationId', 'questionId'], { unique: true })
@ObjectType()
export class Answer {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  applicationId: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'applicationId', foreignKeyConstraintName: 'FK_answer_application' })
  application?: Application;

  @Index('IDX_answer_question')
  @IdColumn()
  questionId: string;

  @ManyToOne(() => Question, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'questionId', foreignKeyConstraintName: 'FK_answer_question' })
  question?: Question;

  @Field()
  @LongTextColumn()
  text: string;
}
