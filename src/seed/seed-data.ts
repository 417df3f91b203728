import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Money, parseMoney } from '../common/money';
import { parseDate } from '../common/scalars';
import { Language } from '../common/localized-text';
import { helsinkiDate, helsinkiWallClockToInstant, PROGRAMME_TIME_ZONE } from '../common/time-zone';
import { CallStage, Sector } from '../modules/call/call.entity';
import { BusinessIdConfidence, MunicipalityKind } from '../modules/municipality/municipality.entity';
import { SourceKind } from '../modules/source/source.entity';

/** The data files live in the source tree; compiled code runs from dist/src/seed/. */
export const seedDataDirectory = path.resolve(__dirname, '../../../src/seed/data');

/** A data file that does not hold what the loader expects; the message names the file and the place. */
class SeedDataError extends Error {
  override name = 'SeedDataError';
}

/**
 * Parses CSV text (RFC 4180): fields separated by commas, optionally quoted, with `""` for a quote inside
 * a quoted field and line breaks allowed inside quotes. Accepts LF or CRLF line ends and a leading BOM;
 * skips empty lines.
 */
export function parseCsv(text: string, source = 'CSV'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let closedQuote = false;
  let line = 1;
  const endField = () => {
    row.push(field);
    field = '';
    closedQuote = false;
  };
  const endRow = () => {
    const blank = row.length === 0 && field === '' && !closedQuote;
    if (!blank) {
      endField();
      rows.push(row);
    }
    row = [];
  };
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
        closedQuote = true;
      } else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === ',') {
      endField();
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
    } else if (closedQuote) {
      throw new SeedDataError(`${source} line ${line}: text after the closing quote of a field`);
    } else if (c === '"') {
      if (field !== '') throw new SeedDataError(`${source} line ${line}: a quote inside an unquoted field`);
      quoted = true;
    } else {
      field += c;
    }
  }
  if (quoted) throw new SeedDataError(`${source}: a quoted field is not closed`);
  endRow();
  return rows;
}

type CsvRecord = Record<string, string>;

/** The rows of a CSV file with a header line, as objects keyed by column name. */
function csvRecords(text: string, source: string): CsvRecord[] {
  const [header, ...rows] = parseCsv(text, source);
  if (!header) throw new SeedDataError(`${source} is empty`);
  if (new Set(header).size !== header.length) throw new SeedDataError(`${source}: a column name repeats`);
  return rows.map((fields, index) => {
    if (fields.length !== header.length) {
      throw new SeedDataError(
        `${source} record ${index + 1}: ${fields.length} fields where the header has ${header.length}`,
      );
    }
    return Object.fromEntries(header.map((name, i) => [name, fields[i]]));
  });
}

export interface LocalizedValues {
  fi: string | null;
  sv: string | null;
  en: string | null;
}

/** A text in only the languages a file gives: a language it leaves out is not said to be empty. */
export type GivenLanguages = Partial<LocalizedValues>;

export interface SourceData {
  key: string;
  kind: SourceKind;
  language: Language;
  title: string;
  publisher: LocalizedValues;
  publishedOn: string | null;
  publishedAt: Date | null;
  url: string | null;
  /** The copy of its text, relative to the data directory. */
  file: string;
}

export interface RegionData {
  code: string;
  name: { fi: string; sv: string; en: string };
}

export interface PopulationData {
  year: number;
  population: number;
}

export interface MunicipalityData {
  code: string;
  nameFi: string;
  /** As given: the Finnish name repeated where the municipality has no Swedish one. */
  nameSv: string;
  /** The Finnish name in the genitive; null where the file leaves it empty. */
  genitiveFi: string | null;
  kind: MunicipalityKind;
  regionCode: string;
  /** Last day before a merger. */
  validTo: string | null;
  /** Residents at the end of each year with a figure, oldest first. */
  populations: PopulationData[];
  /** The business id (Y-tunnus) from business-ids.csv; null where none was found. */
  businessId: string | null;
  businessIdConfidence: BusinessIdConfidence;
}

export interface ThemeData {
  code: string;
  title: LocalizedValues;
  examples: string[];
}

export interface CriterionData {
  code: string;
  title: LocalizedValues;
}

export interface QuestionData {
  code: string;
  text: LocalizedValues;
  required: boolean;
}

