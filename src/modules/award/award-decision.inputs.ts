import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
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
  @IsOptional()
  @MaxLength(64)
  decisionNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20000)
  conditions?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "The project must be carried out by this day; the call's deadline if left out.",
  })
  projectDeadline?: string | null;
}
