import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import {
  CALL_KEY_MAX_CHARS,
  MaxChars,
  MUNICIPALITY_CODE_CHARS,
  REGION_CODE_CHARS,
} from '../../common/limits';
import type { Money } from '../../common/money';
import { DecimalScalar } from '../../common/scalars';
import { SortDirection } from '../../common/sort';

@InputType({ description: 'Narrows the award list; all given conditions must hold.' })
export class AwardFilter {
  @Field(() => Int, { nullable: true, description: "The call's year." })
  year?: number | null;

  @Field(() => ID, { nullable: true })
  callId?: string | null;

  @Field(() => String, { nullable: true, description: 'The call key, e.g. "2020".' })
  @MaxChars(CALL_KEY_MAX_CHARS)
  callKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Awards of projects this municipality takes part in.' })
  @MaxChars(MUNICIPALITY_CODE_CHARS)
  municipalityCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Awards of projects with a municipality of this region.',
  })
  @MaxChars(REGION_CODE_CHARS)
  regionCode?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  minAmount?: Money | null;

  @Field(() => DecimalScalar, { nullable: true })
  maxAmount?: Money | null;
}

export enum AwardOrderField {
  AMOUNT = 'AMOUNT',
  DECISION_DATE = 'DECISION_DATE',
  DECISION_LIST = 'DECISION_LIST',
}
registerEnumType(AwardOrderField, {
  name: 'AwardOrderField',
  valuesConfig: {
    DECISION_LIST: { description: 'Decision date, then the order of the published decision list.' },
  },
});

@InputType()
export class AwardOrder {
  @Field(() => AwardOrderField)
  field: AwardOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction: SortDirection;
}
