import { ArrayMaxSize, IsEmail, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import {
  ANSWER_MAX_CHARS,
  CALL_KEY_MAX_CHARS,
  EMAIL_MAX_CHARS,
  LIST_MAX,
  LONG_TEXT_MAX_CHARS,
  MaxChars,
  MUNICIPALITY_CODE_CHARS,
  NAME_MAX_CHARS,
  PHONE_MAX_CHARS,
  CODE_MAX_CHARS,
  REGION_CODE_CHARS,
  SEARCH_MAX_CHARS,
} from '../../common/limits';
import { validationMessage } from '../../common/errors';
import { LocalizedTextInput } from '../../common/localized-text-input';
import type { Money } from '../../common/money';
import { Connection } from '../../common/pagination';
import { DateScalar, DecimalScalar } from '../../common/scalars';
import { Sector } from '../call/call.entity';
import { ConsortiumRole } from '../consortium/consortium.entity';
import { SortDirection } from '../../common/sort';
import { ApplicationStatus } from './application-status';
import { Application } from './application.entity';

/**
 * What analysts narrow both project lists by (applications and awards); all given conditions must hold.
 * Each condition has an index behind it (test/indexes.test.ts), and none widens what the caller may see.
 * ApplicationFilter and AwardFilter inherit its fields; no field takes it, so the schema does not show it.
 */
@InputType()
export class ProjectFilter {
  @Field(() => Int, { nullable: true, description: "The call's year." })
  year?: number | null;

  @Field(() => ID, { nullable: true })
  callId?: string | null;

  @Field(() => String, { nullable: true, description: 'The call key, e.g. "2020".' })
  @MaxChars(CALL_KEY_MAX_CHARS)
  callKey?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Projects this municipality takes part in (lead or member; see municipalityRole).',
  })
  @MaxChars(MUNICIPALITY_CODE_CHARS)
  municipalityCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Projects with a municipality of this region (lead or member; see municipalityRole).',
  })
  @MaxChars(REGION_CODE_CHARS)
  regionCode?: string | null;

  @Field(() => ConsortiumRole, {
    nullable: true,
    description:
      'With municipalityCode or regionCode: only where that municipality (or one of the region) leads the project (LEAD) or only where it is a member (MEMBER). Either, by default.',
  })
  municipalityRole?: ConsortiumRole | null;

  @Field(() => ID, { nullable: true, description: "One of a call's themes." })
  themeId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A theme code across calls, e.g. "e-decisions".',
  })
  @MaxChars(CODE_MAX_CHARS)
  themeCode?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'At least this amount: requested for an application, granted for an award.',
  })
  minAmount?: Money | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'At most this amount: requested for an application, granted for an award.',
  })
  maxAmount?: Money | null;

  @Field(() => DateScalar, { nullable: true, description: 'Decided on this day or later.' })
  decidedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Decided on this day or earlier.' })
  decidedTo?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Words of the project name, Finnish or Swedish: each word (of three letters or more) must begin a word of the name; case and accents do not matter ("digi palv" finds "Digitaaliset palvelut").',
  })
  @MaxChars(SEARCH_MAX_CHARS)
  search?: string | null;
}

@InputType({ description: 'Narrows the application list; all given conditions must hold.' })
export class ApplicationFilter extends ProjectFilter {
  @Field(() => [ApplicationStatus], {
    nullable: true,
    description: 'Any of these statuses, among the applications the caller may see.',
  })
  status?: ApplicationStatus[] | null;

  @Field(() => ID, { nullable: true })
  consortiumId?: string | null;
}

export enum ApplicationOrderField {
  CREATED_AT = 'CREATED_AT',
  SUBMITTED_AT = 'SUBMITTED_AT',
  REQUESTED_AMOUNT = 'REQUESTED_AMOUNT',
  /**
   * The mean weighted score of the submitted evaluations, voided ones left out; unscored applications
   * come last in DESC. Only for whoever may see every score (administrators): an order by a value the
   * caller may not read would reveal it.
   */
  WEIGHTED_SCORE = 'WEIGHTED_SCORE',
}
registerEnumType(ApplicationOrderField, {
  name: 'ApplicationOrderField',
  valuesConfig: {
    WEIGHTED_SCORE: {
      description:
        'Mean weighted score of the submitted, not voided evaluations; unscored last in DESC. Administrators only (FORBIDDEN for others).',
    },
  },
});