export interface CallData {
  key: string;
  year: number;
  stage: CallStage;
  /** Keys of the sources the call's record is taken from. */
  sources: string[];
  title: LocalizedValues;
  description: GivenLanguages;
  appropriation: Money | null;
  opensAt: Date | null;
  closesAt: Date | null;
  /** False where only the closing day was published: closesAt is then the end of that day. */
  closingTimePublished: boolean;
  decisionDate: string | null;
  projectDeadline: string | null;
  workshopDate: string | null;
  minMunicipalities: number;
  excludedSectors: Sector[];
  requiresMaturityAssessment: boolean;
  notes: GivenLanguages;
  conditions: LocalizedValues[];
  themes: ThemeData[];
  criteria: CriterionData[];
  questions: QuestionData[];
  publishedApplicationsReceived: number | null;
  publishedProposalsReceived: number | null;
  publishedGrantsAwarded: number | null;
  publishedTotalAwarded: Money | null;
  /** Keys of the sources of the published figures; empty only where the call has none. */
  statisticsSources: string[];
}

export interface AwardData {
  /** Place in the published list, from 1. */
  no: number;
  /** The grantee as the release prints it, e.g. "Vanda stad". */
  leadAsPrinted: string;
  leadCode: string;
  titleOriginal: string | null;
  titleSv: string | null;
  amount: Money;
  /** The members the release names, the lead included; empty where it names none. */
  knownMemberCodes: string[];
}

export interface AwardListData {
  callKey: string;
  decisionDate: string;
  sources: string[];
  awards: AwardData[];
}

/** A grant a publication names without the details an award needs (2018: no amount, no project). */
export interface PublishedDecisionData {
  /** Place in the publication, from 1. */
  no: number;
  asPrinted: string;
  /** Null where the publication does not say which recipient administers the project. */
  leadCode: string | null;
  /** The recipients it names, the lead first. */
  recipientCodes: string[];
  /** Null where it states no amount. */
  amount: Money | null;
}

export interface PublishedDecisionListData {
  callKey: string;
  decisionDate: string;
  sources: string[];
  /** Conditions the publication attaches to every grant it lists. */
  conditions: LocalizedValues[];
  decisions: PublishedDecisionData[];
}

export interface SeedData {
  sources: SourceData[];
  regions: RegionData[];
  municipalities: MunicipalityData[];
  calls: CallData[];
  awardLists: AwardListData[];
  decisionLists: PublishedDecisionListData[];
}

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const fail = (where: string, expected: string): never => {
  throw new SeedDataError(`${where}: expected ${expected}`);
};

function object(value: unknown, where: string): JsonObject {
  return isObject(value) ? value : fail(where, 'an object');
}

function text(object: JsonObject, key: string, where: string): string {
  const value = object[key];
  return typeof value === 'string' && value.trim() !== '' ? value : fail(`${where}.${key}`, 'a text');
}

function optionalText(object: JsonObject, key: string, where: string): string | null {
  return object[key] === undefined || object[key] === null ? null : text(object, key, where);
}

function optionalInteger(object: JsonObject, key: string, where: string): number | null {
  const value = object[key];
  if (value === undefined || value === null) return null;
  return Number.isInteger(value) && (value as number) >= 0
    ? (value as number)
    : fail(`${where}.${key}`, 'a whole number');
}

function integer(object: JsonObject, key: string, where: string): number {
  return optionalInteger(object, key, where) ?? fail(`${where}.${key}`, 'a whole number');
}

function optionalBoolean(object: JsonObject, key: string, where: string): boolean | null {
  const value = object[key];
  if (value === undefined || value === null) return null;
  return typeof value === 'boolean' ? value : fail(`${where}.${key}`, 'true or false');
}

function list(object: JsonObject, key: string, where: string): unknown[] {
  const value = object[key];
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : fail(`${where}.${key}`, 'a list');
}

function textList(object: JsonObject, key: string, where: string): string[] {
  return list(object, key, where).map((item, i) =>
    typeof item === 'string' ? item : fail(`${where}.${key}[${i}]`, 'a text'),
  );
}

function oneOf<T extends string>(values: Record<string, T>, value: unknown, where: string): T {
  const allowed = Object.values(values);
  return allowed.includes(value as T) ? (value as T) : fail(where, `one of ${allowed.join(', ')}`);
}

