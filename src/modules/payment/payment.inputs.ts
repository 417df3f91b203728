import { IsOptional, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { LONG_TEXT_MAX_CHARS, MaxChars } from '../../common/limits';
import type { Money } from '../../common/money';
import { DateScalar, DecimalScalar } from '../../common/scalars';

@InputType({
  description:
    'Costs actually incurred by category, in euros, VAT excluded (value added tax is never an eligible cost), and no equipment purchases; "0" where a category has none.',
})
export class CostsInput {
  @Field(() => DecimalScalar)
  staff: Money;

  @Field(() => DecimalScalar)
  travel: Money;

  @Field(() => DecimalScalar)
  premises: Money;

  @Field(() => DecimalScalar)
  purchasedServices: Money;

  @Field(() => DecimalScalar)
  other: Money;
}

@InputType({ description: 'A payment request as the lead municipality submits it.' })
export class PaymentRequestInput {
  @Field(() => DateScalar, {
    description: "The first day of the period covered, within the award's project period.",
  })
  periodStart: string;

  @Field(() => DateScalar, {
    description: 'The last day of the period covered: within the project period, and not after today.',
  })
  periodEnd: string;

  @Field(() => CostsInput, {
    description:
      "Eligible costs actually incurred in the period, VAT excluded. On the final request: the whole project's costs over the project period.",
  })
  @ValidateNested()
  costs: CostsInput;

  @Field({
    defaultValue: false,
    description:
      'The final payment request, on which the grant is settled. Needs the final report submitted first; its approval needs the final report approved.',
  })
  final: boolean;

  @Field(() => String, { nullable: true })
  @MaxChars(LONG_TEXT_MAX_CHARS)
  note?: string | null;
}

@InputType({ description: "An administrator's approval of a payment request." })
export class ApprovePaymentRequestInput {
  @Field(() => CostsInput, {
    description: 'The eligible costs approved: at most the claimed ones, per category.',
  })
  @ValidateNested()
  approvedCosts: CostsInput;

  @Field(() => String, {
    nullable: true,
    description: 'Why costs were cut: required when any category is approved below its claim.',
  })
  @IsOptional()
  @MaxChars(LONG_TEXT_MAX_CHARS)
  reason?: string | null;
}
