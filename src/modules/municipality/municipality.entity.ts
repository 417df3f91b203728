import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateColumn, EnumColumn } from '../../common/columns';
import { LocalizedName, LocalizedText } from '../../common/localized-text';
import { DateScalar } from '../../common/scalars';
import { Region } from '../region/region.entity';

export enum MunicipalityKind {
  CITY = 'CITY',
  MUNICIPALITY = 'MUNICIPALITY',
  JOINT_AUTHORITY = 'JOINT_AUTHORITY',
}
registerEnumType(MunicipalityKind, { name: 'MunicipalityKind' });

/**
 * How sure the data is of a municipality's business id (src/seed/data/business-ids.csv): HIGH, two
 * independent sources agree; MEDIUM, one source bound to the name with a valid check digit; LOW, one source
 * only; NONE, no id found.
 */
export enum BusinessIdConfidence {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
  NONE = 'NONE',
}

/** A municipality (kunta / kommun), a city, or a joint municipal authority that may apply. */
@Entity('municipality')
@Index('IDX_municipality_name', ['name.fi'])
@Index('IDX_municipality_region_name', ['regionCode', 'name.fi'])
@ObjectType({ description: 'A municipality, city or joint municipal authority.' })
@Directive('@key(fields: "code")')
export class Municipality {
  @Field(() => ID, { description: 'Statistics Finland municipality code, three digits ("091").' })
  @PrimaryColumn({ type: 'varchar', length: 3 })
  code: string;

  @Field(() => LocalizedText)
  @Column(() => LocalizedName, { prefix: 'name' })
  name: LocalizedName;

  /**
   * The Finnish name in the genitive ("Alavuden" for Alavus), for "Alavuden kaupunki" in a decision list.
   * Finnish inflects names with stem changes no short rule gets right, so the form is data; null where it
   * is not known, and the list then writes the name uninflected.
   */
  @Column({ type: 'varchar', length: 255, nullable: true })
  genitiveFi: string | null;

  /** Lower-cased Finnish and Swedish names without diacritics, for search on every engine. */
  @Index('IDX_municipality_search')
  @Column({ type: 'varchar', length: 512 })
  searchText: string;

  /** The Finnish business id (Y-tunnus, "0201256-6"); null where it is not known. */
  @Column({ type: 'varchar', length: 9, nullable: true })
  businessId: string | null;

  /** How sure the data is of `businessId`; null until a seed run fills it. */
  @EnumColumn({ nullable: true })
  businessIdConfidence: BusinessIdConfidence | null;

  @Field(() => MunicipalityKind)
  @Index('IDX_municipality_kind')
  @EnumColumn()
  kind: MunicipalityKind;

  @Column({ type: 'varchar', length: 2 })
  regionCode: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'regionCode', foreignKeyConstraintName: 'FK_municipality_region' })
  region?: Region;

  @Field(() => Int, { nullable: true, description: 'Residents at the end of `populationYear`.' })
  @Column({ type: 'integer', nullable: true })
  population: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  populationYear: number | null;

  /** The POPULATION order's key: the population, 0 where unknown; a virtual column an index holds. */
  @Index('IDX_municipality_population')
  @Column({
    type: 'integer',
    nullable: true,
    generatedType: 'VIRTUAL',
    asExpression: 'COALESCE(population, 0)',
    insert: false,
    update: false,
  })
  populationSort?: number;

  @Field(() => DateScalar, { nullable: true, description: 'First day the municipality existed, if known.' })
  @DateColumn({ nullable: true })
  validFrom: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day before a merger, if it has ended.' })
  @Index('IDX_municipality_valid_to')
  @DateColumn({ nullable: true })
  validTo: string | null;
}

/** Residents of a municipality at the end of a year; funding per resident reads it. */
@Entity('municipality_population')
@Index('IDX_municipality_population_year', ['year'])
export class MunicipalityPopulation {
  @PrimaryColumn({ type: 'varchar', length: 3 })
  municipalityCode: string;

  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ type: 'integer' })
  population: number;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'municipalityCode', foreignKeyConstraintName: 'FK_population_municipality' })
  municipality?: Municipality;
}