function isDate(value: string): boolean {
  try {
    parseDate(value);
    return true;
  } catch {
    return false;
  }
}

function optionalDate(value: string | null, where: string): string | null {
  return value === null || isDate(value) ? value : fail(where, 'a date YYYY-MM-DD');
}

function optionalAmount(object: JsonObject, key: string, where: string): Money | null {
  const value = optionalText(object, key, where);
  if (value === null) return null;
  try {
    return parseMoney(value);
  } catch {
    return fail(`${where}.${key}`, 'euros as a text such as "9690000"');
  }
}

const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

const nextDay = (date: string): string => {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
};

/**
 * An opening or closing moment as the call pages give it: an instant with an offset, or only a day. A day
 * alone opens at its first moment and closes at its end (the next midnight) in Helsinki.
 */
function callMoment(value: string | null, edge: 'opens' | 'closes', where: string): Date | null {
  if (value === null) return null;
  if (isDate(value)) {
    return helsinkiWallClockToInstant(`${edge === 'opens' ? value : nextDay(value)}T00:00`);
  }
  const instant = instantPattern.test(value) ? new Date(value) : null;
  return instant && !Number.isNaN(instant.getTime())
    ? instant
    : fail(where, 'a date, or a date and time with an offset');
}

function localized(object: JsonObject, where: string): LocalizedValues {
  const values = {
    fi: optionalText(object, 'fi', where),
    sv: optionalText(object, 'sv', where),
    en: optionalText(object, 'en', where),
  };
  return (values.fi ?? values.sv ?? values.en) ? values : fail(where, 'a text in fi, sv or en');
}

/** A text in the languages given; at least one. Languages left out stay out (see GivenLanguages). */
function givenLanguages(value: unknown, where: string): GivenLanguages {
  const values = object(value, where);
  const given: GivenLanguages = {};
  for (const language of ['fi', 'sv', 'en'] as const) {
    const text = optionalText(values, language, where);
    if (text !== null) given[language] = text;
  }
  return Object.keys(given).length > 0 ? given : fail(where, 'a text in fi, sv or en');
}

/** Source keys: at least one, none twice. */
function sourceKeys(object: JsonObject, where: string): string[] {
  const keys = textList(object, 'sources', where);
  if (keys.length === 0) fail(`${where}.sources`, 'the key of at least one source');
  unique(keys, (key) => key, `${where} source`);
  return keys;
}

function unique<T>(items: T[], key: (item: T) => string, what: string): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(key(item))) throw new SeedDataError(`${what} ${key(item)} appears twice`);
    seen.add(key(item));
  }
}

function readRegions(csv: string): RegionData[] {
  return csvRecords(csv, 'regions.csv').map((row, i) => {
    const where = `regions.csv record ${i + 1}`;
    if (!/^\d{2}$/.test(row.code)) fail(`${where} code`, 'two digits');
    if (!row.name_fi || !row.name_sv || !row.name_en) fail(where, 'names in fi, sv and en');
    return { code: row.code, name: { fi: row.name_fi, sv: row.name_sv, en: row.name_en } };
  });
}

const municipalityKinds: Record<string, MunicipalityKind> = {
  kaupunki: MunicipalityKind.CITY,
  kunta: MunicipalityKind.MUNICIPALITY,
};

/** Whether a Finnish business id's check digit is right (weights 7, 9, 10, 5, 8, 4, 2; modulo 11). */
export function validBusinessId(id: string): boolean {
  const match = /^(\d{7})-(\d)$/.exec(id);
  if (!match) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const remainder = [...match[1]].reduce((sum, digit, i) => sum + Number(digit) * weights[i], 0) % 11;
  if (remainder === 1) return false;
  return Number(match[2]) === (remainder === 0 ? 0 : 11 - remainder);
}

const confidences: Record<string, BusinessIdConfidence> = {
  high: BusinessIdConfidence.HIGH,
  medium: BusinessIdConfidence.MEDIUM,
  low: BusinessIdConfidence.LOW,
  none: BusinessIdConfidence.NONE,
};

type BusinessIds = Map<string, Pick<MunicipalityData, 'businessId' | 'businessIdConfidence'>>;

