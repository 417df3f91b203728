import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Language, LocalizedText, pickText } from './localized-text';

@Resolver(() => LocalizedText)
export class LocalizedTextResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'The text in `lang`, else in the Accept-Language of the request, else fi → sv → en.',
  })
  text(
    @Root() text: LocalizedText,
    @Ctx() ctx: { languages: Language[] },
    @Arg('lang', () => Language, { nullable: true }) lang?: Language | null,
  ): string | null {
    return pickText(text, lang ? [lang, ...ctx.languages] : ctx.languages);
  }
}
