import type { FastifyInstance } from 'fastify';
import type { ContextFor } from '../../context';
import { isId } from '../../common/ids';
import { Language } from '../../common/language';
import { decisionFacts, renderDecisionDocument } from './decision-document';
import { requestedDocumentLanguage } from './document-language';

/** Finnish first (the ministry decides in Finnish), Swedish, and English as an unofficial courtesy. */
const languages = [Language.FI, Language.SV, Language.EN];

/**
 * GET /awards/{id}/decision.md: the grant decision of one award to read and download, as
 * `Award.decisionDocument` gives it. Awards are public, so any caller gets it; an id that is no award's
 * is a 404, like any page that does not exist.
 */
export function decisionDocumentRoutes(app: FastifyInstance, options: { contextFor: ContextFor }) {
  app.get<{ Params: { id: string }; Querystring: { lang?: string } }>(
    '/awards/:id/decision.md',
    async (request, reply) => {
      const { id } = request.params;
      // What cannot be an award id is a page that does not exist, like an unknown one.
      if (!isId(id)) return reply.callNotFound();
      const language = requestedDocumentLanguage(request, languages, true);
      const ctx = await options.contextFor(request, language ? [language] : []);
      const award = await ctx.loaders.award.load(id.toLowerCase());
      if (!award) return reply.callNotFound();
      const chosen = language ?? languages[0];
      return reply
        .type('text/markdown; charset=utf-8')
        .header('vary', 'accept-language')
        .header('content-disposition', `inline; filename="decision-${award.id}-${chosen.toLowerCase()}.md"`)
        .send(renderDecisionDocument(await decisionFacts(ctx, award), chosen));
    },
  );
  return Promise.resolve();
}