/** business-ids.csv: an id with a valid check digit and its confidence, or no id with confidence none. */
function readBusinessIds(csv: string): BusinessIds {
  const ids: BusinessIds = new Map();
  csvRecords(csv, 'business-ids.csv').forEach((row, i) => {
    const where = `business-ids.csv record ${i + 1} (${row.code})`;
    const businessIdConfidence =
      confidences[row.confidence] ?? fail(`${where} confidence`, 'high, medium, low or none');
    const businessId = row.business_id || null;
    if (businessId !== null && !validBusinessId(businessId))
      fail(`${where} business_id`, 'a valid business id');
    if ((businessId === null) !== (businessIdConfidence === BusinessIdConfidence.NONE)) {
      fail(where, 'an id unless the confidence is none');
    }
    ids.set(row.code, { businessId, businessIdConfidence });
  });
  return ids;
}

function readMunicipalities(csv: string, businessIds: BusinessIds): MunicipalityData[] {
  return csvRecords(csv, 'municipalities.csv').map((row, i) => {
    const where = `municipalities.csv record ${i + 1} (${row.code})`;
    if (!/^\d{3}$/.test(row.code)) fail(`${where} code`, 'three digits');
    if (!row.name_fi || !row.name_sv) fail(where, 'names in fi and sv');
    const validTo = optionalDate(row.valid_to || null, `${where} valid_to`);
    // A municipality that ended before 2022 has no 2022 type or region; its 2020 classification is its last.
    const type = row.type || (validTo ? row.type_2020 : '');
    const regionCode = row.region_code || (validTo ? row.region_code_2020 : '');
    const kind = municipalityKinds[type] ?? fail(`${where} type`, 'kaupunki or kunta');
    if (!/^\d{2}$/.test(regionCode)) fail(`${where} region_code`, 'two digits');
    const populations = Object.keys(row)
      .map((column) => ({ column, match: /^population_(\d{4})_12_31$/.exec(column) }))
      .filter(({ column, match }) => match && row[column] !== '')
      .map(({ column, match }) => {
        if (!/^\d+$/.test(row[column])) fail(`${where} ${column}`, 'a whole number');
        return { year: Number(match![1]), population: Number(row[column]) };
      })
      .sort((a, b) => a.year - b.year);
    return {
      code: row.code,
      nameFi: row.name_fi,
      nameSv: row.name_sv,
      genitiveFi: row.genitive_fi || null,
      kind,
      regionCode,
      validTo,
      populations,
      // Honkajoki, merged before the file was made, has no row: no id is known, none is invented.
      ...(businessIds.get(row.code) ?? { businessId: null, businessIdConfidence: BusinessIdConfidence.NONE }),
    };
  });
}

const languages: Record<string, Language> = { fi: Language.FI, sv: Language.SV, en: Language.EN };

function readSources(json: unknown): SourceData[] {
  const file = object(json, 'sources.json');
  if (file.timeZone !== PROGRAMME_TIME_ZONE) fail('sources.json timeZone', PROGRAMME_TIME_ZONE);
  return list(file, 'sources', 'sources.json').map((value, i) => {
    const source = object(value, `sources.json sources[${i}]`);
    const where = `sources.json source ${String(source.key)}`;
    const key = text(source, 'key', where);
    if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(key)) fail(`${where}.key`, 'lower-case letters, digits and dashes');
    const wallClock = optionalText(source, 'publishedAt', where);
    let publishedAt: Date | null = null;
    if (wallClock !== null) {
      try {
        publishedAt = helsinkiWallClockToInstant(wallClock);
      } catch {
        fail(`${where}.publishedAt`, 'a Helsinki wall-clock time such as "2018-03-26T15:00"');
      }
    }
    const url = optionalText(source, 'url', where);
    if (url !== null && !/^https:\/\/[^\s]+$/.test(url)) fail(`${where}.url`, 'an https address');
    const publisher = object(source.publisher, `${where}.publisher`);
    return {
      key,
      kind: oneOf(SourceKind, source.kind, `${where}.kind`),
      language: languages[text(source, 'language', where)] ?? fail(`${where}.language`, 'fi, sv or en'),
      title: text(source, 'title', where),
      publisher: {
        fi: text(publisher, 'fi', `${where}.publisher`),
        sv: text(publisher, 'sv', `${where}.publisher`),
        en: text(publisher, 'en', `${where}.publisher`),
      },
      publishedOn:
        optionalDate(optionalText(source, 'publishedOn', where), `${where}.publishedOn`) ??
        (publishedAt ? helsinkiDate(publishedAt) : null),
      publishedAt,
      url,
      file: /^sources\/[a-z0-9][a-z0-9.-]*\.txt$/.test(text(source, 'file', where))
        ? text(source, 'file', where)
        : fail(`${where}.file`, 'a file under sources/, e.g. "sources/vm-call-page-2020.txt"'),
    };
  });
}

