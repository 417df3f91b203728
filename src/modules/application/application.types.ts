import { Field, Int, ObjectType } from 'type-graphql';
import type { Money } from '../../common/money';
import { DateScalar, DecimalScalar } from '../../common/scalars';

@ObjectType({ description: 'The contact person of an application. Personal data.' })
export class Contact {
  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;
}

@ObjectType({ description: "The municipalities' self-assessment against the digitalisation maturity model." })
export class MaturityAssessment {
  @Field(() => Int, { nullable: true, description: 'Overall maturity level, 1–5.' })
  level: number | null;

  @Field(() => DateScalar, { nullable: true })
  assessedOn: string | null;

  @Field(() => String, { nullable: true })
  notes: string | null;
}

@ObjectType({ description: 'Eligible costs by category, VAT excluded.' })
export class Budget {
  @Field(() => DecimalScalar, { nullable: true })
  staff: Money | null;

  @Field(() => DecimalScalar, { nullable: true })
  travel: Money | null;

  @Field(() => DecimalScalar, { nullable: true })
  premises: Money | null;

  @Field(() => DecimalScalar, { nullable: true })
  purchasedServices: Money | null;

  @Field(() => DecimalScalar, { nullable: true })
  other: Money | null;

  @Field(() => DecimalScalar, { nullable: true })
  total: Money | null;
}

@ObjectType({ description: 'A reason the application cannot be submitted as it stands.' })
export class EligibilityIssue {
  @Field({ description: 'Stable, e.g. TOO_FEW_MUNICIPALITIES or ANSWER_MISSING.' })
  code: string;

  @Field()
  message: string;
}
