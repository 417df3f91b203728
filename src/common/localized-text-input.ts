import { MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { LocalizedText } from './localized-text';

/** A text in Finnish, Swedish and English as a client sends it; any language may be left out. */
@InputType({ description: 'A text in Finnish, Swedish and English; any may be left out.' })
export class LocalizedTextInput {
  @Field(() => String, { nullable: true })
  @MaxLength(20000)
  fi?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(20000)
  sv?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(20000)
  en?: string | null;
}

/** The stored form of a text input; blank languages become null. */
export function toLocalizedText(input: LocalizedTextInput | null | undefined): LocalizedText {
  const clean = (value: string | null | undefined) => (value && value.trim() ? value.trim() : null);
  return LocalizedText.of({ fi: clean(input?.fi), sv: clean(input?.sv), en: clean(input?.en) });
}