function readCalls(json: unknown): CallData[] {
  const file = object(json, 'calls.json');
  if (file.timeZone !== PROGRAMME_TIME_ZONE) fail('calls.json timeZone', PROGRAMME_TIME_ZONE);
  return list(file, 'calls', 'calls.json').map((value, i) => {
    const call = object(value, `calls.json calls[${i}]`);
    const where = `calls.json call ${String(call.key)}`;
    const closesAt = optionalText(call, 'closesAt', where);
    const statisticsWhere = `${where}.publishedStatistics`;
    const statistics =
      call.publishedStatistics === undefined ? {} : object(call.publishedStatistics, statisticsWhere);
    const part = (key: string, index: number) =>
      object(list(call, key, where)[index], `${where}.${key}[${index}]`);
    return {
      key: text(call, 'key', where),
      year: integer(call, 'year', where),
      stage: oneOf(CallStage, call.stage, `${where}.stage`),
      sources: sourceKeys(call, where),
      title: localized(object(call.title, `${where}.title`), `${where}.title`),
      description: givenLanguages(call.description, `${where}.description`),
      appropriation: optionalAmount(call, 'appropriationEur', where),
      opensAt: callMoment(optionalText(call, 'opensAt', where), 'opens', `${where}.opensAt`),
      closesAt: callMoment(closesAt, 'closes', `${where}.closesAt`),
      closingTimePublished: closesAt === null || !isDate(closesAt),
      decisionDate: optionalDate(optionalText(call, 'decisionDate', where), `${where}.decisionDate`),
      projectDeadline: optionalDate(optionalText(call, 'projectDeadline', where), `${where}.projectDeadline`),
      workshopDate: optionalDate(optionalText(call, 'workshopDate', where), `${where}.workshopDate`),
      minMunicipalities: integer(call, 'minMunicipalities', where),
      excludedSectors: list(call, 'excludedSectors', where).map((sector, j) =>
        oneOf(Sector, sector, `${where}.excludedSectors[${j}]`),
      ),
      requiresMaturityAssessment: optionalBoolean(call, 'requiresMaturityAssessment', where) ?? false,
      notes: givenLanguages(call.notes, `${where}.notes`),
      conditions: list(call, 'conditions', where).map((_, j) =>
        localized(part('conditions', j), `${where}.conditions[${j}]`),
      ),
      themes: list(call, 'themes', where).map((_, j) => {
        const theme = part('themes', j);
        const themeWhere = `${where}.themes[${j}]`;
        return {
          code: text(theme, 'code', themeWhere),
          title: localized(theme, themeWhere),
          examples: textList(theme, 'examples_en', themeWhere),
        };
      }),
      criteria: list(call, 'criteria', where).map((_, j) => {
        const criterion = part('criteria', j);
        const criterionWhere = `${where}.criteria[${j}]`;
        return { code: text(criterion, 'code', criterionWhere), title: localized(criterion, criterionWhere) };
      }),
      questions: list(call, 'questions', where).map((_, j) => {
        const question = part('questions', j);
        const questionWhere = `${where}.questions[${j}]`;
        return {
          code: text(question, 'code', questionWhere),
          text: localized(question, questionWhere),
          required: optionalBoolean(question, 'required', questionWhere) ?? false,
        };
      }),
      publishedApplicationsReceived: optionalInteger(statistics, 'applicationsReceived', statisticsWhere),
      publishedProposalsReceived: optionalInteger(statistics, 'proposalsReceived', statisticsWhere),
      publishedGrantsAwarded: optionalInteger(statistics, 'grantsAwarded', statisticsWhere),
      publishedTotalAwarded: optionalAmount(statistics, 'totalAwardedEur', statisticsWhere),
      statisticsSources:
        call.publishedStatistics === undefined ? [] : sourceKeys(statistics, statisticsWhere),
    };
  });
}

