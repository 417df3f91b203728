import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { IdColumn, InstantColumn, LongTextColumn } from '../../common/columns';
import { DateTimeScalar } from '../../common/scalars';
import { User } from '../user/user.entity';

/** One change, written in the same transaction as the change itself; never updated or deleted. */
@Entity('audit_event')
@Index('IDX_audit_entity_occurred_at', ['entityType', 'entityId', 'occurredAt'])
@Index('IDX_audit_actor_occurred_at', ['actorId', 'occurredAt'])
@ObjectType({ description: 'A recorded change: who did what to which record, and when.' })
export class AuditEvent {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => DateTimeScalar)
  @Index('IDX_audit_occurred_at')
  @InstantColumn()
  occurredAt: Date;

  @Field(() => ID, { nullable: true })
  @IdColumn({ nullable: true })
  actorId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'actorId', foreignKeyConstraintName: 'FK_audit_actor' })
  actor?: User;

  @Field({ description: 'What was done, e.g. "submitApplication".' })
  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Field()
  @Column({ type: 'varchar', length: 64 })
  entityType: string;

  @Field()
  @Column({ type: 'varchar', length: 64 })
  entityId: string;

  /** JSON of the changed fields: `{ field: [before, after] }`. */
  @Field({ description: 'The changed fields as JSON: { "field": [before, after] }.' })
  @LongTextColumn()
  changes: string;
}
