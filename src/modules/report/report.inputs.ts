import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { CODE_MAX_CHARS, LIST_MAX, LONG_TEXT_MAX_CHARS, MaxChars, NAME_MAX_CHARS } from '../../common/limits';
import { LocalizedTextInput } from '../../common/localized-text-input';
import { ReportKind } from './report-status';

@InputType()
export class ReportIndicatorInput {
  @Field()
  @MaxChars(NAME_MAX_CHARS)
  name: string;

  @Field()
  @MaxChars(CODE_MAX_CHARS)
  value: string;

  @Field(() => String, { nullable: true })
  @MaxChars(CODE_MAX_CHARS)
  unit?: string | null;
}

@InputType({ description: 'A report as the lead municipality submits it (again, after a return).' })
export class ReportInput {
  @Field(() => ReportKind)
  kind: ReportKind;

  @Field({ description: 'What the project did and achieved.' })
  @MaxChars(LONG_TEXT_MAX_CHARS)
  outcomes: string;

  @Field(() => [ReportIndicatorInput], { defaultValue: [] })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX.indicators)
  @ValidateNested({ each: true })
  indicators: ReportIndicatorInput[];

  @Field({ description: 'How other municipalities can reuse the results.' })
  @MaxChars(LONG_TEXT_MAX_CHARS)
  reuse: string;

  @Field(() => LocalizedTextInput, {
    description: 'For the public, in Finnish and/or Swedish (English optional); at least one language.',
  })
  @MaxChars(LONG_TEXT_MAX_CHARS)
  publicSummary: LocalizedTextInput;
}