/**
 * Reads a list of grants. Each municipality code must be listed, under the Finnish name the file gives
 * beside it: a code that exists but names another municipality is a typo too.
 */
function readAwards(json: unknown, source: string, finnishNames: Map<string, string>): AwardListData {
  const file = object(json, source);
  const decisionDate = text(file, 'decisionDate', source);
  if (!isDate(decisionDate)) fail(`${source} decisionDate`, 'a date YYYY-MM-DD');
  const awards = list(file, 'awards', source).map((value, i) => {
    const award = object(value, `${source} awards[${i}]`);
    const where = `${source} award ${String(award.no)}`;
    const leadCode = text(award, 'leadCode', where);
    const knownMemberCodes = textList(award, 'knownMemberCodes', where);
    const knownMembers = textList(award, 'knownMembers', where);
    if (knownMembers.length !== knownMemberCodes.length)
      fail(where, 'as many knownMembers as knownMemberCodes');
    const named: [string, string][] = [
      [leadCode, text(award, 'leadFi', where)],
      ...knownMemberCodes.map((code, j): [string, string] => [code, knownMembers[j]]),
    ];
    checkNamed(named, where, finnishNames);
    return {
      no: integer(award, 'no', where),
      leadAsPrinted: text(award, 'leadAsPrinted', where),
      leadCode,
      titleOriginal: optionalText(award, 'titleOriginal', where),
      titleSv: optionalText(award, 'titleSv', where),
      amount: optionalAmount(award, 'amountEur', where) ?? fail(`${where}.amountEur`, 'an amount'),
      knownMemberCodes,
    };
  });
  unique(awards, (award) => String(award.no), `${source} award no.`);
  return {
    callKey: String(integer(file, 'call', source)),
    decisionDate,
    sources: sourceKeys(file, source),
    awards,
  };
}

/** Checks that each code is listed, under the Finnish name the file gives beside it. */
function checkNamed(named: [string, string][], where: string, finnishNames: Map<string, string>): void {
  for (const [code, name] of named) {
    const listed = finnishNames.get(code);
    if (listed === undefined)
      throw new SeedDataError(`${where} names municipality ${code}, which is not listed`);
    if (listed !== name)
      throw new SeedDataError(`${where} calls municipality ${code} ${name}; it is listed as ${listed}`);
  }
}

/** Reads a list of grants published without what an award needs (decisions-2018.json). */
function readDecisions(
  json: unknown,
  source: string,
  finnishNames: Map<string, string>,
): PublishedDecisionListData {
  const file = object(json, source);
  const decisionDate = text(file, 'decisionDate', source);
  if (!isDate(decisionDate)) fail(`${source} decisionDate`, 'a date YYYY-MM-DD');
  const decisions = list(file, 'decisions', source).map((value, i) => {
    const decision = object(value, `${source} decisions[${i}]`);
    const where = `${source} decision ${String(decision.no)}`;
    const recipients = list(decision, 'recipients', where).map((recipient, j) =>
      object(recipient, `${where}.recipients[${j}]`),
    );
    const named = recipients.map((recipient, j): [string, string] => [
      text(recipient, 'code', `${where}.recipients[${j}]`),
      text(recipient, 'nameFi', `${where}.recipients[${j}]`),
    ]);
    if (named.length === 0) fail(`${where}.recipients`, 'at least one municipality');
    checkNamed(named, where, finnishNames);
    const recipientCodes = named.map(([code]) => code);
    unique(recipientCodes, (code) => code, `${where} recipient`);
    const leadCode = optionalText(decision, 'leadCode', where);
    if (leadCode !== null && leadCode !== recipientCodes[0])
      fail(`${where}.leadCode`, 'the first of its recipients, or null');
    return {
      no: integer(decision, 'no', where),
      asPrinted: text(decision, 'asPrinted', where),
      leadCode,
      recipientCodes,
      amount: optionalAmount(decision, 'amountEur', where),
    };
  });
  unique(decisions, (decision) => String(decision.no), `${source} decision no.`);
  return {
    callKey: String(integer(file, 'call', source)),
    decisionDate,
    sources: sourceKeys(file, source),
    conditions: list(file, 'conditions', source).map((condition, i) =>
      localized(object(condition, `${source} conditions[${i}]`), `${source} conditions[${i}]`),
    ),
    decisions,
  };
}

