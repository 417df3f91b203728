import type { FastifyInstance } from 'fastify';
import type { ContextFor, RequestContext } from '../../context';
import { Language } from '../../common/language';
import { requestedDocumentLanguage } from './document-language';
import { decisionEntries, renderDecisionList } from './decision-list';
import { CallFormService } from '../call/call-form.service';
import type { Call } from '../call/call.entity';
import { CallService } from '../call/call.service';

/** A call key as URLs carry it: `/calls/2020/decisions.md`. */
const callKey = /^[A-Za-z0-9][A-Za-z0-9-]{0,31}$/;

interface CallDocument {
  /** The languages it is written in, the default first. */
  languages: Language[];
  /** Without ?lang=, whether Accept-Language picks the language (else the default). */
  followsAcceptLanguage: boolean;
  disposition: 'inline' | 'attachment';
  filename(key: string, language: string): string;
  render(ctx: RequestContext, call: Call, language: Language): Promise<string>;
}

const callDocuments: Record<'form' | 'decisions', CallDocument> = {
  form: {
    languages: [Language.FI, Language.SV, Language.EN],
    followsAcceptLanguage: true,
    disposition: 'inline',
    filename: (key, language) => `call-${key}-form-${language}.md`,
    render: (ctx, call, language) => new CallFormService(ctx).markdown(call, language),
  },
  // The ministry's press releases are Swedish first; Finnish on request.
  decisions: {
    languages: [Language.SV, Language.FI],
    followsAcceptLanguage: false,
    disposition: 'attachment',
    filename: (key, language) => `decisions-${key}-${language}.md`,
    render: async (ctx, call, language) =>
      renderDecisionList(call, await decisionEntries(ctx.manager, call.id), language).text,
  },
};

// In the award module because the decision list is the award module's; the form is the call module's,
// which this one may import.
/**
 * GET /calls/{key}/form.md and /calls/{key}/decisions.md: a call's documents to read and download, each
 * seen with the caller's rights exactly like the call in the API (a draft is absent to the public).
 */
export function callDocumentRoutes(app: FastifyInstance, options: { contextFor: ContextFor }) {
  for (const [name, document] of Object.entries(callDocuments)) {
    app.get<{ Params: { key: string }; Querystring: { lang?: string } }>(
      `/calls/:key/${name}.md`,
      async (request, reply) => {
        const { key } = request.params;
        if (!callKey.test(key)) return reply.callNotFound();
        const language = requestedDocumentLanguage(
          request,
          document.languages,
          document.followsAcceptLanguage,
        );
        const ctx = await options.contextFor(request, language ? [language] : []);
        const call = await new CallService(ctx).byKey(key);
        if (!call) return reply.callNotFound();
        const chosen = language ?? document.languages[0];
        return reply
          .type('text/markdown; charset=utf-8')
          .header(
            'content-disposition',
            `${document.disposition}; filename="${document.filename(call.key, chosen.toLowerCase())}"`,
          )
          .send(await document.render(ctx, call, chosen));
      },
    );
  }
  return Promise.resolve();
}
