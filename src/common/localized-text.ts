import Negotiator from 'negotiator';
import { Column } from 'typeorm';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { LongTextColumn } from './columns';

export enum Language {
  FI = 'FI',
  SV = 'SV',
  EN = 'EN',
}
registerEnumType(Language, {
  name: 'Language',
  description: 'The official languages, and English as a courtesy.',
});

/** Finnish first, then Swedish, then English: the order the ministry publishes in. */
const defaultLanguageOrder: Language[] = [Language.FI, Language.SV, Language.EN];

/** A text in the two official languages and English; any may be missing. */
@ObjectType({ description: 'A text in Finnish, Swedish and English; `text` picks one for the reader.' })
export class LocalizedText {
  @Field(() => String, { nullable: true })
  fi: string | null;

  @Field(() => String, { nullable: true })
  sv: string | null;

  @Field(() => String, { nullable: true })
  en: string | null;

  static of(values: { fi?: string | null; sv?: string | null; en?: string | null }): LocalizedText {
    return Object.assign(new LocalizedText(), {
      fi: values.fi ?? null,
      sv: values.sv ?? null,
      en: values.en ?? null,
    });
  }
}

/** Whether a text has something in at least one language. */
export const hasText = (text: LocalizedText): boolean => Boolean(text.fi ?? text.sv ?? text.en);

/** Names: short enough to index and sort. Stored as `<prefix>Fi`, `<prefix>Sv`, `<prefix>En`. */
export class LocalizedName extends LocalizedText {
  @Column({ type: 'varchar', length: 255, nullable: true })
  declare fi: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  declare sv: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  declare en: string | null;
}

/** Long texts: descriptions, questions, conditions. */
export class LocalizedLongText extends LocalizedText {
  @LongTextColumn({ nullable: true })
  declare fi: string | null;

  @LongTextColumn({ nullable: true })
  declare sv: string | null;

  @LongTextColumn({ nullable: true })
  declare en: string | null;
}

const languageValue: Record<Language, 'fi' | 'sv' | 'en'> = { FI: 'fi', SV: 'sv', EN: 'en' };

/** The reader's text: the asked language, then the request's preference, then fi → sv → en. */
export function pickText(text: LocalizedText, preferred: Language[]): string | null {
  for (const language of [...preferred, ...defaultLanguageOrder]) {
    const value = text[languageValue[language]];
    if (value) return value;
  }
  return null;
}

const byTag: Record<string, Language> = { fi: Language.FI, sv: Language.SV, en: Language.EN };
const tags = Object.keys(byTag);

/** `*` in Accept-Language: any language will do, which is no preference (fetch sends it by default). */
const wildcard = /^\s*\*\s*(;|$)/;

/**
 * Reads an Accept-Language header ("sv-FI,sv;q=0.9,en;q=0.8") into the languages we have, best first,
 * as HTTP's content negotiation does (negotiator: quality values, a region matching its language); none
 * without a header, for `*`, or when it names none of them.
 */
export function languagesFromHeader(header: string | undefined): Language[] {
  const named = header
    ?.split(',')
    .filter((range) => !wildcard.test(range))
    .join(',');
  if (!named) return [];
  return new Negotiator({ headers: { 'accept-language': named } }).languages(tags).map((tag) => byTag[tag]);
}
