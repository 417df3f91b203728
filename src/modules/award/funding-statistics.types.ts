import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  CALL_KEY_MAX_CHARS,
  CODE_MAX_CHARS,
  MaxChars,
  MUNICIPALITY_CODE_CHARS,
  REGION_CODE_CHARS,
} from '../../common/limits';
import type { Money } from '../../common/money';
import { DecimalScalar } from '../../common/scalars';

export enum FundingStatisticsGroup {
  YEAR = 'YEAR',
  CALL = 'CALL',
  REGION = 'REGION',
  THEME = 'THEME',
  MUNICIPALITY = 'MUNICIPALITY',
}
registerEnumType(FundingStatisticsGroup, {
  name: 'FundingStatisticsGroup',
  description: 'What funding statistics are grouped by; any combination, one row per combination of values.',
  valuesConfig: {
    YEAR: { description: "The call's year." },
    CALL: { description: 'The call.' },
    REGION: {
      description:
        "The region of the row's municipality: the lead's with municipalityRole LEAD (the default), so that the regions add up to the call's totals.",
    },
    THEME: { description: "The theme's code, across calls (one theme within one call)." },
    MUNICIPALITY: { description: 'The municipality in the role municipalityRole says (LEAD or MEMBER).' },
  },
});

@InputType({ description: 'Narrows funding statistics; all given conditions must hold.' })
export class FundingStatisticsFilter {
  @Field(() => Int, { nullable: true, description: "The call's year." })
  year?: number | null;

  @Field(() => ID, { nullable: true })
  callId?: string | null;

  @Field(() => String, { nullable: true, description: 'The call\'s key, e.g. "2020".' })
  @MaxChars(CALL_KEY_MAX_CHARS)
  callKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Region code ("06"), as REGION groups it.' })
  @MaxChars(REGION_CODE_CHARS)
  regionCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Municipality code ("837") in the role municipalityRole says.',
  })
  @MaxChars(MUNICIPALITY_CODE_CHARS)
  municipalityCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Theme code, e.g. "ASIAKASLAHTOISET".' })
  @MaxChars(CODE_MAX_CHARS)
  themeCode?: string | null;
}

@ObjectType({
  description:
    "One group of funding statistics. Grouping fields are null when not grouped by them. Amounts are the awards recorded in this service; the published figure stands beside them where the ministry published one. Figures of applications not awarded (applicationsSubmitted, totalRequested, successRate) are public only for whole calls and years, as call statistics show them: finer than a call (by region, theme or municipality, or filtered so) they are null except for administrators, since a municipality's count of applications would reveal applications that are not public.",
})
export class FundingStatisticsRow {
  /** Resolve call, region, theme and municipality. */
  callId: string | null;
  regionCode: string | null;
  themeId: string | null;
  municipalityCode: string | null;

  @Field(() => Int, { nullable: true, description: "The calls' year, when grouped by YEAR or CALL." })
  year: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'When grouped by THEME; null for applications without a theme.',
  })
  themeCode: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Applications submitted. Null where the caller may not see it (see the type).',
  })
  applicationsSubmitted: number | null;

  @Field(() => Int, { description: 'Applications recorded in this service that were awarded.' })
  applicationsAwarded: number;

  @Field(() => Int, {
    description:
      'Grants decided: the awards recorded here and the published grants without one (the 14 of 2018, which have no application).',
  })
  grantsDecided: number;

  @Field(() => Int, {
    description:
      'Of grantsDecided, the grants whose amount was never published (2018: all 14): totalGranted and grantedPerResident leave them out, as unknown, not zero.',
  })
  grantsWithoutPublishedAmount: number;

  @Field(() => Float, {
    nullable: true,
    description: 'applicationsAwarded / applicationsSubmitted; null without submissions or where hidden.',
  })
  successRate: number | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Euros requested by the submitted applications. Null where the caller may not see it.',
  })
  totalRequested: Money | null;

  @Field(() => DecimalScalar, {
    description:
      "Euros granted by the awards recorded in this service (over regions, it adds up to the call's statistics.totalAwarded). Grants published without an amount (2018) are not in it.",
  })
  totalGranted: Money;

  @Field(() => Int, {
    nullable: true,
    description:
      "Residents of the row's municipality, region (the sum of its municipalities) or, without either, of the whole country, at the end of populationYear.",
  })
  population: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "The year whose end the population is of: the row's year (or filter.year) where there are figures for it, else the latest year before it that has them, or for a year before them all the first (the data has the ends of 2019–2021: 2018 reads 2019, 2022 reads 2021); for rows over several years, the latest.",
  })
  populationYear: number | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'totalGranted / population, to the cent; null without a population.',
  })
  grantedPerResident: Money | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "The total the ministry published for the row's calls (2020: 9 690 000, beside 9 714 600 recorded). Null unless every call of the row published a total, and for rows finer than a call (the publications give no regional totals).",
  })
  publishedTotalGranted: Money | null;

  @Field(() => Int, {
    description:
      "Confirmed adoptions of the results of the row's awards by other municipalities (see Award.adoptions).",
  })
  adoptions: number;

  @Field(() => Int, {
    description:
      'Residents of the adopting municipalities, summed over those adoptions (a municipality adopting two results counts twice), each at the population it had when it recorded the adoption.',
  })
  adoptingResidents: number;

  @Field(() => String, {
    nullable: true,
    description:
      'adoptingResidents / totalGranted: residents reached through adoptions per euro granted, an exact decimal rounded half up to 6 places ("0.012500"). Null where nothing was granted.',
  })
  residentsReachedPerEuro: string | null;

  @Field(() => DecimalScalar, { description: 'Paid on the awards of totalGranted so far.' })
  totalPaid: Money;

  @Field(() => DecimalScalar, {
    description: 'Of totalGranted, never paid and returned as grants were settled.',
  })
  totalReturned: Money;

  @Field(() => DecimalScalar, { description: 'Paid beyond the final approved costs and recovered since.' })
  totalRecovered: Money;
}
