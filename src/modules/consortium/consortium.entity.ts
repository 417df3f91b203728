import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EnumColumn, IdColumn, InstantColumn, JsonTextColumn } from '../../common/columns';
import { Municipality } from '../municipality/municipality.entity';
import { User } from '../user/user.entity';

export enum ConsortiumRole {
  LEAD = 'LEAD',
  MEMBER = 'MEMBER',
}
registerEnumType(ConsortiumRole, {
  name: 'ConsortiumRole',
  description: 'LEAD administers the project and receives the grant; MEMBERs carry it out with the lead.',
});

/** Municipalities applying together: a lead (the project administrator) and its members. */
@Entity('consortium')
@ObjectType({ description: 'Municipalities that apply together, led by one of them.' })
@Directive('@key(fields: "id")')
export class Consortium {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 255 })
  name: string;

  @Index('IDX_consortium_lead')
  @Column({ type: 'varchar', length: 3 })
  leadCode: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'leadCode', foreignKeyConstraintName: 'FK_consortium_lead' })
  lead?: Municipality;

  @Field(() => [String], {
    description: 'Companies or associations taking part as partners (they cannot apply).',
  })
  @JsonTextColumn()
  partners: string[];

  @Index('IDX_consortium_created_by')
  @IdColumn({ nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'createdById', foreignKeyConstraintName: 'FK_consortium_created_by' })
  createdBy?: User;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  /**
   * When the first of its applications was submitted: from then on its members are on record and fixed.
   * Written by the application module with the submission, never cleared.
   */
  @InstantColumn({ nullable: true })
  firstSubmittedAt: Date | null;

  @InstantColumn()
  createdAt: Date;

  @InstantColumn()
  updatedAt: Date;
}

@Entity('consortium_member')
@Index('UQ_member_consortium_municipality', ['consortiumId', 'municipalityCode'], { unique: true })
@ObjectType({ description: 'A municipality in a consortium.' })
export class ConsortiumMember {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  consortiumId: string;

  @ManyToOne(() => Consortium, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'consortiumId', foreignKeyConstraintName: 'FK_member_consortium' })
  consortium?: Consortium;

  @Index('IDX_member_municipality')
  @Column({ type: 'varchar', length: 3 })
  municipalityCode: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'municipalityCode', foreignKeyConstraintName: 'FK_member_municipality' })
  municipality?: Municipality;

  @Field(() => ConsortiumRole)
  @EnumColumn()
  role: ConsortiumRole;

  @Column({ type: 'integer' })
  position: number;
}
