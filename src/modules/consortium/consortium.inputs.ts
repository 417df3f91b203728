import { ArrayMaxSize, IsOptional, Matches, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { validationMessage } from '../../common/errors';
import { LIST_MAX, MaxChars, MUNICIPALITY_CODE_CHARS, NAME_MAX_CHARS } from '../../common/limits';

/** The refusal of a municipality code that is not three digits. */
export const municipalityCodeMessage = validationMessage({
  en: 'A municipality code is three digits, e.g. "091"',
  fi: 'Kuntakoodi on kolme numeroa, esimerkiksi "091"',
  sv: 'En kommunkod består av tre siffror, till exempel "091"',
});

@InputType({ description: 'The member municipalities and partners of a consortium.' })
class ConsortiumFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxChars(NAME_MAX_CHARS)
  name?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Codes of the other municipalities or joint authorities, without the lead.',
  })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX.consortiumMembers)
  @MaxChars(MUNICIPALITY_CODE_CHARS)
  @Matches(/^\d{3}$/, { each: true, message: municipalityCodeMessage })
  memberCodes?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Companies or associations taking part as partners.',
  })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX.partners)
  @MaxChars(NAME_MAX_CHARS)
  partners?: string[] | null;
}

@InputType()
export class CreateConsortiumInput extends ConsortiumFieldsInput {
  @Field({ description: 'The project administrator: a municipality the caller acts for.' })
  @MaxChars(MUNICIPALITY_CODE_CHARS)
  @Matches(/^\d{3}$/, { message: municipalityCodeMessage })
  leadCode: string;

  @Field()
  @MinLength(1)
  declare name: string;

  @Field(() => ID, {
    nullable: true,
    description: "The call the consortium applies to: members must be valid on the call's dates.",
  })
  callId?: string | null;
}

@InputType()
export class UpdateConsortiumInput extends ConsortiumFieldsInput {
  @Field(() => ID, { nullable: true, description: "Members must be valid on this call's dates." })
  callId?: string | null;
}
