import { Field, InputType, registerEnumType } from 'type-graphql';
import { MaxChars, REGION_CODE_CHARS, SEARCH_MAX_CHARS } from '../../common/limits';
import { DateScalar } from '../../common/scalars';
import { MunicipalityKind } from './municipality.entity';
import { SortDirection } from '../../common/sort';

@InputType({ description: 'Narrows the municipality list; all given conditions must hold.' })
export class MunicipalityFilter {
  @Field(() => String, { nullable: true, description: 'Region code, e.g. "01".' })
  @MaxChars(REGION_CODE_CHARS)
  regionCode?: string | null;

  @Field(() => MunicipalityKind, { nullable: true })
  kind?: MunicipalityKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the Finnish or Swedish name; case and accents ignored.',
  })
  @MaxChars(SEARCH_MAX_CHARS)
  search?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only municipalities that existed on this day.' })
  validOn?: string | null;
}

export enum MunicipalityOrderField {
  NAME = 'NAME',
  CODE = 'CODE',
  POPULATION = 'POPULATION',
}
registerEnumType(MunicipalityOrderField, { name: 'MunicipalityOrderField' });

@InputType()
export class MunicipalityOrder {
  @Field(() => MunicipalityOrderField)
  field: MunicipalityOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}
