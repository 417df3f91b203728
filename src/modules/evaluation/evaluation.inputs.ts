import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LIST_MAX, LONG_TEXT_MAX_CHARS, MaxChars, SCORE_COMMENT_MAX_CHARS } from '../../common/limits';
import type { Money } from '../../common/money';
import { Connection } from '../../common/pagination';
import { DecimalScalar } from '../../common/scalars';
import { Recommendation, ReviewAssignment } from './evaluation.entity';

@InputType({ description: "A score for one of the call's criteria, within the criterion's scale." })
export class ScoreInput {
  @Field(() => ID)
  criterionId: string;

  @Field(() => Int)
  score: number;

  @Field(() => String, { nullable: true })
  @MaxChars(SCORE_COMMENT_MAX_CHARS)
  comment?: string | null;
}

@InputType({ description: 'A draft evaluation; saving again replaces it until it is submitted.' })
export class SaveEvaluationInput {
  @Field(() => [ScoreInput], { description: 'At most one score per criterion; a draft may leave some out.' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(LIST_MAX.scores)
  scores: ScoreInput[];

  @Field(() => String, { nullable: true })
  @MaxChars(LONG_TEXT_MAX_CHARS)
  comment?: string | null;

  @Field(() => Recommendation, { nullable: true })
  recommendation?: Recommendation | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Not above the requested amount.' })
  recommendedAmount?: Money | null;
}

export const ReviewAssignmentConnection = Connection(ReviewAssignment);
export type ReviewAssignmentConnection = InstanceType<typeof ReviewAssignmentConnection>;
