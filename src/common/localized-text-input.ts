import { Field, InputType } from 'type-graphql';
import { LocalizedText } from './localized-text';

/**
 * A text in Finnish, Swedish and English as a client sends it; any language may be left out. How long
 * each language may be depends on the field that holds it (`@MaxChars` there): a name is shorter than a
 * description.
 */
@InputType({ description: 'A text in Finnish, Swedish and English; any may be left out.' })
export class LocalizedTextInput {
  @Field(() => String, { nullable: true })
  fi?: string | null;

  @Field(() => String, { nullable: true })
  sv?: string | null;

  @Field(() => String, { nullable: true })
  en?: string | null;
}

/** The stored form of a text input; blank languages become null. */
export function toLocalizedText(input: LocalizedTextInput | null | undefined): LocalizedText {
  const clean = (value: string | null | undefined) => (value && value.trim() ? value.trim() : null);
  return LocalizedText.of({ fi: clean(input?.fi), sv: clean(input?.sv), en: clean(input?.en) });
}
