import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  DateColumn,
  decimalNumberTransformer,
  EnumColumn,
  IdColumn,
  InstantColumn,
  JsonTextColumn,
  MoneyColumn,
} from '../../common/columns';
import { newId } from '../../common/ids';
import { LocalizedLongText, LocalizedName, LocalizedText } from '../../common/localized-text';
import type { Money } from '../../common/money';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../common/scalars';
import { PROGRAMME_TIME_ZONE } from '../../common/time-zone';

export enum CallStage {
  PROPOSAL = 'PROPOSAL',
  APPLICATION = 'APPLICATION',
}
registerEnumType(CallStage, {
  name: 'CallStage',
  description:
    'PROPOSAL collects project proposals (first of two stages); APPLICATION collects grant applications.',
});

/** What an administrator has done with a call; OPEN and CLOSED are derived from the clock. */
export enum CallState {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  DECIDED = 'DECIDED',
}

export enum CallStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  DECIDED = 'DECIDED',
}
registerEnumType(CallStatus, {
  name: 'CallStatus',
  description:
    'PUBLISHED before the window opens, OPEN inside it, CLOSED after it, DECIDED once all is decided.',
});

export enum Sector {
  SOCIAL_AND_HEALTH_CARE = 'SOCIAL_AND_HEALTH_CARE',
  BUILT_ENVIRONMENT = 'BUILT_ENVIRONMENT',
  ARCHIVING = 'ARCHIVING',
  MATERIAL_DIGITISATION_ONLY = 'MATERIAL_DIGITISATION_ONLY',
  GENERAL_ADMINISTRATION = 'GENERAL_ADMINISTRATION',
  DECISION_MAKING = 'DECISION_MAKING',
  RESIDENT_SERVICES = 'RESIDENT_SERVICES',
  EDUCATION_AND_CULTURE = 'EDUCATION_AND_CULTURE',
  OTHER = 'OTHER',
}
registerEnumType(Sector, {
  name: 'Sector',
  description: 'The field of municipal activity a project belongs to.',
});

/** The largest share of eligible costs a grant may cover, by government decree 893/2019 § 4. */
const DECREE_MAX_GRANT_SHARE = 0.85;

/** The final report is due this many months after the project's end unless the call says otherwise. */
const DEFAULT_REPORT_DUE_MONTHS = 3;

/** A call for applications (or proposals) with its appropriation, window and rules. */
@Entity('grant_call')
// The list's order (year descending, then key; the migration makes year descending), by stage too.
@Index('IDX_call_year_key', ['year', 'key'])
@Index('IDX_call_stage_year_key', ['stage', 'year', 'key'])
@Index('IDX_call_state_closes_at', ['state', 'closesAt'])
@ObjectType({ description: 'A call for grant applications or project proposals.' })
@Directive('@key(fields: "id")')
export class Call {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field({ description: 'A readable unique key, e.g. "2020" or "2019-2".' })
  @Index('UQ_call_key', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  key: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  year: number;

  @Field(() => CallStage)
  @EnumColumn()
  stage: CallStage;

  @EnumColumn()
  state: CallState;

  @Field(() => LocalizedText)
  @Column(() => LocalizedName, { prefix: 'title' })
  title: LocalizedName;

  @Field(() => LocalizedText)
  @Column(() => LocalizedLongText, { prefix: 'description' })
  description: LocalizedLongText;

  @Field(() => DecimalScalar, { nullable: true, description: 'Euros available; null where not published.' })
  @MoneyColumn({ nullable: true })
  appropriation: Money | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @InstantColumn({ nullable: true })
  opensAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Index('IDX_call_closes_at')
  @InstantColumn({ nullable: true })
  closesAt: Date | null;

  @Field({ description: "False where only the closing day was published; closesAt is then that day's end." })
  @Column({ type: 'boolean', default: true })
  closingTimePublished: boolean;

  @Field({ description: 'The zone deadlines are stated in.' })
  @Column({ type: 'varchar', length: 64 })
  timeZone: string;

  @Field(() => DateScalar, { nullable: true })
  @DateColumn({ nullable: true })
  decisionDate: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Funded projects must be carried out by this day.',
  })
  @DateColumn({ nullable: true })
  projectDeadline: string | null;

  @Field(() => Int, {
    description: "Months after the project's end (or the call's projectDeadline) the final report is due.",
  })
  @Column({ type: 'integer', default: 3 })
  reportDueMonths: number;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The call asks for an interim report of each funded project by this day; null: none asked.',
  })
  @DateColumn({ nullable: true })
  interimReportDue: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "No change may extend a funded project past this day; null: the call's projectDeadline is the limit.",
  })
  @DateColumn({ nullable: true })
  latestProjectEnd: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Joint workshop of a two-stage call.' })
  @DateColumn({ nullable: true })
  workshopDate: string | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  minMunicipalities: number;

  @Column({ type: 'simple-array' })
  excludedSectorList: Sector[];

  @Field()
  @Column({ type: 'boolean', default: false })
  requiresMaturityAssessment: boolean;

  @Field(() => Float, {
    description: 'Largest share of eligible costs a grant may cover (0.85 by decree 893/2019).',
  })
  @Column({ type: 'decimal', precision: 5, scale: 4, transformer: decimalNumberTransformer })
  maxGrantShare: number;

  @Field(() => LocalizedText, { nullable: true })
  @Column(() => LocalizedLongText, { prefix: 'notes' })
  notes: LocalizedLongText;

  /** A PROPOSAL call whose invited proposals become drafts in this APPLICATION call. */
  @Field(() => ID, { nullable: true })
  @Index('IDX_call_proposal_call')
  @IdColumn({ nullable: true })
  proposalCallId: string | null;

  @ManyToOne(() => Call, { onDelete: 'SET NULL', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'proposalCallId', foreignKeyConstraintName: 'FK_call_proposal_call' })
  proposalCall?: Call;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  publishedApplicationsReceived: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  publishedProposalsReceived: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  publishedGrantsAwarded: number | null;

  @MoneyColumn({ nullable: true })
  publishedTotalAwarded: Money | null;

  /** Last reference number handed out; incremented under a row lock at submission. */
  @Column({ type: 'integer', default: 0 })
  referenceSequence: number;

  /**
   * When the first application to the call was submitted: from then on its rules are fixed (texts may
   * still be corrected). Written by the application module with the submission, never cleared.
   */
  @InstantColumn({ nullable: true })
  firstSubmittedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @InstantColumn({ nullable: true })
  publishedAt: Date | null;

  @InstantColumn()
  createdAt: Date;

  @InstantColumn()
  updatedAt: Date;

  /**
   * A new call in DRAFT with every column set: the one place a new column gets its default, for the
   * service and the test fixtures alike. The creation time is the caller's (its clock), never read here.
   */
  static draft(fields: Pick<Call, 'key' | 'year' | 'stage' | 'createdAt'> & Partial<Call>): Call {
    return Object.assign(new Call(), {
      id: newId(),
      state: CallState.DRAFT,
      title: LocalizedText.of({}),
      description: LocalizedText.of({}),
      notes: LocalizedText.of({}),
      appropriation: null,
      opensAt: null,
      closesAt: null,
      closingTimePublished: true,
      timeZone: PROGRAMME_TIME_ZONE,
      decisionDate: null,
      projectDeadline: null,
      reportDueMonths: DEFAULT_REPORT_DUE_MONTHS,
      interimReportDue: null,
      latestProjectEnd: null,
      workshopDate: null,
      minMunicipalities: 1,
      excludedSectorList: [],
      requiresMaturityAssessment: false,
      maxGrantShare: DECREE_MAX_GRANT_SHARE,
      proposalCallId: null,
      publishedApplicationsReceived: null,
      publishedProposalsReceived: null,
      publishedGrantsAwarded: null,
      publishedTotalAwarded: null,
      referenceSequence: 0,
      firstSubmittedAt: null,
      publishedAt: null,
      updatedAt: fields.createdAt,
      ...fields,
    });
  }
}

