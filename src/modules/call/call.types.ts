import { Field, Int, ObjectType } from 'type-graphql';
import type { Money } from '../../common/money';
import { Connection } from '../../common/pagination';
import { DecimalScalar } from '../../common/scalars';
import { Call } from './call.entity';

@ObjectType({
  description: 'What the ministry announced about a call, as published (it is never corrected).',
})
export class PublishedStatistics {
  @Field(() => Int, { nullable: true })
  applicationsReceived: number | null;

  @Field(() => Int, { nullable: true })
  proposalsReceived: number | null;

  @Field(() => Int, { nullable: true })
  grantsAwarded: number | null;

  @Field(() => DecimalScalar, { nullable: true })
  totalAwarded: Money | null;
}

@ObjectType({ description: "Computed from this service's records; public counts and sums." })
export class CallStatistics {
  @Field(() => Int, { description: 'Applications submitted (withdrawn drafts not counted).' })
  applicationsSubmitted: number;

  @Field(() => Int)
  applicationsAwarded: number;

  @Field(() => DecimalScalar)
  totalRequested: Money;

  @Field(() => DecimalScalar, { description: 'Sum of recorded awards.' })
  totalAwarded: Money;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Appropriation less recorded awards; null without an appropriation.',
  })
  remainingAppropriation: Money | null;
}

export const CallConnection = Connection(Call);
export type CallConnection = InstanceType<typeof CallConnection>;
