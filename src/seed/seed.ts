import {
  type DataSource,
  type EntityManager,
  type EntityTarget,
  type FindOptionsWhere,
  In,
  type ObjectLiteral,
  type QueryDeepPartialEntity,
} from 'typeorm';
import { stableId } from '../common/ids';
import { LocalizedText } from '../common/localized-text';
import { searchKey } from '../common/search';
import { helsinkiWallClockToInstant, PROGRAMME_TIME_ZONE } from '../common/time-zone';
import { Application } from '../modules/application/application.entity';
import { ApplicationStatus } from '../modules/application/application-status';
import { recordSubmissionsOnRecord } from '../modules/application/first-submission';
import { retallied } from '../modules/application/funding-tallies';
import { Award } from '../modules/award/award.entity';
import { AwardSource } from '../modules/award/award-source.entity';
import type { termsFromApplication } from '../modules/award/grant-terms';
import {
  PublishedDecision,
  PublishedDecisionRecipient,
  PublishedDecisionSource,
} from '../modules/award/published-decision.entity';
import { Call, CallCondition, CallState, Criterion, Question, Theme } from '../modules/call/call.entity';
import { CallSource, CallSourceSubject } from '../modules/call/call-source.entity';
import { Consortium, ConsortiumMember, ConsortiumRole } from '../modules/consortium/consortium.entity';
import { Municipality, MunicipalityPopulation } from '../modules/municipality/municipality.entity';
import { Region } from '../modules/region/region.entity';
import { Source } from '../modules/source/source.entity';
import {
  type AwardListData,
  type CallData,
  type GivenLanguages,
  loadSeedData,
  type PublishedDecisionListData,
  type SeedData,
  type SourceData,
} from './seed-data';

/** What one table's seeding did. */
export interface TableCounts {
  /** Rows in the data files. */
  rows: number;
  inserted: number;
  updated: number;
}

/** The tables the seed fills, in the order it fills them. */
export type SeedTable =
  | 'regions'
  | 'municipalities'
  | 'municipalityPopulations'
  | 'sources'
  | 'calls'
  | 'callSources'
  | 'themes'
  | 'criteria'
  | 'questions'
  | 'conditions'
  | 'consortia'
  | 'consortiumMembers'
  | 'applications'
  | 'awards'
  | 'awardSources'
  | 'publishedDecisions'
  | 'publishedDecisionRecipients'
  | 'publishedDecisionSources';

export type SeedSummary = Record<SeedTable, TableCounts>;

/** Largest share of a project's eligible costs a grant may cover: government decree 893/2019 § 4. */
const MAX_GRANT_SHARE = 0.85;

/** Columns the upsert keeps itself: set on insert, and updatedAt / version moved on by a change. */
type Managed = 'createdAt' | 'updatedAt' | 'version';

/** A row as the seed writes it: texts may carry only the languages the files give (see sameValue). */
type SeedRow<T> = { [K in keyof T]: T[K] extends LocalizedText ? GivenLanguages : T[K] };

/** True when the database holds no seeded reference data yet (no regions). */
export async function isDatabaseEmpty(dataSource: DataSource): Promise<boolean> {
  return !(await dataSource.getRepository(Region).exists());
}

/**
 * Loads the data files into the database in one transaction. Every row has a fixed primary key (a code, or
 * a stableId), so a second run inserts nothing; a row whose file values changed is updated. Columns the
 * files say nothing about (an application's budget) are only defaulted on insert, and of a call's
 * description and notes only the languages the files give are written, so what an administrator adds to a
 * seeded row (an English description) survives a re-seed.
 *
 * @param now the createdAt / updatedAt of rows this run inserts or changes
 * @throws SeedDataError before the transaction starts when a data file is malformed
 */
