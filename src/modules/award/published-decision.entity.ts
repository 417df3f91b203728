import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateColumn, IdColumn, InstantColumn, MoneyColumn } from '../../common/columns';
import { LocalizedLongText } from '../../common/localized-text';
import type { Money } from '../../common/money';
import { DateScalar, DecimalScalar } from '../../common/scalars';
import { Call } from '../call/call.entity';
import { Municipality } from '../municipality/municipality.entity';
import { Source } from '../source/source.entity';
import { Award } from './award.entity';

/** A condition as a published decision states it, in the languages the data gives. */
export interface PublishedCondition {
  fi: string | null;
  sv: string | null;
  en: string | null;
}

/**
 * One grant as the ministry published it, whether or not this service holds an Award for it. The 14
 * grants of 2018 were published without amounts or project names, so they cannot be awards (an award's
 * grantedAmount is a required amount); they are kept here with `grantedAmount` null, which means "not
 * published", never zero. The 29 grants of 2020 are here too, each pointing at its award, so that a
 * call's published record reads the same way for every year.
 */
@Entity('published_decision')
@Index('IDX_published_decision_call', ['callId', 'decisionDate', 'listPosition'])
@ObjectType({
  description:
    "One grant as the ministry's decision was published: its recipients, and its amount where the publication states one (`amountPublished`). It is the public record; `award` is the decision as recorded in this service, where there is one.",
})
export class PublishedDecision {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  callId: string;

  @ManyToOne(() => Call, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'callId', foreignKeyConstraintName: 'FK_published_decision_call' })
  call?: Call;

  @Field(() => DateScalar)
  @DateColumn()
  decisionDate: string;

  @Field(() => Int, {
    description: 'Place in the publication: the order in which it names the grants, from 1.',
  })
  @Column({ type: 'integer' })
  listPosition: number;

  @Field({
    description:
      'The grantee as the publication words it, e.g. "Birkala" or "Nokia stads och Lempäälä kommuns samprojekt".',
  })
  @Column({ type: 'text' })
  asPrinted: string;

  /** The project administrator; null where the publication does not say which recipient it is. */
  @Index('IDX_published_decision_lead')
  @Column({ type: 'varchar', length: 3, nullable: true })
  leadCode: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'leadCode', foreignKeyConstraintName: 'FK_published_decision_lead' })
  lead?: Municipality;

  @Column(() => LocalizedLongText, { prefix: 'projectName' })
  projectName: LocalizedLongText;

  /** The granted maximum as published; null where the publication states no amount. */
  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'The most that may be paid, as published. Null where the publication states no amount (`amountPublished` is false): unknown, not zero.',
  })
  @MoneyColumn({ nullable: true })
  grantedAmount: Money | null;

  @Column({ type: 'simple-json' })
  conditionList: PublishedCondition[];

  /** The award recorded for this grant in this service, where there is one. */
  @Index('UQ_published_decision_award', { unique: true })
  @IdColumn({ nullable: true })
  awardId: string | null;

  @ManyToOne(() => Award, { onDelete: 'SET NULL', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'awardId', foreignKeyConstraintName: 'FK_published_decision_award' })
  award?: Award;

  @InstantColumn()
  createdAt: Date;
}

/** A municipality a published decision names as a recipient, the lead first. */
@Entity('published_decision_recipient')
@Index('UQ_published_recipient', ['publishedDecisionId', 'municipalityCode'], { unique: true })
export class PublishedDecisionRecipient {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  publishedDecisionId: string;

  @ManyToOne(() => PublishedDecision, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'publishedDecisionId', foreignKeyConstraintName: 'FK_published_recipient_decision' })
  publishedDecision?: PublishedDecision;

  @Index('IDX_published_recipient_municipality')
  @Column({ type: 'varchar', length: 3 })
  municipalityCode: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'municipalityCode', foreignKeyConstraintName: 'FK_published_recipient_municipality' })
  municipality?: Municipality;

  @Column({ type: 'integer' })
  position: number;
}

/** One source of a published decision. */
@Entity('published_decision_source')
@Index('UQ_published_decision_source', ['publishedDecisionId', 'sourceId'], { unique: true })
export class PublishedDecisionSource {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  publishedDecisionId: string;

  @ManyToOne(() => PublishedDecision, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'publishedDecisionId', foreignKeyConstraintName: 'FK_published_source_decision' })
  publishedDecision?: PublishedDecision;

  @Index('IDX_published_decision_source_source')
  @IdColumn()
  sourceId: string;

  @ManyToOne(() => Source, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'sourceId', foreignKeyConstraintName: 'FK_published_source_source' })
  source?: Source;

  @Column({ type: 'integer' })
  position: number;
}
