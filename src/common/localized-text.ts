import { Column } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { LongTextColumn } from './columns';
import { Language } from './language';

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