export async function seedDatabase(dataSource: DataSource, now: Date = new Date()): Promise<SeedSummary> {
  const data = await loadSeedData();
  return dataSource.transaction(async (manager) => {
    const upsert = <T extends ObjectLiteral>(target: EntityTarget<T>, rows: Partial<SeedRow<T>>[]) =>
      upsertByPrimaryKey(manager, target, rows, now);
    const grants = grantRows(data);
    const decisions = publishedDecisionRows(data);
    const reference = {
      regions: await upsert(Region, data.regions.map(regionRow)),
      municipalities: await upsert(Municipality, data.municipalities.map(municipalityRow)),
      municipalityPopulations: await upsert(MunicipalityPopulation, populationRows(data)),
      sources: await upsert(Source, data.sources.map(sourceRow)),
      calls: await upsert(Call, data.calls.map(callRow)),
      callSources: await upsert(CallSource, data.calls.flatMap(callSourceRows)),
      themes: await upsert(Theme, data.calls.flatMap(themeRows)),
      criteria: await upsert(Criterion, data.calls.flatMap(criterionRows)),
      questions: await upsert(Question, data.calls.flatMap(questionRows)),
      conditions: await upsert(CallCondition, data.calls.flatMap(conditionRows)),
    };
    // The grants move the call and funding statistics: recounted for the seeded calls as they change.
    const seededCalls = { callIds: data.calls.map((call) => callId(call.key)) };
    const grantTables = await retallied(manager, seededCalls, async () => ({
      consortia: await upsert(Consortium, grants.consortia),
      consortiumMembers: await upsert(ConsortiumMember, grants.members),
      applications: await upsert(Application, grants.applications),
      awards: await upsert(Award, grants.awards),
      awardSources: await upsert(AwardSource, grants.awardSources),
      publishedDecisions: await upsert(PublishedDecision, decisions.decisions),
      publishedDecisionRecipients: await upsert(PublishedDecisionRecipient, decisions.recipients),
      publishedDecisionSources: await upsert(PublishedDecisionSource, decisions.sources),
    }));
    // The awarded grants were submitted: their calls' rules and consortia's members are fixed.
    await recordSubmissionsOnRecord(manager);
    return { ...reference, ...grantTables };
  });
}

function regionRow(region: SeedData['regions'][number]): Region {
  return { code: region.code, name: LocalizedText.of(region.name) };
}

function municipalityRow(municipality: SeedData['municipalities'][number]): Omit<Municipality, 'validFrom'> {
  const latest = municipality.populations.at(-1);
  return {
    code: municipality.code,
    name: LocalizedText.of({ fi: municipality.nameFi, sv: municipality.nameSv }),
    genitiveFi: municipality.genitiveFi,
    businessId: municipality.businessId,
    businessIdConfidence: municipality.businessIdConfidence,
    searchText: searchKey(`${municipality.nameFi} ${municipality.nameSv}`),
    kind: municipality.kind,
    regionCode: municipality.regionCode,
    // Honkajoki has no figure after its merger; its last one (2019) stands, with its year.
    population: latest?.population ?? null,
    populationYear: latest?.year ?? null,
    validTo: municipality.validTo,
  };
}

function populationRows(data: SeedData): MunicipalityPopulation[] {
  return data.municipalities.flatMap((municipality) =>
    municipality.populations.map((entry) => ({ municipalityCode: municipality.code, ...entry })),
  );
}

const sourceId = (key: string) => stableId('source', key);

function sourceRow(source: SourceData): Source {
  return {
    id: sourceId(source.key),
    key: source.key,
    kind: source.kind,
    title: LocalizedText.of({ [source.language.toLowerCase()]: source.title }),
    publisher: LocalizedText.of(source.publisher),
    language: source.language,
    publishedOn: source.publishedOn,
    publishedAt: source.publishedAt,
    url: source.url,
  };
}

const callId = (key: string) => stableId('call', key);

/** The grant terms (reportDueMonths …) are not in the data: defaulted on insert, an administrator's to set. */
type GrantTerms = 'reportDueMonths' | 'interimReportDue' | 'latestProjectEnd';

