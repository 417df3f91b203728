import { ArrayMaxSize, IsOptional, IsPositive, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import {
  ANSWER_MAX_CHARS,
  CALL_KEY_MAX_CHARS,
  CODE_MAX_CHARS,
  FORM_TEXT_MAX_CHARS,
  LIST_MAX,
  LONG_TEXT_MAX_CHARS,
  MaxChars,
  NAME_MAX_CHARS,
  THEME_EXAMPLE_MAX_CHARS,
  WALL_CLOCK_MAX_CHARS,
} from '../../common/limits';
import { validationMessage } from '../../common/errors';
import { LocalizedTextInput } from '../../common/localized-text-input';
import type { Money } from '../../common/money';
import { DateScalar, DecimalScalar } from '../../common/scalars';
import { CallStage, CallStatus, Sector } from './call.entity';

@InputType({ description: 'Narrows the call list; all given conditions must hold.' })
export class CallFilter {
  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => CallStage, { nullable: true })
  stage?: CallStage | null;

  @Field(() => CallStatus, {
    nullable: true,
    description: 'OPEN and CLOSED are judged at the time of the request.',
  })
  status?: CallStatus | null;
}

/** The longest time after a project's end a call may give for its final report, in months. */
const REPORT_DUE_MONTHS_MAX = 24;

export const wallClockPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;
export const wallClockMessage = validationMessage({
  en: 'A wall-clock time in Helsinki is written YYYY-MM-DDTHH:MM, e.g. "2020-10-05T16:15"',
  fi: 'Helsingin paikallinen aika kirjoitetaan muodossa VVVV-KK-PPTHH:MM, esimerkiksi "2020-10-05T16:15"',
  sv: 'En lokal tid i Helsingfors skrivs ÅÅÅÅ-MM-DDTHH:MM, till exempel "2020-10-05T16:15"',
});
const codePattern = /^[a-z0-9][a-z0-9-]{0,63}$/;
const codeMessage = validationMessage({
  en: 'A code is lower-case letters, digits and dashes, e.g. "change-plan"',
  fi: 'Koodi koostuu pienistä kirjaimista, numeroista ja yhdysmerkeistä, esimerkiksi "change-plan"',
  sv: 'En kod består av små bokstäver, siffror och bindestreck, till exempel "change-plan"',
});

@InputType({ description: 'A purpose the call funds.' })
export class ThemeInput {
  @Field({ description: 'Stable within the call; applications refer to the theme by it.' })
  @MaxChars(CODE_MAX_CHARS)
  @Matches(codePattern, { message: codeMessage })
  code: string;

  @Field(() => LocalizedTextInput)
  @MaxChars(FORM_TEXT_MAX_CHARS)
  title: LocalizedTextInput;

  @Field(() => [String], { nullable: true, description: 'Examples the call text gives.' })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX.themeExamples)
  @MaxChars(THEME_EXAMPLE_MAX_CHARS)
  examples?: string[] | null;
}

@InputType({ description: 'An evaluation criterion with its weight and score scale.' })
export class CriterionInput {
  @Field()
  @MaxChars(CODE_MAX_CHARS)
  @Matches(codePattern, { message: codeMessage })
  code: string;

  @Field(() => LocalizedTextInput)
  @MaxChars(FORM_TEXT_MAX_CHARS)
  title: LocalizedTextInput;

  @Field(() => Float, { defaultValue: 1 })
  @IsPositive()
  @Max(100)
  weight: number;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(100)
  minScore: number;

  @Field(() => Int, { defaultValue: 5 })
  @Min(1)
  @Max(100)
  maxScore: number;
}

@InputType({ description: 'A question of the application form.' })
export class QuestionInput {
  @Field()
  @MaxChars(CODE_MAX_CHARS)
  @Matches(codePattern, { message: codeMessage })
  code: string;

  @Field(() => LocalizedTextInput)
  @MaxChars(FORM_TEXT_MAX_CHARS)
  text: LocalizedTextInput;

  @Field({ defaultValue: false })
  required: boolean;

  @Field(() => Int, { nullable: true, description: 'Longest answer accepted, in characters.' })
  @IsOptional()
  @Min(1)
  @Max(ANSWER_MAX_CHARS)
  maxLength?: number | null;
}

/**
 * The rules and texts of a call. On update every field is optional and an omitted one stays; a given
 * list replaces the old one, matched by code so that answers and applications keep their references.
 */
@InputType({ description: 'Fields of a call; on update, omitted fields keep their value.' })
export class CallFieldsInput {
  @Field(() => LocalizedTextInput, { nullable: true })
  @MaxChars(NAME_MAX_CHARS)
  title?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  @MaxChars(LONG_TEXT_MAX_CHARS)
  description?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  @MaxChars(LONG_TEXT_MAX_CHARS)
  notes?: LocalizedTextInput | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Euros available for the call.' })
  appropriation?: Money | null;

  @Field(() => String, {
    nullable: true,
    description: 'Opening as a wall-clock time in Europe/Helsinki, e.g. "2020-06-24T00:00".',
  })
  @IsOptional()
  @MaxChars(WALL_CLOCK_MAX_CHARS)
  @Matches(wallClockPattern, { message: wallClockMessage })
  opensAt?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Closing minute as a wall-clock time in Europe/Helsinki, e.g. "2020-10-05T16:15".',
  })
  @IsOptional()
  @MaxChars(WALL_CLOCK_MAX_CHARS)
  @Matches(wallClockPattern, { message: wallClockMessage })
  closesAt?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Funded projects must end by this day.' })
  projectDeadline?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(500)
  minMunicipalities?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Months after the project's end the final report is due, 1–24 (3 unless given).",
  })
  @IsOptional()
  @Min(1)
  @Max(REPORT_DUE_MONTHS_MAX)
  reportDueMonths?: number | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day an interim report of each funded project is due; null: the call asks for none.',
  })
  interimReportDue?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "The latest day a change may extend a project to; null: the call's projectDeadline.",
  })
  latestProjectEnd?: string | null;

  @Field(() => [Sector], { nullable: true })
  excludedSectors?: Sector[] | null;

  @Field(() => [LocalizedTextInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX.conditions)
  @MaxChars(FORM_TEXT_MAX_CHARS)
  conditions?: LocalizedTextInput[] | null;

  @Field(() => Boolean, { nullable: true })
  requiresMaturityAssessment?: boolean | null;

  @Field(() => [ThemeInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX.themes)
  @ValidateNested({ each: true })
  themes?: ThemeInput[] | null;

  @Field(() => [CriterionInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX.criteria)
  @ValidateNested({ each: true })
  criteria?: CriterionInput[] | null;

  @Field(() => [QuestionInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX.questions)
  @ValidateNested({ each: true })
  questions?: QuestionInput[] | null;

  @Field(() => ID, { nullable: true, description: 'For an APPLICATION call: the PROPOSAL call it follows.' })
  proposalCallId?: string | null;
}

@InputType()
export class CreateCallInput extends CallFieldsInput {
  @Field({ description: 'A readable unique key, e.g. "2020" or "2019-2".' })
  @MaxChars(CALL_KEY_MAX_CHARS)
  key: string;

  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => CallStage, { defaultValue: CallStage.APPLICATION })
  stage: CallStage;

  @Field(() => LocalizedTextInput)
  declare title: LocalizedTextInput;
}

@InputType()
export class UpdateCallInput extends CallFieldsInput {}
