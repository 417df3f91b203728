import { Field, Int, ObjectType } from 'type-graphql';
import type { Money } from '../../common/money';
import { DateScalar, DecimalScalar } from '../../common/scalars';
import type { Application } from './application.entity';

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

/** An application's budget columns as the API shows them. */
export const budgetOf = (application: Application): Budget => ({
  staff: application.budgetStaff,
  travel: application.budgetTravel,
  premises: application.budgetPremises,
  purchasedServices: application.budgetPurchasedServices,
  other: application.budgetOther,
  total: application.totalBudget,
});

/** An application's maturity self-assessment, or null where none was given. */
export const maturityOf = (application: Application): MaturityAssessment | null =>
  application.maturityLevel === null && application.maturityAssessedOn === null
    ? null
    : {
        level: application.maturityLevel,
        assessedOn: application.maturityAssessedOn,
        notes: application.maturityNotes,
      };

/** An application's contact person (personal data). */
export const contactOf = (application: Application): Contact => ({
  name: application.contactName,
  email: application.contactEmail,
  phone: application.contactPhone,
});