function callRow(
  call: CallData,
): SeedRow<Omit<Call, Managed | 'referenceSequence' | 'firstSubmittedAt' | GrantTerms>> {
  return {
    id: callId(call.key),
    key: call.key,
    year: call.year,
    stage: call.stage,
    state: call.decisionDate ? CallState.DECIDED : CallState.PUBLISHED,
    title: LocalizedText.of(call.title),
    description: call.description,
    appropriation: call.appropriation,
    opensAt: call.opensAt,
    closesAt: call.closesAt,
    closingTimePublished: call.closingTimePublished,
    timeZone: PROGRAMME_TIME_ZONE,
    decisionDate: call.decisionDate,
    projectDeadline: call.projectDeadline,
    workshopDate: call.workshopDate,
    minMunicipalities: call.minMunicipalities,
    excludedSectorList: call.excludedSectors,
    requiresMaturityAssessment: call.requiresMaturityAssessment,
    maxGrantShare: MAX_GRANT_SHARE,
    notes: call.notes,
    // 2019-1 is not the application stage of 2019-2: that call came later and is not in the data.
    proposalCallId: null,
    publishedApplicationsReceived: call.publishedApplicationsReceived,
    publishedProposalsReceived: call.publishedProposalsReceived,
    publishedGrantsAwarded: call.publishedGrantsAwarded,
    publishedTotalAwarded: call.publishedTotalAwarded,
    // The data gives no publication day; a call was public at the latest when it opened.
    publishedAt: call.opensAt ?? helsinkiWallClockToInstant(`${call.year}-01-01T00:00`),
  };
}

function callSourceRows(call: CallData): CallSource[] {
  const cite = (subject: CallSourceSubject, keys: string[]) =>
    keys.map((key, position) => ({
      id: stableId('call-source', `${call.key}:${subject}:${key}`),
      callId: callId(call.key),
      subject,
      sourceId: sourceId(key),
      position,
    }));
  return [
    ...cite(CallSourceSubject.CALL, call.sources),
    ...cite(CallSourceSubject.PUBLISHED_STATISTICS, call.statisticsSources),
  ];
}

function themeRows(call: CallData): Theme[] {
  return call.themes.map((theme, position) => ({
    id: stableId('theme', `${call.key}:${theme.code}`),
    callId: callId(call.key),
    code: theme.code,
    title: LocalizedText.of(theme.title),
    examples: theme.examples,
    position,
  }));
}

function criterionRows(call: CallData): Criterion[] {
  return call.criteria.map((criterion, position) => ({
    id: stableId('criterion', `${call.key}:${criterion.code}`),
    callId: callId(call.key),
    code: criterion.code,
    title: LocalizedText.of(criterion.title),
    weight: 1,
    minScore: 0,
    maxScore: 5,
    position,
  }));
}

function questionRows(call: CallData): Question[] {
  return call.questions.map((question, position) => ({
    id: stableId('question', `${call.key}:${question.code}`),
    callId: callId(call.key),
    code: question.code,
    text: LocalizedText.of(question.text),
    required: question.required,
    maxLength: null,
    position,
  }));
}

function conditionRows(call: CallData): CallCondition[] {
  return call.conditions.map((condition, position) => ({
    id: stableId('condition', `${call.key}:${position}`),
    callId: callId(call.key),
    text: LocalizedText.of(condition),
    position,
  }));
}

interface GrantRows {
  consortia: Omit<Consortium, Managed | 'createdById' | 'firstSubmittedAt'>[];
  members: ConsortiumMember[];
  applications: Pick<
    Application,
    'id' | 'callId' | 'consortiumId' | 'projectName' | 'requestedAmount' | 'status'
  >[];
  // The published lists give no project period nor budget: those of the seeded awards stay null.
  awards: Omit<
    Award,
    Managed | 'decisionNumber' | 'conditions' | keyof ReturnType<typeof termsFromApplication>
  >[];
  awardSources: AwardSource[];
}

/** The published grant lists as consortia, awarded applications and awards, in each list's order. */
function grantRows(data: SeedData): GrantRows {
  const rows: GrantRows = { consortia: [], members: [], applications: [], awards: [], awardSources: [] };
  for (const awardList of data.awardLists) {
    const call = data.calls.find((candidate) => candidate.key === awardList.callKey)!;
    addGrantRows(rows, awardList, call);
  }
  return rows;
}