/** Checks the references between and within the files, so that a typo fails here and not in SQL. */
function checkReferences(data: SeedData): void {
  unique(data.regions, (region) => region.code, 'Region');
  unique(data.municipalities, (municipality) => municipality.code, 'Municipality');
  unique(data.calls, (call) => call.key, 'Call');
  const regions = new Set(data.regions.map((region) => region.code));
  for (const municipality of data.municipalities) {
    if (!regions.has(municipality.regionCode)) {
      throw new SeedDataError(
        `Municipality ${municipality.code} is in region ${municipality.regionCode}, which is not listed`,
      );
    }
  }
  for (const call of data.calls) {
    unique(call.themes, (theme) => theme.code, `Call ${call.key} theme`);
    unique(call.criteria, (criterion) => criterion.code, `Call ${call.key} criterion`);
    unique(call.questions, (question) => question.code, `Call ${call.key} question`);
  }
  for (const list of [...data.awardLists, ...data.decisionLists]) {
    if (!data.calls.some((call) => call.key === list.callKey)) {
      throw new SeedDataError(`A grant list names call ${list.callKey}, which is not in calls.json`);
    }
  }
  unique(data.sources, (source) => source.key, 'Source');
  const sources = new Set(data.sources.map((source) => source.key));
  const cited: [string, string[]][] = [
    ...data.calls.flatMap((call): [string, string[]][] => [
      [`Call ${call.key}`, call.sources],
      [`The published figures of call ${call.key}`, call.statisticsSources],
    ]),
    ...data.awardLists.map((list): [string, string[]] => [
      `The grants of call ${list.callKey}`,
      list.sources,
    ]),
    ...data.decisionLists.map((list): [string, string[]] => [
      `The published decisions of call ${list.callKey}`,
      list.sources,
    ]),
  ];
  for (const [what, keys] of cited) {
    for (const key of keys) {
      if (!sources.has(key))
        throw new SeedDataError(`${what} cites source ${key}, which is not in sources.json`);
    }
  }
}

/** Reads, parses and checks every data file; throws a SeedDataError naming the first problem. */
export async function loadSeedData(directory: string = seedDataDirectory): Promise<SeedData> {
  const read = (file: string) => readFile(path.join(directory, file), 'utf8');
  const [sources, regions, municipalities, businessIds, calls, awards2020, decisions2018] = await Promise.all(
    [
      read('sources.json'),
      read('regions.csv'),
      read('municipalities.csv'),
      read('business-ids.csv'),
      read('calls.json'),
      read('awards-2020.json'),
      read('decisions-2018.json'),
    ],
  );
  const parseJson = (textValue: string, source: string): unknown => {
    try {
      return JSON.parse(textValue);
    } catch (error) {
      throw new SeedDataError(`${source} is not valid JSON: ${(error as Error).message}`);
    }
  };
  const businessIdRows = readBusinessIds(businessIds);
  const municipalityData = readMunicipalities(municipalities, businessIdRows);
  const unknownCode = [...businessIdRows.keys()].find(
    (code) => !municipalityData.some((municipality) => municipality.code === code),
  );
  if (unknownCode)
    throw new SeedDataError(`business-ids.csv names municipality ${unknownCode}, which is not known`);
  const finnishNames = new Map(
    municipalityData.map((municipality) => [municipality.code, municipality.nameFi]),
  );
  const data: SeedData = {
    sources: readSources(parseJson(sources, 'sources.json')),
    regions: readRegions(regions),
    municipalities: municipalityData,
    calls: readCalls(parseJson(calls, 'calls.json')),
    awardLists: [readAwards(parseJson(awards2020, 'awards-2020.json'), 'awards-2020.json', finnishNames)],
    decisionLists: [
      readDecisions(parseJson(decisions2018, 'decisions-2018.json'), 'decisions-2018.json', finnishNames),
    ],
  };
  checkReferences(data);
  for (const source of data.sources) {
    await access(path.join(directory, source.file)).catch(() => {
      throw new SeedDataError(`Source ${source.key}: its copy ${source.file} is missing`);
    });
  }
  return data;
}