/** A purpose the call funds (teema / tema). */
@Entity('call_theme')
@Index('UQ_theme_call_code', ['callId', 'code'], { unique: true })
@ObjectType()
export class Theme {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  callId: string;

  @ManyToOne(() => Call, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'callId', foreignKeyConstraintName: 'FK_theme_call' })
  call?: Call;

  @Field()
  @Column({ type: 'varchar', length: 64 })
  code: string;

  @Field(() => LocalizedText)
  @Column(() => LocalizedLongText, { prefix: 'title' })
  title: LocalizedLongText;

  @Field(() => [String], { description: 'Examples the call text gives, in English.' })
  @JsonTextColumn()
  examples: string[];

  @Column({ type: 'integer' })
  position: number;
}

/** An evaluation criterion with its weight and score scale. */
@Entity('call_criterion')
@Index('UQ_criterion_call_code', ['callId', 'code'], { unique: true })
@ObjectType()
export class Criterion {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  callId: string;

  @ManyToOne(() => Call, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'callId', foreignKeyConstraintName: 'FK_criterion_call' })
  call?: Call;

  @Field()
  @Column({ type: 'varchar', length: 64 })
  code: string;

  @Field(() => LocalizedText)
  @Column(() => LocalizedLongText, { prefix: 'title' })
  title: LocalizedLongText;

  @Field(() => Float)
  @Column({ type: 'decimal', precision: 6, scale: 3, transformer: decimalNumberTransformer })
  weight: number;

  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  minScore: number;

  @Field(() => Int)
  @Column({ type: 'integer', default: 5 })
  maxScore: number;

  @Column({ type: 'integer' })
  position: number;
}

/** A question of the application form. */
@Entity('call_question')
@Index('UQ_question_call_code', ['callId', 'code'], { unique: true })
@ObjectType()
export class Question {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  callId: string;

  @ManyToOne(() => Call, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'callId', foreignKeyConstraintName: 'FK_question_call' })
  call?: Call;

  @Field()
  @Column({ type: 'varchar', length: 64 })
  code: string;

  @Field(() => LocalizedText)
  @Column(() => LocalizedLongText, { prefix: 'text' })
  text: LocalizedLongText;

  @Field()
  @Column({ type: 'boolean', default: false })
  required: boolean;

  @Field(() => Int, { nullable: true, description: 'Longest answer accepted, in characters.' })
  @Column({ type: 'integer', nullable: true })
  maxLength: number | null;

  @Column({ type: 'integer' })
  position: number;
}

/** A condition an applicant must meet (e.g. taking part in the Digikunta trial). */
@Entity('call_condition')
export class CallCondition {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('IDX_condition_call')
  @IdColumn()
  callId: string;

  @ManyToOne(() => Call, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'callId', foreignKeyConstraintName: 'FK_condition_call' })
  call?: Call;

  @Column(() => LocalizedLongText, { prefix: 'text' })
  text: LocalizedLongText;

  @Column({ type: 'integer' })
  position: number;
}
