import { Field, ID, InputType } from 'type-graphql';
import { AUDIT_FILTER_MAX_CHARS, MaxChars } from '../../common/limits';
import { Connection } from '../../common/pagination';
import { AuditEvent } from './audit-event.entity';

@InputType({ description: 'Narrows the audit log; all given conditions must hold.' })
export class AuditEventFilter {
  @Field(() => String, { nullable: true, description: 'The kind of record, e.g. "Application".' })
  @MaxChars(AUDIT_FILTER_MAX_CHARS)
  entityType?: string | null;

  @Field(() => String, { nullable: true, description: 'The id (or code) of the record.' })
  @MaxChars(AUDIT_FILTER_MAX_CHARS)
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The user who made the change.' })
  actorId?: string | null;
}

export const AuditEventConnection = Connection(AuditEvent);
export type AuditEventConnection = InstanceType<typeof AuditEventConnection>;
