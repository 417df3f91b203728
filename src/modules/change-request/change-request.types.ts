import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/scalars';
import { Budget } from '../application/application.types';

/** An award's terms at one moment: the project period, the approved budget and the municipalities. */
@ObjectType({
  description:
    "An award's terms at one moment: its project period, approved budget and municipalities (the lead first).",
})
export class AwardTerms {
  @Field(() => DateScalar, { nullable: true })
  projectStart: string | null;

  @Field(() => DateScalar, { nullable: true })
  projectEnd: string | null;

  @Field(() => Budget, {
    nullable: true,
    description: 'Eligible costs by category, VAT excluded; null for a grant recorded without one.',
  })
  approvedBudget: Budget | null;

  /** Resolved to municipalities by AwardTermsResolver. */
  municipalityCodes: string[];
}
