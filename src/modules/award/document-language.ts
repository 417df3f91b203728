import type { FastifyRequest } from 'fastify';
import { badInput } from '../../common/errors';
import { type Language, languagesFromHeader } from '../../common/language';

/**
 * The language a downloadable document is asked for: `?lang=` when given (BAD_USER_INPUT on `lang` for
 * one the document is not written in), else Accept-Language where the document follows it; undefined
 * when neither picks one of `languages`, and the document's default applies.
 */
export function requestedDocumentLanguage(
  request: FastifyRequest<{ Querystring: { lang?: string } }>,
  languages: Language[],
  followsAcceptLanguage: boolean,
): Language | undefined {
  const requested = request.query.lang;
  const wanted =
    requested === undefined
      ? followsAcceptLanguage
        ? request.headers['accept-language']
        : undefined
      : requested;
  const language = languagesFromHeader(wanted).find((candidate) => languages.includes(candidate));
  if (requested !== undefined && !language) {
    const choices = languages.join(', ').toLowerCase();
    throw badInput(
      {
        en: `lang is one of ${choices}`,
        fi: `lang on jokin seuraavista: ${choices}`,
        sv: `lang är ett av följande: ${choices}`,
      },
      'lang',
    );
  }
  return language;
}
