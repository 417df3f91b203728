import { Language, type LocalizedText, pickText } from '../../common/localized-text';
import { BusinessIdConfidence } from '../municipality/municipality.entity';
import type { ExportedAward, ExportedMunicipality } from './open-data.service';

/**
 * The awards in the 360Giving Data Standard 1.4.3 (https://standard.threesixtygiving.org/): one grant
 * object per award, in a package with its licence and sources.
 *
 * Identifiers. 360Giving registers each publisher's grant-id prefix (360G-…); the ministry has none
 * registered yet, so the grants carry `360G-vm-digikannustin-<award id>`, stable for as long as the award
 * exists. Once the ministry registers a prefix, change GRANT_ID_PREFIX (the award ids after it stay).
 * Organisations follow org-id.guide: a Finnish business id (Y-tunnus) is `FI-PRO-<id>` (the Patent and
 * Registration Office's register); a municipality the data has no business id for falls back to a
 * 360G- identifier of its own, as the standard allows.
 */
const GRANT_ID_PREFIX = '360G-vm-digikannustin';

/** The Ministry of Finance (valtiovarainministeriö / finansministeriet), business id 0245439-9. */
const MINISTRY = {
  id: 'FI-PRO-0245439-9',
  name: { FI: 'Valtiovarainministeriö', SV: 'Finansministeriet', EN: 'Ministry of Finance, Finland' },
  url: 'https://vm.fi/',
};

export const LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/';

/** Who the data comes from, for the licence's attribution; the same words in the CSV's header. */
export const ATTRIBUTION =
  'Source: Ministry of Finance, Finland (calls, press releases on the grants); Statistics Finland ' +
  '(municipalities and regions); THL Sotkanet (population). Licensed under CC BY 4.0.';

const TITLE_MAX_CHARS = 139;

const confidenceWords: Record<BusinessIdConfidence, string> = {
  HIGH: 'high: two independent sources agree',
  MEDIUM: 'medium: one source bound to the name, check digit valid',
  LOW: 'low: one source only',
  NONE: 'none: no business id found',
};

const language = (lang: Language) => lang.toLowerCase();

/** Marks an exact decimal for {@link stringifyGrant}, which writes it as a JSON number digit for digit. */
const DECIMAL_MARK = '\u0000decimal:';
const markedDecimal = /"\\u0000decimal:(\d+(?:\.\d+)?)"/g;

/** JSON text of a grant, with its amounts as JSON numbers written exactly as stored, never via a float. */
const stringifyGrant = (grant: object): string => JSON.stringify(grant).replace(markedDecimal, '$1');

function organisation(municipality: ExportedMunicipality, lang: Language) {
  const name = pickText(municipality.name, [lang]) ?? municipality.code;
  const confidence = municipality.businessIdConfidence ?? BusinessIdConfidence.NONE;
  return {
    id: municipality.businessId
      ? `FI-PRO-${municipality.businessId}`
      : `${GRANT_ID_PREFIX}-municipality-${municipality.code}`,
    name,
    ...(municipality.businessId ? { companyNumber: municipality.businessId } : {}),
    addressCountry: 'FI',
    organisationType: 'Local Government',
    description:
      `Municipality ${municipality.code} (Statistics Finland code); ` +
      `business id ${municipality.businessId ?? 'unknown'}, confidence ${confidenceWords[confidence]}.`,
  };
}

function shortTitle(text: string): string {
  return text.length <= TITLE_MAX_CHARS ? text : `${text.slice(0, TITLE_MAX_CHARS - 1).trimEnd()}…`;
}

const anyText = (text: LocalizedText, lang: Language) => pickText(text, [lang]) ?? '';

/** One award as a 360Giving grant. */
function grant(award: ExportedAward, lang: Language) {
  const leadName = anyText(award.lead.name, lang);
  const callTitle = anyText(award.call.title, lang);
  const projectName = pickText(award.projectName, [lang]);
  const memberNames = award.members.map((member) => anyText(member.name, lang));
  const projectNames = [award.projectName.fi, award.projectName.sv].filter(Boolean);
  const description = [
    `${callTitle}.`,
    `Lead municipality: ${leadName}` +
      (memberNames.length ? `; members named in the decision: ${memberNames.join(', ')}.` : '.'),
    projectNames.length ? `Project: ${projectNames.join(' / ')}.` : 'The decision names no project.',
  ].join(' ');
  return {
    id: `${GRANT_ID_PREFIX}-${award.id}`,
    title: shortTitle(projectName ?? `${callTitle}: ${leadName}`),
    description,
    currency: 'EUR',
    amountAwarded: `${DECIMAL_MARK}${award.grantedAmount}`,
    awardDate: award.decisionDate,
    ...(award.projectStart || award.projectEnd
      ? {
          plannedDates: [
            {
              ...(award.projectStart ? { startDate: award.projectStart } : {}),
              ...(award.projectEnd ? { endDate: award.projectEnd } : {}),
            },
          ],
        }
      : {}),
    recipientOrganization: [organisation(award.lead, lang)],
    fundingOrganization: [{ id: MINISTRY.id, name: MINISTRY.name[lang] }],
    grantProgramme: [{ code: award.call.key, title: callTitle }],
    fromOpenCall: 'Yes',
    beneficiaryLocation: [
      {
        id: `region-${award.region.code}`,
        name: anyText(award.region.name, lang),
        countryCode: 'FI',
        geoCode: award.region.code,
        geoCodeType: 'Statistics Finland region (maakunta) code',
      },
    ],
    classifications: [
      ...award.members.map((member) => ({
        vocabulary: 'Consortium member (Statistics Finland municipality code)',
        code: member.code,
        title: anyText(member.name, lang),
        description: organisation(member, lang).description,
      })),
      ...(award.theme
        ? [
            {
              vocabulary: `Call ${award.call.key} theme`,
              code: award.theme.code,
              title: anyText(award.theme.title, lang),
            },
          ]
        : []),
    ],
  };
}

/**
 * The package around the grants, as JSON text in pieces: the opening, each grant, the closing with the
 * package's metadata. `issued` is the day of the export.
 */
export async function* packageText(
  pages: AsyncIterable<ExportedAward[]>,
  options: { lang: Language; issued: string; callKey?: string },
): AsyncGenerator<string> {
  let first = true;
  yield '{"grants":[';
  for await (const awards of pages) {
    for (const award of awards) {
      yield `${first ? '' : ','}${stringifyGrant(grant(award, options.lang))}`;
      first = false;
    }
  }
  const metadata = {
    version: '1.4',
    title: options.callKey
      ? `Incentive grants for municipal digitalisation, call ${options.callKey}`
      : 'Incentive grants for municipal digitalisation',
    description:
      "The Finnish Ministry of Finance's grants for promoting digitalisation in municipalities, one grant " +
      `per award, in ${language(options.lang)}. ${ATTRIBUTION}`,
    issued: options.issued,
    identifier: `${GRANT_ID_PREFIX}-awards${options.callKey ? `-${options.callKey}` : ''}`,
    publisher: { identifier: MINISTRY.id, name: MINISTRY.name[options.lang], website: MINISTRY.url },
    license: LICENCE_URL,
  };
  yield `],${JSON.stringify(metadata).slice(1)}`;
}
