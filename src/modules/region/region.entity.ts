import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { LocalizedName, LocalizedText } from '../../common/localized-text';

/** A region (maakunta / landskap) of Statistics Finland, e.g. `01` Uusimaa / Nyland. */
@Entity('region')
@ObjectType({ description: 'A region (maakunta / landskap).' })
@Directive('@key(fields: "code")')
export class Region {
  @Field(() => ID, { description: 'Statistics Finland region code, two digits ("01").' })
  @PrimaryColumn({ type: 'varchar', length: 2 })
  code: string;

  @Field(() => LocalizedText)
  @Column(() => LocalizedName, { prefix: 'name' })
  name: LocalizedName;
}