const awardKey = (callKey: string, no: number) => `${callKey}:${no}`;

function addGrantRows(rows: GrantRows, awardList: AwardListData, call: CallData): void {
  for (const award of awardList.awards) {
    const key = awardKey(call.key, award.no);
    const consortiumId = stableId('consortium', key);
    const applicationId = stableId('application', key);
    rows.consortia.push({
      id: consortiumId,
      // One grant of 2020 has no name left in the release; the grantee and its place in the list stand in.
      name:
        award.titleOriginal ?? award.titleSv ?? `${award.leadAsPrinted}, ${call.key} grant no. ${award.no}`,
      leadCode: award.leadCode,
      partners: [],
    });
    const memberCodes = [award.leadCode, ...award.knownMemberCodes.filter((code) => code !== award.leadCode)];
    rows.members.push(
      ...memberCodes.map((code, position) => ({
        id: stableId('consortium-member', `${key}:${code}`),
        consortiumId,
        municipalityCode: code,
        role: position === 0 ? ConsortiumRole.LEAD : ConsortiumRole.MEMBER,
        position,
      })),
    );
    rows.applications.push({
      id: applicationId,
      callId: callId(call.key),
      consortiumId,
      projectName: LocalizedText.of({ fi: award.titleOriginal, sv: award.titleSv }),
      // The release gives only the granted maximum, not the request; the request is at least that much.
      requestedAmount: award.amount,
      status: ApplicationStatus.AWARDED,
    });
    rows.awards.push({
      id: stableId('award', key),
      applicationId,
      callId: callId(call.key),
      grantedAmount: award.amount,
      decisionDate: awardList.decisionDate,
      projectDeadline: call.projectDeadline,
      listPosition: award.no,
      ...Award.unpaid(),
    });
    rows.awardSources.push(
      ...awardList.sources.map((sourceKey, position) => ({
        id: stableId('award-source', `${key}:${sourceKey}`),
        awardId: stableId('award', key),
        sourceId: sourceId(sourceKey),
        position,
      })),
    );
  }
}

interface PublishedDecisionRows {
  decisions: Omit<PublishedDecision, Managed>[];
  recipients: PublishedDecisionRecipient[];
  sources: PublishedDecisionSource[];
}

/** One published grant, with the award recorded for it where there is one. */
interface PublishedGrant {
  callKey: string;
  decisionDate: string;
  no: number;
  asPrinted: string;
  leadCode: string | null;
  recipientCodes: string[];
  projectName: { fi: string | null; sv: string | null };
  amount: string | null;
  conditions: PublishedDecision['conditionList'];
  awardId: string | null;
  sources: string[];
}

/**
 * Every grant as published: the award lists (2020), each pointing at its award, and the lists published
 * without amounts (2018), which have no award.
 */
function publishedDecisionRows(data: SeedData): PublishedDecisionRows {
  const grants: PublishedGrant[] = [
    ...data.awardLists.flatMap((list) =>
      list.awards.map((award) => ({
        callKey: list.callKey,
        decisionDate: list.decisionDate,
        no: award.no,
        asPrinted: award.leadAsPrinted,
        leadCode: award.leadCode,
        recipientCodes: [award.leadCode, ...award.knownMemberCodes.filter((code) => code !== award.leadCode)],
        projectName: { fi: award.titleOriginal, sv: award.titleSv },
        amount: award.amount,
        conditions: [],
        awardId: stableId('award', awardKey(list.callKey, award.no)),
        sources: list.sources,
      })),
    ),
    ...data.decisionLists.flatMap((list: PublishedDecisionListData) =>
      list.decisions.map((decision) => ({
        callKey: list.callKey,
        decisionDate: list.decisionDate,
        no: decision.no,
        asPrinted: decision.asPrinted,
        leadCode: decision.leadCode,
        recipientCodes: decision.recipientCodes,
        projectName: { fi: null, sv: null },
        amount: decision.amount,
        conditions: list.conditions,
        awardId: null,
        sources: list.sources,
      })),
    ),
  ];
  const rows: PublishedDecisionRows = { decisions: [], recipients: [], sources: [] };
  for (const grant of grants) {
    const key = `${grant.callKey}:${grant.decisionDate}:${grant.no}`;
    const id = stableId('published-decision', key);
    rows.decisions.push({
      id,
      callId: callId(grant.callKey),
      decisionDate: grant.decisionDate,
      listPosition: grant.no,
      asPrinted: grant.asPrinted,
      leadCode: grant.leadCode,
      projectName: LocalizedText.of(grant.projectName),
      grantedAmount: grant.amount,
      conditionList: grant.conditions,
      awardId: grant.awardId,
    });
    rows.recipients.push(
      ...grant.recipientCodes.map((code, position) => ({
        id: stableId('published-decision-recipient', `${key}:${code}`),
        publishedDecisionId: id,
        municipalityCode: code,
        position,
      })),
    );
    rows.sources.push(
      ...grant.sources.map((sourceKey, position) => ({
        id: stableId('published-decision-source', `${key}:${sourceKey}`),
        publishedDecisionId: id,
        sourceId: sourceId(sourceKey),
        position,
      })),
    );
  }
  return rows;
}

