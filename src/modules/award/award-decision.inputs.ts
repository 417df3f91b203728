import { Field, InputType } from 'type-graphql';
import { DECISION_NUMBER_MAX_CHARS, LONG_TEXT_MAX_CHARS, MaxChars } from '../../common/limits';
import type { Money } from '../../common/money';
import { DateScalar, DecimalScalar } from '../../common/scalars';

@InputType({ description: 'A grant decision for one application under review.' })
export class DecideAwardInput {
  @Field(() => DecimalScalar, {
    description: 'The most that may be paid; not above the request nor the remaining appropriation.',
  })
  grantedAmount: Money;

  @Field(() => DateScalar)
  decisionDate: string;

  @Field(() => String, { nullable: true, description: "The ministry's record number of the decision." })
  @MaxChars(DECISION_NUMBER_MAX_CHARS)
  decisionNumber?: string | null;

  @Field(() => String, { nullable: true })
  @MaxChars(LONG_TEXT_MAX_CHARS)
  conditions?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "The project must be carried out by this day; the call's deadline if left out.",
  })
  projectDeadline?: string | null;
}
