import { ArrayMaxSize, IsOptional, Matches, MinLength, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { LIST_MAX, LONG_TEXT_MAX_CHARS, MaxChars, MUNICIPALITY_CODE_CHARS } from '../../common/limits';
import { DateScalar } from '../../common/scalars';
import { BudgetInput } from '../application/application.inputs';
import { municipalityCodeMessage } from '../consortium/consortium.inputs';
import { ChangeRequestKind } from './change-request.entity';

@InputType({
  description:
    'One kind of change per request, with the fields of that kind only: EXTEND_PROJECT takes projectEnd, MOVE_BUDGET budget, CHANGE_MEMBERS addMunicipalityCodes and/or removeMunicipalityCodes.',
})
export class RequestChangeInput {
  @Field(() => ChangeRequestKind)
  kind: ChangeRequestKind;

  @Field({ description: 'Why the change is needed.' })
  @MinLength(1)
  @MaxChars(LONG_TEXT_MAX_CHARS)
  justification: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "EXTEND_PROJECT: the new project end, after the current one and not after the call's latestProjectEnd (else its projectDeadline).",
  })
  projectEnd?: string | null;

  @Field(() => BudgetInput, {
    nullable: true,
    description:
      'MOVE_BUDGET: the new amount of each category that changes (the others keep theirs); the total stays the same to the cent.',
  })
  @IsOptional()
  @ValidateNested()
  budget?: BudgetInput | null;

  @Field(() => [String], { nullable: true, description: 'CHANGE_MEMBERS: municipalities to add.' })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX.consortiumMembers)
  @MaxChars(MUNICIPALITY_CODE_CHARS)
  @Matches(/^\d{3}$/, { each: true, message: municipalityCodeMessage })
  addMunicipalityCodes?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'CHANGE_MEMBERS: other implementers to remove (never the lead).',
  })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX.consortiumMembers)
  @MaxChars(MUNICIPALITY_CODE_CHARS)
  @Matches(/^\d{3}$/, { each: true, message: municipalityCodeMessage })
  removeMunicipalityCodes?: string[] | null;
}
