import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Criterion } from '../call/call.entity';
import { listCost } from '../../common/query-cost';

/** What the API shows of a reviewer: a name to address, nothing more. */
@ObjectType({ description: 'The person who evaluates: id and name only.' })
export class Reviewer {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType({ description: 'The mean of the submitted scores for one criterion.' })
export class CriterionMean {
  @Field(() => Criterion)
  criterion: Criterion;

  @Field(() => Float, { nullable: true, description: 'Null while no submitted evaluation scores it.' })
  mean: number | null;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Submitted evaluations of one application, combined; drafts are not counted.' })
export class EvaluationSummary {
  @Field(() => Int, { description: 'Submitted evaluations.' })
  count: number;

  @Field(() => Float, {
    nullable: true,
    description: "Mean of the evaluations' weighted scores, on the criteria's scale; null without any.",
  })
  weightedScore: number | null;

  @Field(() => [CriterionMean], {
    description: "Per criterion, in the call's order.",
    complexity: listCost(10),
  })
  criteria: CriterionMean[];
}
