import { Field, Int, ObjectType } from 'type-graphql';
import type { Money } from '../../common/money';
import { Connection } from '../../common/pagination';
import { DecimalScalar } from '../../common/scalars';
import { Call } from './call.entity';

@ObjectType({
  description:
    'What the ministry announced about a call, as published (it is never corrected); `sources` names the publications. A null figure was not published.',
})
export class PublishedStatistics {
  /** Whose figures these are; resolves `sources`. */
  callId: string;

  @Field(() => Int, { nullable: true })
  applicationsReceived: number | null;

  @Field(() => Int, { nullable: true })
  proposalsReceived: number | null;

  @Field(() => Int, { nullable: true })
  grantsAwarded: number | null;

  @Field(() => DecimalScalar, { nullable: true })
  totalAwarded: Money | null;

  @Field({
    description:
      'False where the ministry published no total (2018): totalAwarded is then null because the total is unknown, not because nothing was granted.',
  })
  totalAwardedPublished: boolean;
}

@ObjectType({
  description:
    "Computed from this service's records; public counts and sums. Grants known only from a publication without amounts (2018) are counted in `grantsDecided` and make the total unknown (`totalGrantedKnown` false) rather than zero.",
})
export class CallStatistics {
  @Field(() => Int, { description: 'Applications submitted (withdrawn drafts not counted).' })
  applicationsSubmitted: number;

  @Field(() => Int, {
    description:
      'Applications recorded in this service that were awarded. Grants published without an application (2018) are not among them; see grantsDecided.',
  })
  applicationsAwarded: number;

  @Field(() => DecimalScalar)
  totalRequested: Money;

  @Field(() => DecimalScalar, {
    description:
      "Sum of the awards recorded in this service. Where totalGrantedKnown is false it is not the call's total: grants without a published amount are not in it.",
  })
  totalAwarded: Money;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Appropriation less the grants, plus what settled grants returned unused and what was recovered; null without an appropriation, or while the total granted is unknown.',
  })
  remainingAppropriation: Money | null;

  @Field(() => Int, {
    description:
      'Grants decided in this call as far as the record goes: the awards recorded here, and the published grants with no award recorded (the 14 of 2018).',
  })
  grantsDecided: number;

  @Field(() => Int, {
    description: 'Of grantsDecided, the grants whose amount was never published (2018: all 14).',
  })
  grantsWithoutPublishedAmount: number;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Sum of every grant in grantsDecided: recorded awards and published amounts. Null, unknown rather than zero, while some grant has no published amount.',
  })
  totalGranted: Money | null;

  @Field({
    description:
      'False while some grant has no published amount: the total granted is then unknown (totalGranted is null), not zero.',
  })
  totalGrantedKnown: boolean;

  @Field(() => DecimalScalar, { description: 'Paid on the awards so far (approved payment requests).' })
  totalPaid: Money;

  @Field(() => DecimalScalar, {
    description:
      'Grants never paid, returned to the appropriation as each grant was settled: remainingAppropriation counts them as available again.',
  })
  totalReturned: Money;

  @Field(() => DecimalScalar, {
    description:
      'Paid beyond the final approved costs and recovered from the recipients: remainingAppropriation counts it as available again.',
  })
  totalRecovered: Money;
}

export const CallConnection = Connection(Call);
export type CallConnection = InstanceType<typeof CallConnection>;
