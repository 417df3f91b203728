import { ArrayMaxSize, IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

const codeMessage = 'A municipality code is three digits, e.g. "091"';

@InputType({ description: 'The member municipalities and partners of a consortium.' })
export class ConsortiumFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(255)
  name?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Codes of the other municipalities or joint authorities, without the lead.',
  })
  @IsOptional()
  @ArrayMaxSize(400)
  @Matches(/^\d{3}$/, { each: true, message: codeMessage })
  memberCodes?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Companies or associations taking part as partners.',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(255, { each: true })
  partners?: string[] | null;
}

@InputType()
export class CreateConsortiumInput extends ConsortiumFieldsInput {
  @Field({ description: 'The project administrator: a municipality the caller acts for.' })
  @Matches(/^\d{3}$/, { message: codeMessage })
  leadCode: string;

  @Field()
  @MinLength(1)
  @MaxLength(255)
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
