import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateColumn, EnumColumn, IdColumn, InstantColumn, LongTextColumn } from '../../common/columns';
import { DateScalar, DateTimeScalar } from '../../common/scalars';
import { Award } from '../award/award.entity';
import { Call } from '../call/call.entity';
import { Municipality } from '../municipality/municipality.entity';

export enum AdoptionKind {
  ADOPTED_AS_IS = 'ADOPTED_AS_IS',
  ADAPTED = 'ADAPTED',
  PLANNED = 'PLANNED',
}
registerEnumType(AdoptionKind, {
  name: 'AdoptionKind',
  description: 'How a municipality took up the result of a funded project.',
  valuesConfig: {
    ADOPTED_AS_IS: { description: 'In use as the project delivered it.' },
    ADAPTED: { description: 'In use, changed to fit the municipality.' },
    PLANNED: { description: 'Decided on, not yet in use.' },
  },
});

export enum AdoptionStatus {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  DECLINED = 'DECLINED',
}
registerEnumType(AdoptionStatus, {
  name: 'AdoptionStatus',
  description:
    "Recorded by the adopting municipality (PENDING), then confirmed or declined by the officials of the project's lead municipality. Only CONFIRMED adoptions are public.",
});

/** A municipality's record that it adopted the result of a funded project (an award). */
@Entity('adoption')
@Index('UQ_adoption_award_municipality', ['awardId', 'municipalityCode'], { unique: true })
@Index('IDX_adoption_award_list', ['awardId', 'adoptedOn'])
@Index('IDX_adoption_municipality_list', ['municipalityCode', 'adoptedOn'])
@Index('IDX_adoption_status', ['status'])
@ObjectType({
  description:
    "A municipality's adoption of the result of a funded project: which award, when, how. Public once the project's officials confirmed it; before that (and when declined) only the adopting municipality's officials, the project's lead municipality's officials and administrators see it.",
})
@Directive('@key(fields: "id")')
export class Adoption {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  awardId: string;

  @ManyToOne(() => Award, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'awardId', foreignKeyConstraintName: 'FK_adoption_award' })
  award?: Award;

  /** The adopting municipality. */
  @Column({ type: 'varchar', length: 3 })
  municipalityCode: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'municipalityCode', foreignKeyConstraintName: 'FK_adoption_municipality' })
  municipality?: Municipality;

  @Field(() => DateScalar, { description: 'When it was adopted (or, for PLANNED, is to be).' })
  @DateColumn()
  adoptedOn: string;

  @Field(() => AdoptionKind)
  @EnumColumn()
  kind: AdoptionKind;

  @Field(() => String, { description: 'What was adopted and how, briefly, in the words of the adopter.' })
  @LongTextColumn()
  description: string;

  @Field(() => AdoptionStatus)
  @EnumColumn()
  status: AdoptionStatus;

  /**
   * The adopter's residents when it recorded the adoption (its latest population, 0 where unknown): what
   * the statistics count as residents reached, fixed so that later population figures do not move them.
   */
  @Column({ type: 'integer' })
  adopterPopulation: number;

  @IdColumn({ nullable: true })
  recordedById: string | null;

  @Field(() => DateTimeScalar, { description: 'When the adopting municipality recorded it.' })
  @InstantColumn()
  createdAt: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When the project's officials confirmed or declined it.",
  })
  @InstantColumn({ nullable: true })
  decidedAt: Date | null;

  @IdColumn({ nullable: true })
  decidedById: string | null;

  @InstantColumn()
  updatedAt: Date;
}

/**
 * Running totals of confirmed adoptions, keyed like funding_tally (call, municipality of the funded
 * project, its role there, theme) so that funding statistics read them in the same grouped statement:
 * each confirmed adoption counts once in its award's lead's row (LEAD) and once in each member's row
 * (MEMBER). Written only by adoption-tallies.ts, in the transaction of the confirmation;
 * test/adoptions.test.ts compares it with a recount.
 */
@Entity('adoption_tally')
export class AdoptionTally {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  callId: string;

  @ManyToOne(() => Call, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'callId', foreignKeyConstraintName: 'FK_adoption_tally_call' })
  call?: Call;

  @PrimaryColumn({ type: 'varchar', length: 3 })
  municipalityCode: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  role: string;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  themeId: string;

  @Column({ type: 'integer', default: 0 })
  adoptions: number;

  /** Sum of the adopters' `adopterPopulation`. */
  @Column({
    type: 'bigint',
    default: 0,
    transformer: {
      to: (value: number | undefined) => value,
      from: (value: unknown) => (value === null || value === undefined ? 0 : Number(value)),
    },
  })
  adoptingResidents: number;
}
