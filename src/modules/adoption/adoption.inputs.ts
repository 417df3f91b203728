import { MinLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ADOPTION_DESCRIPTION_MAX_CHARS, MaxChars, MUNICIPALITY_CODE_CHARS } from '../../common/limits';
import { Connection } from '../../common/pagination';
import { DateScalar } from '../../common/scalars';
import { Adoption, AdoptionKind } from './adoption.entity';

@InputType({ description: "A municipality's adoption of the result of a funded project." })
export class RecordAdoptionInput {
  @Field(() => ID, { description: 'The award of the project whose result was adopted.' })
  awardId: string;

  @Field(() => String, {
    description: 'The adopting municipality ("837"): one the caller acts for, not one of the project.',
  })
  @MaxChars(MUNICIPALITY_CODE_CHARS)
  municipalityCode: string;

  @Field(() => DateScalar, {
    description:
      'When it was adopted: not before the award was decided, and not in the future unless PLANNED.',
  })
  adoptedOn: string;

  @Field(() => AdoptionKind)
  kind: AdoptionKind;

  @Field(() => String, { description: 'What was adopted and how, briefly.' })
  @MinLength(1)
  @MaxChars(ADOPTION_DESCRIPTION_MAX_CHARS)
  description: string;
}

export const AdoptionConnection = Connection(Adoption);
export type AdoptionConnection = InstanceType<typeof AdoptionConnection>;

@ObjectType({
  description:
    "Where results spread: the confirmed adoptions of one region's municipalities (the adopters' region).",
})
export class AdoptionRegionRow {
  regionCode: string;

  @Field(() => Int, { description: 'Confirmed adoptions by municipalities of the region.' })
  adoptions: number;

  @Field(() => Int, { description: 'Of those, adoptions of projects led from another region.' })
  adoptionsFromOtherRegions: number;

  @Field(() => Int, { description: 'Municipalities of the region that adopted at least one result.' })
  adoptingMunicipalities: number;

  @Field(() => Int, {
    description:
      'Residents of those municipalities, each counted once, with the population it had when it recorded an adoption (the largest, where it recorded several).',
  })
  residents: number;
}