@InputType()
export class ApplicationOrder {
  @Field(() => ApplicationOrderField)
  field: ApplicationOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

export const ApplicationConnection = Connection(Application);
export type ApplicationConnection = InstanceType<typeof ApplicationConnection>;

@InputType({ description: 'Eligible costs by category, VAT excluded; the total is their sum.' })
export class BudgetInput {
  @Field(() => DecimalScalar, { nullable: true })
  staff?: Money | null;

  @Field(() => DecimalScalar, { nullable: true })
  travel?: Money | null;

  @Field(() => DecimalScalar, { nullable: true })
  premises?: Money | null;

  @Field(() => DecimalScalar, { nullable: true })
  purchasedServices?: Money | null;

  @Field(() => DecimalScalar, { nullable: true })
  other?: Money | null;
}

@InputType({ description: 'The contact person. Personal data.' })
export class ContactInput {
  @Field(() => String, { nullable: true })
  @MaxChars(NAME_MAX_CHARS)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail(
    {},
    {
      message: validationMessage({
        en: 'This is not an e-mail address',
        fi: 'Tämä ei ole sähköpostiosoite',
        sv: 'Detta är inte en e-postadress',
      }),
    },
  )
  @MaxChars(EMAIL_MAX_CHARS)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxChars(PHONE_MAX_CHARS)
  @Matches(/^\+?[0-9 ()-]{5,30}$/, {
    message: validationMessage({
      en: 'A phone number is digits, spaces and dashes, e.g. "+358 40 123 4567"',
      fi: 'Puhelinnumero koostuu numeroista, välilyönneistä ja yhdysmerkeistä, esimerkiksi "+358 40 123 4567"',
      sv: 'Ett telefonnummer består av siffror, mellanslag och bindestreck, till exempel "+358 40 123 4567"',
    }),
  })
  phone?: string | null;
}

@InputType({ description: 'The self-assessment against the digitalisation maturity model.' })
export class MaturityAssessmentInput {
  @Field(() => Int, { description: 'Overall maturity level, 1–5.' })
  @Min(1)
  @Max(5)
  level: number;

  @Field(() => DateScalar, { nullable: true })
  assessedOn?: string | null;

  @Field(() => String, { nullable: true })
  @MaxChars(LONG_TEXT_MAX_CHARS)
  notes?: string | null;
}

@InputType({ description: "An answer to one of the call's questions; an empty text removes the answer." })
export class AnswerInput {
  @Field(() => ID)
  questionId: string;

  @Field()
  @MaxChars(ANSWER_MAX_CHARS)
  text: string;
}

/** The fields an applicant fills in; on update, omitted fields keep their value. */
@InputType({ description: 'Fields of an application; on update, omitted fields keep their value.' })
export class ApplicationFieldsInput {
  @Field(() => ID, { nullable: true, description: "One of the call's themes." })
  themeId?: string | null;

  @Field(() => Sector, { nullable: true })
  sector?: Sector | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  @MaxChars(NAME_MAX_CHARS)
  projectName?: LocalizedTextInput | null;

  @Field(() => String, { nullable: true })
  @MaxChars(LONG_TEXT_MAX_CHARS)
  summary?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The grant asked for, in euros.' })
  requestedAmount?: Money | null;

  @Field(() => BudgetInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  budget?: BudgetInput | null;

  @Field(() => DateScalar, { nullable: true })
  projectStart?: string | null;

  @Field(() => DateScalar, { nullable: true })
  projectEnd?: string | null;

  @Field(() => [AnswerInput], { nullable: true, description: 'Answers to change; others stay as they are.' })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX.answers)
  @ValidateNested({ each: true })
  answers?: AnswerInput[] | null;

  @Field(() => MaturityAssessmentInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  maturityAssessment?: MaturityAssessmentInput | null;

  @Field(() => ContactInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  contact?: ContactInput | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Proposals (PROPOSAL calls) only: whether the proposers agree that the project name appears in the call's public summary of proposals received. False until chosen; true on an APPLICATION call is BAD_USER_INPUT.",
  })
  allowPublication?: boolean | null;
}

@InputType()
export class CreateApplicationInput extends ApplicationFieldsInput {
  @Field(() => ID)
  callId: string;

  @Field(() => ID, { description: 'A consortium one of whose municipalities the caller acts for.' })
  consortiumId: string;
}

@InputType()
export class UpdateApplicationInput extends ApplicationFieldsInput {}
