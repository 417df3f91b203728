import { AsyncResource } from 'node:async_hooks';
import { pipeline, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ContextFor } from '../../context';
import { badInput, languageParameterMessages, notFound } from '../../common/errors';
import { Language, languageOfTag } from '../../common/language';
import { pickText } from '../../common/localized-text';
import { helsinkiDate } from '../../common/time-zone';
import { type ExportedAward, OpenDataService } from './open-data.service';
import { ATTRIBUTION, LICENCE_URL, packageText } from './three-sixty-giving';

interface ExportQuery {
  lang?: unknown;
  call?: unknown;
}

/** `?lang=fi|sv|en` (default fi) and `?call=<key>`; anything else in them is BAD_USER_INPUT. */
function exportOptions(query: ExportQuery): { lang: Language; callKey?: string } {
  const { lang, call } = query;
  const language = languageOfTag(lang);
  if (lang !== undefined && !language) throw badInput(languageParameterMessages, 'lang');
  if (call !== undefined && typeof call !== 'string')
    throw badInput(
      { en: 'Give call once', fi: 'Anna call vain kerran', sv: 'Ange call bara en gång' },
      'call',
    );
  return { lang: language ?? Language.FI, callKey: call };
}

/**
 * The awards of the request, a page at a time. The call filter is checked and the first page read before
 * anything is sent, so that a bad filter or a database outage is still a clean error answer; the pages
 * after it are read as the client takes the stream, in the request's context (its statement count).
 */
async function awardPages(
  request: FastifyRequest<{ Querystring: ExportQuery }>,
  contextFor: ContextFor,
): Promise<{
  pages: AsyncIterable<ExportedAward[]>;
  empty: boolean;
  now: Date;
  lang: Language;
  callKey?: string;
}> {
  const options = exportOptions(request.query);
  const ctx = await contextFor(request, [options.lang]);
  const iterator = await new OpenDataService(ctx).awards({ callKey: options.callKey });
  const next = AsyncResource.bind(() => iterator.next());
  const first = await next();
  async function* pages() {
    if (first.done) return;
    yield first.value;
    for (let page = await next(); !page.done; page = await next()) yield page.value;
  }
  return { pages: pages(), empty: first.done === true, now: ctx.clock.now(), ...options };
}

function sendStream(reply: FastifyReply, source: Readable, transform?: NodeJS.ReadWriteStream) {
  const log = reply.request.log;
  const onError = (error: Error | null) => {
    // The status has gone out with the first bytes; all that is left is to cut the answer short.
    if (error) log.error({ err: error }, 'an export failed while streaming');
  };
  return reply
    .header('link', `<${LICENCE_URL}>; rel="license"`)
    .header('x-attribution', ATTRIBUTION)
    .send(transform ? pipeline(source, transform, onError) : source);
}

const csvColumns = [
  'award_id',
  'call_key',
  'call_title',
  'lead_code',
  'lead_name',
  'lead_business_id',
  'lead_business_id_confidence',
  'member_codes',
  'member_names',
  'region_code',
  'region_name',
  'theme_code',
  'theme_title',
  'granted_amount_eur',
  'decision_date',
  'project_name_fi',
  'project_name_sv',
] as const;

function csvRecord(award: ExportedAward, lang: Language): Record<(typeof csvColumns)[number], string> {
  const text = (value: Parameters<typeof pickText>[0]) => pickText(value, [lang]) ?? '';
  return {
    award_id: award.id,
    call_key: award.call.key,
    call_title: text(award.call.title),
    lead_code: award.lead.code,
    lead_name: text(award.lead.name),
    lead_business_id: award.lead.businessId ?? '',
    lead_business_id_confidence: (award.lead.businessIdConfidence ?? '').toLowerCase(),
    member_codes: award.members.map((member) => member.code).join(';'),
    member_names: award.members.map((member) => text(member.name)).join(';'),
    region_code: award.region.code,
    region_name: text(award.region.name),
    theme_code: award.theme?.code ?? '',
    theme_title: award.theme ? text(award.theme.title) : '',
    granted_amount_eur: award.grantedAmount,
    decision_date: award.decisionDate,
    project_name_fi: award.projectName.fi ?? '',
    project_name_sv: award.projectName.sv ?? '',
  };
}

const fileName = (base: string, callKey: string | undefined, lang: Language, extension: string) =>
  `${base}${callKey ? `-${callKey}` : ''}-${lang.toLowerCase()}.${extension}`;

// In the award module because the awards are its data.
/**
 * GET /exports/awards.csv and /exports/360giving.json: every award as open data (CC BY 4.0), streamed,
 * the same for every caller.
 */
export function openDataRoutes(app: FastifyInstance, options: { contextFor: ContextFor }) {
  app.get<{ Querystring: ExportQuery }>('/exports/awards.csv', async (request, reply) => {
    const { pages, lang, callKey } = await awardPages(request, options.contextFor);
    async function* records() {
      for await (const awards of pages) for (const award of awards) yield csvRecord(award, lang);
    }
    // RFC 4180: CRLF between records, quotes where needed; a BOM so that a spreadsheet reads UTF-8.
    const csv = stringify({ header: true, columns: [...csvColumns], bom: true, record_delimiter: 'windows' });
    return sendStream(
      reply
        .type('text/csv; charset=utf-8; header=present')
        .header('content-disposition', `attachment; filename="${fileName('awards', callKey, lang, 'csv')}"`),
      Readable.from(records()),
      csv,
    );
  });

  app.get<{ Querystring: ExportQuery }>('/exports/360giving.json', async (request, reply) => {
    const { pages, empty, now, lang, callKey } = await awardPages(request, options.contextFor);
    // The standard wants at least one grant in a package.
    if (empty) {
      throw notFound(
        callKey
          ? {
              en: `An award of call "${callKey}"`,
              fi: `Haun "${callKey}" avustus`,
              sv: `Ett understöd i ansökan "${callKey}"`,
            }
          : { en: 'An award', fi: 'Avustus', sv: 'Ett understöd' },
      );
    }
    const issued = helsinkiDate(now);
    return sendStream(
      reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `inline; filename="${fileName('360giving', callKey, lang, 'json')}"`),
      Readable.from(packageText(pages, { lang, issued, callKey })),
    );
  });
  return Promise.resolve();
}
