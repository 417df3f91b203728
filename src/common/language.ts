import Negotiator from 'negotiator';
import { registerEnumType } from 'type-graphql';

export enum Language {
  FI = 'FI',
  SV = 'SV',
  EN = 'EN',
}
registerEnumType(Language, {
  name: 'Language',
  description: 'The official languages, and English as a courtesy.',
});

const byTag = new Map<string, Language>([
  ['fi', Language.FI],
  ['sv', Language.SV],
  ['en', Language.EN],
]);
const tags = [...byTag.keys()];

/** The language of a tag exactly as `?lang=` names it (fi, sv, en); undefined for anything else. */
export const languageOfTag = (tag: unknown): Language | undefined =>
  typeof tag === 'string' ? byTag.get(tag) : undefined;

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
  return new Negotiator({ headers: { 'accept-language': named } })
    .languages(tags)
    .map((tag) => byTag.get(tag)!);
}