/**
 * Inserts the rows that are missing and updates the ones whose values differ, matching on the primary key.
 * Only the properties a row carries are compared and written.
 */
async function upsertByPrimaryKey<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: Partial<SeedRow<T>>[],
  now: Date,
): Promise<TableCounts> {
  const metadata = manager.connection.getMetadata(target);
  const has = (property: Managed) => metadata.findColumnWithPropertyName(property) !== undefined;
  const keyOf = (row: ObjectLiteral) =>
    JSON.stringify(metadata.primaryColumns.map((column) => column.getEntityValue(row) as unknown));
  // Rows are found by the first key column only (a composite key's rest is matched in keyOf).
  const [first] = metadata.primaryColumns;
  const existing = new Map<string, T>();
  const firstValues = [...new Set(rows.map((row) => first.getEntityValue(row) as unknown))];
  for (const values of chunks(firstValues, 500)) {
    const where = { [first.propertyName]: In(values) } as FindOptionsWhere<T>;
    for (const row of await manager.find(target, { where })) existing.set(keyOf(row), row);
  }

  const inserts: ObjectLiteral[] = [];
  let updated = 0;
  for (const row of rows) {
    const current = existing.get(keyOf(row));
    if (!current) {
      inserts.push({
        ...row,
        ...(has('createdAt') && { createdAt: now }),
        ...(has('updatedAt') && { updatedAt: now }),
        ...(has('version') && { version: 1 }),
      });
      continue;
    }
    const changes: ObjectLiteral = Object.fromEntries(
      Object.entries(row).filter(([property, value]) => !sameValue(value, current[property])),
    );
    if (Object.keys(changes).length === 0) continue;
    if (has('updatedAt')) changes.updatedAt = now;
    if (has('version')) changes.version = (current.version as number) + 1;
    await manager.update(target, metadata.getEntityIdMap(current)!, changes as QueryDeepPartialEntity<T>);
    updated++;
  }
  for (const batch of chunks(inserts, 100))
    await manager.insert(target, batch as QueryDeepPartialEntity<T>[]);
  return { rows: rows.length, inserted: inserts.length, updated };
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/** A value as both engines read it back: instants as ISO text, objects without empty fields. */
function comparable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(comparable);
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => [key, comparable((value as ObjectLiteral)[key])] as const)
      .filter(([, item]) => item !== null);
    return entries.length === 0 ? null : Object.fromEntries(entries);
  }
  return value ?? null;
}

/**
 * Whether the database already holds what the seed gives. An object (an embedded text) is compared on the
 * properties the seed gives only: a language the files leave out is neither compared nor written.
 */
function sameValue(given: unknown, current: unknown): boolean {
  if (given !== null && typeof given === 'object' && !(given instanceof Date) && !Array.isArray(given)) {
    const held = (current ?? {}) as ObjectLiteral;
    return Object.entries(given).every(([property, value]) => sameValue(value, held[property]));
  }
  return JSON.stringify(comparable(given)) === JSON.stringify(comparable(current));
}
