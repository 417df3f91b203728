import { Field, ObjectType } from 'type-graphql';
import { Role } from '../../auth/viewer';
import { Connection } from '../../common/pagination';
import { listCost } from '../../common/query-cost';
import { DateTimeScalar } from '../../common/scalars';

/** Who made a change: their role to everyone, their name only to administrators (personal data). */
@ObjectType({ description: 'Who made a change: a role to everyone, the name to administrators only.' })
export class HistoryActor {
  @Field(() => Role, {
    nullable: true,
    description: 'The strongest role the person holds; null for changes made by the service itself.',
  })
  role: Role | null;

  @Field(() => String, { nullable: true, description: 'Personal data: administrators only.' })
  name: string | null;
}

@ObjectType({ description: 'One field of a change, with its value before and after as JSON text.' })
export class FieldChange {
  @Field({ description: 'The API field, e.g. "requestedAmount", "budget.staff" or "answers.<questionId>".' })
  field: string;

  @Field(() => String, {
    nullable: true,
    description: 'The value before, as JSON; null when there was none.',
  })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, as JSON; null when there is none.' })
  after: string | null;
}

/** One change of a record, from the audit log, with only the fields the caller may read. */
@ObjectType({
  description:
    'One change of a record from the audit log: when, by whom, what was done, and the fields the caller may read.',
})
export class HistoryEntry {
  /** The audit event's id, for the actor and as a stable identity; not in the API. */
  eventId: string;

  actorId: string | null;

  @Field(() => DateTimeScalar)
  at: Date;

  @Field({ description: 'The mutation, e.g. "submitApplication".' })
  action: string;

  @Field(() => [FieldChange], {
    // An application's edit: its ~25 fields and a few answers.
    complexity: listCost(30),
    description:
      'Changed fields the caller may read; a field hidden from the caller is left out, as on the record.',
  })
  changes: FieldChange[];
}

export const HistoryEntryConnection = Connection(HistoryEntry);
export type HistoryEntryConnection = InstanceType<typeof HistoryEntryConnection>;
