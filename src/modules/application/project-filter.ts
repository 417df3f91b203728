import type { SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../context';
import { badInput } from '../../common/errors';
import { parseId, parseMunicipalityCode, parseRegionCode } from '../../common/ids';
import { characterCount } from '../../common/limits';
import { compareMoney } from '../../common/money';
import { parseDate } from '../../common/scalars';
import { searchKey } from '../../common/search';
import { CallService } from '../call/call.service';
import type { ProjectFilter } from './application.inputs';

/** Where a project list keeps what the filters compare. */
export interface ProjectColumns {
  /** The alias of the application: the list's own, or joined to it. */
  application: string;
  /** The call's id: `award.callId` for awards, so that their call index serves. */
  call: string;
  /** The amount the range narrows: requested for applications, granted for awards. */
  amount: string;
  /** A condition on the decision date, given the same condition on a date column. */
  decided: (condition: (column: string) => string) => string;
}

/** Words shorter than this are left out of a search: MariaDB's full-text index does not hold them. */
const SEARCH_MIN_WORD = 3;

const searchWords = (text: string): string[] =>
  searchKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => characterCount(word) >= SEARCH_MIN_WORD);

/**
 * Narrows a list of applications or awards by an analyst's filter. Conditions only ever narrow: the list's
 * query already carries the caller's row visibility, so no filter can show more than it allows. Bad values
 * are BAD_USER_INPUT with the filter's field.
 */
export async function narrowProjects(
  ctx: RequestContext,
  query: SelectQueryBuilder<object>,
  filter: ProjectFilter,
  columns: ProjectColumns,
): Promise<void> {
  const application = columns.application;
  if (filter.callId)
    query.andWhere(`${columns.call} = :callId`, { callId: parseId(filter.callId, 'filter.callId') });
  if (filter.callKey) {
    const call = await new CallService(ctx).requireByKey(filter.callKey, 'filter.callKey');
    query.andWhere(`${columns.call} = :callKeyId`, { callKeyId: call.id });
  }
  if (filter.year !== undefined && filter.year !== null) {
    if (filter.year < 1000 || filter.year > 9999)
      throw badInput(
        {
          en: 'A year has four digits',
          fi: 'Vuosiluvussa on neljä numeroa',
          sv: 'Ett årtal har fyra siffror',
        },
        'filter.year',
      );
    query.andWhere(`${columns.call} IN (SELECT fc.id FROM grant_call fc WHERE fc.year = :year)`, {
      year: filter.year,
    });
  }
  const role = filter.municipalityRole ? ' AND fm.role = :municipalityRole' : '';
  if (filter.municipalityRole && !filter.municipalityCode && !filter.regionCode) {
    throw badInput(
      {
        en: 'municipalityRole narrows municipalityCode or regionCode; give one',
        fi: 'municipalityRole rajaa municipalityCodea tai regionCodea; anna jompikumpi',
        sv: 'municipalityRole avgränsar municipalityCode eller regionCode; ange en av dem',
      },
      'filter.municipalityRole',
    );
  }
  if (filter.municipalityCode) {
    query.andWhere(
      `EXISTS (SELECT 1 FROM consortium_member fm WHERE fm.consortiumId = ${application}.consortiumId AND fm.municipalityCode = :municipalityCode${role})`,
      {
        municipalityCode: parseMunicipalityCode(filter.municipalityCode, 'filter.municipalityCode'),
        municipalityRole: filter.municipalityRole,
      },
    );
  }
  if (filter.regionCode) {
    query.andWhere(
      `EXISTS (SELECT 1 FROM consortium_member fm JOIN municipality fmu ON fmu.code = fm.municipalityCode WHERE fm.consortiumId = ${application}.consortiumId AND fmu.regionCode = :regionCode${role})`,
      {
        regionCode: parseRegionCode(filter.regionCode, 'filter.regionCode'),
        municipalityRole: filter.municipalityRole,
      },
    );
  }
  if (filter.themeId) {
    query.andWhere(`${application}.themeId = :themeId`, {
      themeId: parseId(filter.themeId, 'filter.themeId'),
    });
  }
  if (filter.themeCode) {
    query.andWhere(`${application}.themeId IN (SELECT ft.id FROM call_theme ft WHERE ft.code = :themeCode)`, {
      themeCode: filter.themeCode,
    });
  }
  if (filter.minAmount && filter.maxAmount && compareMoney(filter.minAmount, filter.maxAmount) > 0) {
    throw badInput(
      {
        en: 'minAmount is above maxAmount',
        fi: 'minAmount on suurempi kuin maxAmount',
        sv: 'minAmount är större än maxAmount',
      },
      'filter.minAmount',
    );
  }
  if (filter.minAmount) query.andWhere(`${columns.amount} >= :minAmount`, { minAmount: filter.minAmount });
  if (filter.maxAmount) query.andWhere(`${columns.amount} <= :maxAmount`, { maxAmount: filter.maxAmount });
  const from = filter.decidedFrom ? parseDate(filter.decidedFrom, 'filter.decidedFrom') : null;
  const to = filter.decidedTo ? parseDate(filter.decidedTo, 'filter.decidedTo') : null;
  if (from && to && from > to)
    throw badInput(
      {
        en: 'decidedFrom is after decidedTo',
        fi: 'decidedFrom on myöhemmin kuin decidedTo',
        sv: 'decidedFrom är senare än decidedTo',
      },
      'filter.decidedFrom',
    );
  if (from || to) {
    const range = (column: string) =>
      [from && `${column} >= :decidedFrom`, to && `${column} <= :decidedTo`].filter(Boolean).join(' AND ');
    query.andWhere(columns.decided(range), { decidedFrom: from, decidedTo: to });
  }
  if (filter.search !== undefined && filter.search !== null) {
    const words = searchWords(filter.search);
    if (words.length === 0) {
      throw badInput(
        {
          en: `Search for at least one word of ${SEARCH_MIN_WORD} letters or more`,
          fi: `Hae vähintään yhdellä ${SEARCH_MIN_WORD} kirjaimen tai pidemmällä sanalla`,
          sv: `Sök med minst ett ord på ${SEARCH_MIN_WORD} bokstäver eller fler`,
        },
        'filter.search',
      );
    }
    if (query.connection.options.type === 'better-sqlite3') {
      // FTS5 over the names (see the migration ListIndexes1764000000100): each word a quoted prefix.
      query.andWhere(
        `${application}.id IN (SELECT applicationId FROM application_search WHERE application_search MATCH :search)`,
        { search: words.map((word) => `"${word}"*`).join(' ') },
      );
    } else {
      // The FULLTEXT index FT_application_project_name: every word required, as a prefix.
      query.andWhere(
        `MATCH (${application}.projectNameFi, ${application}.projectNameSv) AGAINST (:search IN BOOLEAN MODE)`,
        { search: words.map((word) => `+${word}*`).join(' ') },
      );
    }
  }
}
