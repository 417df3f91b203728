import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { InstantColumn } from '../../common/columns';

/** A person known from a verified token: created or refreshed from its claims on first use. */
@Entity('app_user')
@ObjectType({ description: 'A signed-in person: an official, a reviewer or an administrator.' })
export class User {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** Issuer and subject together: the same `sub` from two issuers is two people. */
  @Index('UQ_user_subject', { unique: true })
  @Column({ type: 'varchar', length: 255 })
  subject: string;

  @Field()
  @Column({ type: 'varchar', length: 255 })
  name: string;

  @Column({ type: 'simple-array' })
  roles: string[];

  /** Municipality codes from the last token: whom the person acts for or is employed by. */
  @Column({ type: 'simple-array' })
  municipalityCodes: string[];

  @InstantColumn()
  createdAt: Date;

  @InstantColumn()
  lastSeenAt: Date;
}
