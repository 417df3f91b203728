import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateColumn, EnumColumn, InstantColumn } from '../../common/columns';
import { LocalizedLongText, LocalizedName, LocalizedText } from '../../common/localized-text';
import { Language } from '../../common/language';
import { DateScalar, DateTimeScalar } from '../../common/scalars';

export enum SourceKind {
  PRESS_RELEASE = 'PRESS_RELEASE',
  CALL_PAGE = 'CALL_PAGE',
}
registerEnumType(SourceKind, {
  name: 'SourceKind',
  description: "What kind of publication a source is: the ministry's press release, or its page of a call.",
});

/**
 * A publication that seeded records and figures are taken from (a press release, a call page). Records
 * point at it through the citation tables of their own modules (call_source, award_source,
 * published_decision_source), so that every figure the service did not produce itself says where it
 * comes from.
 */
@Entity('source')
@ObjectType({
  description:
    'A publication a record or figure is taken from, e.g. the press release of 26.3.2018. Records this service made itself (decisions recorded here) cite none.',
})
export class Source {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field({ description: 'A readable unique key, e.g. "vm-press-release-2018-03-26".' })
  @Index('UQ_source_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  key: string;

  @Field(() => SourceKind)
  @EnumColumn()
  kind: SourceKind;

  @Field(() => LocalizedText, { description: 'The title as published, in the language of the publication.' })
  @Column(() => LocalizedLongText, { prefix: 'title' })
  title: LocalizedLongText;

  @Field(() => LocalizedText)
  @Column(() => LocalizedName, { prefix: 'publisher' })
  publisher: LocalizedName;

  @Field(() => Language, { description: 'The language the publication was published in.' })
  @EnumColumn()
  language: Language;

  @Field(() => DateScalar, { nullable: true, description: 'Null where the publication prints no date.' })
  @DateColumn({ nullable: true })
  publishedOn: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'The moment of publication where the publication prints the time of day too.',
  })
  @InstantColumn({ nullable: true })
  publishedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Its web address; null where none is known from the publication itself.',
  })
  @Column({ type: 'varchar', length: 2048, nullable: true })
  url: string | null;
}
