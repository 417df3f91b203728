/**
 * `npm run db:synth -- --applications 100000 [--calls 24] [--seed 1]`: deterministic, realistic synthetic
 * data on the database DATABASE_URL names (SQLite by default), added to the seeded reference data.
 *
 * Calls over the years after the seeded ones (four a year from 2021; all decided but the last two, which
 * are closed and under review), consortia of real municipalities (a lead and up to four members, each
 * applying to several calls), applications in every status with answers, budgets and contacts, review
 * assignments and submitted evaluations with criterion scores, awards within each call's appropriation,
 * and the audit events the service would have written for each of those steps. Payments are not modelled
 * by the service yet, so there are none.
 *
 * The same `--seed` gives the same rows (ids, amounts, texts, instants) on every run and engine. Every
 * invariant the service relies on holds: reference numbers are each call's sequence (and the call's
 * `referenceSequence` is its last), statuses agree with evaluations and awards, only submitted
 * applications have reference numbers, awards never exceed the request nor, together, the appropriation,
 * the maintained funding tallies move with each call's rows, and each call and consortium records its first
 * submitted application's submission (`firstSubmittedAt`, as the submit mutation would). Rows go in as multi-row INSERTs, one
 * transaction per call. A database that already has them is refused.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { loadConfig } from '../src/config';
import { createDataSource } from '../src/database';
import { stableId } from '../src/common/ids';
import { LocalizedText } from '../src/common/localized-text';
import { helsinkiWallClockToInstant } from '../src/common/time-zone';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { ApplicationStatus } from '../src/modules/application/application-status';
import { Answer, Application } from '../src/modules/application/application.entity';
import { recordSubmissionsOnRecord } from '../src/modules/application/first-submission';
import { retallied } from '../src/modules/application/funding-tallies';
import { Award } from '../src/modules/award/award.entity';
import {
  Call,
  CallStage,
  CallState,
  Criterion,
  Question,
  Sector,
  Theme,
} from '../src/modules/call/call.entity';
import { Consortium, ConsortiumMember, ConsortiumRole } from '../src/modules/consortium/consortium.entity';
import {
  CriterionScore,
  Evaluation,
  EvaluationStatus,
  Recommendation,
  ReviewAssignment,
} from '../src/modules/evaluation/evaluation.entity';
import { Municipality } from '../src/modules/municipality/municipality.entity';
import { User } from '../src/modules/user/user.entity';
import { isDatabaseEmpty, seedDatabase } from '../src/seed/seed';

export interface SynthOptions {
  applications: number;
  /** Calls to spread them over, four a year from 2021. */
  calls: number;
  /** The PRNG's seed: the same seed, the same rows. */
  seed: number;
}

export interface SynthSummary {
  calls: number;
  consortia: number;
  applications: number;
  byStatus: Record<ApplicationStatus, number>;
  evaluations: number;
  awards: number;
  auditEvents: number;
  seconds: number;
}

/** Mulberry32: small, fast and the same everywhere. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number): number => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
  };
}
type Random = ReturnType<typeof prng>;

const DAY_MS = 86_400_000;
const REVIEWERS = 40;
const CALLS_OPEN_FOR_REVIEW = 2;
const SYNTH = 'synth';
const synthId = (kind: string, key: string) => stableId(`${SYNTH}-${kind}`, key);

const words = [
  'digitaalinen',
  'asiointi',
  'palvelu',
  'tiedonhallinta',
  'arkisto',
  'sähköinen',
  'päätöksenteko',
  'asukas',
  'alusta',
  'yhteiskäyttöinen',
  'hyvinvointi',
  'rakennettu ympäristö',
  'kirjasto',
  'opetus',
  'kehittäminen',
  'käyttöönotto',
  'integraatio',
  'avoin data',
  'tekoäly',
  'robotiikka',
];
const firstNames = ['Aino', 'Eero', 'Helmi', 'Juho', 'Kaisa', 'Lauri', 'Maija', 'Onni', 'Saara', 'Veikko'];
const lastNames = ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Hämäläinen', 'Laine', 'Heikkinen'];
const sectors = Object.values(Sector).filter((sector) => sector !== Sector.MATERIAL_DIGITISATION_ONLY);

const sentence = (random: Random, count: number): string => {
  const text = Array.from({ length: count }, () => random.pick(words)).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
};
/** Whole euros as an exact decimal string. */
const euros = (value: number): string => `${value}.00`;
const isoDate = (instant: Date): string => instant.toISOString().slice(0, 10);

/**
 * Multi-row INSERTs of entity rows, columns as the entity maps them (embedded texts, JSON, transformers),
 * within both engines' limits on bound parameters.
 */
async function insertRows<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: T[],
): Promise<void> {
  if (rows.length === 0) return;
  const { driver } = manager.connection;
  const metadata = manager.connection.getMetadata(target);
  // Generated columns (the sort keys an index holds) are the database's to fill.
  const columns = metadata.columns.filter((column) => !column.asExpression);
  const placeholders = `(${columns.map(() => '?').join(', ')})`;
  const head = `INSERT INTO ${driver.escape(metadata.tableName)} (${columns
    .map((column) => driver.escape(column.databaseName))
    .join(', ')}) VALUES `;
  const perStatement = Math.max(1, Math.floor(30_000 / columns.length));
  // In key order: each statement then appends to the table's primary key rather than splitting its pages.
  const sorted = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let start = 0; start < sorted.length; start += perStatement) {
    const chunk = sorted.slice(start, start + perStatement);
    const parameters: unknown[] = [];
    for (const row of chunk) {
      for (const column of columns) {
        parameters.push(driver.preparePersistentValue(column.getEntityValue(row) ?? null, column));
      }
    }
    await manager.query(head + chunk.map(() => placeholders).join(', '), parameters);
  }
}

/**
 * Ids of the rows' own instants (UUID version 7 layout: milliseconds, then random bits), so that each
 * table grows at its end as a real one does over the years, and loading is not a random walk through the
 * primary key. Drawn from their own generator, so that they do not shift the data's other choices.
 */
function timeOrderedIds(seed: number): (at: Date) => string {
  const random = prng(seed ^ 0x5bd1e995);
  const hex = (digits: number) =>
    Array.from({ length: digits }, () => Math.floor(random.next() * 16).toString(16)).join('');
  return (at) => {
    const time = at.getTime().toString(16).padStart(12, '0');
    const variant = (8 + Math.floor(random.next() * 4)).toString(16);
    return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
  };
}

/** Everything one call brings, written in one transaction. */
interface CallRows {
  idAt: (at: Date) => string;
  call: Call;
  themes: Theme[];
  criteria: Criterion[];
  questions: Question[];
  consortia: Consortium[];
  members: ConsortiumMember[];
  applications: Application[];
  answers: Answer[];
  assignments: ReviewAssignment[];
  evaluations: Evaluation[];
  scores: CriterionScore[];
  awards: Award[];
  audit: AuditEvent[];
}

interface World {
  random: Random;
  idAt: (at: Date) => string;
  municipalities: string[];
  reviewers: User[];
  admin: User;
  /** Consortia made so far: later calls draw on them too, as real ones apply again. */
  consortia: { id: string; codes: string[] }[];
}

function newConsortium(world: World, rows: CallRows, at: Date): { id: string; codes: string[] } {
  const { random } = world;
  const index = world.consortia.length;
  const size = random.next() < 0.35 ? 1 : random.int(2, 5);
  const codes: string[] = [];
  while (codes.length < size) {
    const code = random.pick(world.municipalities);
    if (!codes.includes(code)) codes.push(code);
  }
  const id = rows.idAt(at);
  rows.consortia.push(
    Object.assign(new Consortium(), {
      id,
      name: codes.length === 1 ? `Hanketiimi ${index}` : `Yhteishanke ${index}`,
      leadCode: codes[0],
      partners: random.next() < 0.2 ? [`Yritys ${random.int(1, 500)} Oy`] : [],
      createdById: null,
      version: 1,
      createdAt: at,
      updatedAt: at,
    }),
  );
  codes.forEach((code, position) =>
    rows.members.push(
      Object.assign(new ConsortiumMember(), {
        id: rows.idAt(at),
        consortiumId: id,
        municipalityCode: code,
        role: position === 0 ? ConsortiumRole.LEAD : ConsortiumRole.MEMBER,
        position,
      }),
    ),
  );
  const consortium = { id, codes };
  world.consortia.push(consortium);
  return consortium;
}

function auditEvent(
  rows: CallRows,
  at: Date,
  actorId: string | null,
  action: string,
  entityType: string,
  entityId: string,
  changes: Record<string, unknown>,
): void {
  rows.audit.push(
    Object.assign(new AuditEvent(), {
      id: rows.idAt(at),
      occurredAt: at,
      actorId,
      action,
      entityType,
      entityId,
      changes: JSON.stringify(changes),
    }),
  );
}

/** A status change of an application, with the audit event the service writes for it. */
function moveTo(
  rows: CallRows,
  application: Application,
  to: ApplicationStatus,
  at: Date,
  action: string,
  actorId: string | null,
): void {
  auditEvent(rows, at, actorId, action, 'Application', application.id, { status: [application.status, to] });
  application.status = to;
  application.updatedAt = at;
  application.version += 1;
}

/** The call's shape: four a year, quarterly windows of six weeks closing at 16:15 Helsinki time. */
function callOf(index: number, decided: boolean): Call {
  const year = 2021 + Math.floor(index / 4);
  const quarter = (index % 4) + 1;
  const month = String(quarter * 3 - 2).padStart(2, '0');
  const opensAt = helsinkiWallClockToInstant(`${year}-${month}-01T09:00`);
  const closesAt = helsinkiWallClockToInstant(`${isoDate(new Date(opensAt.getTime() + 42 * DAY_MS))}T16:15`);
  const key = `${year}-S${quarter}`;
  return Call.draft({
    id: synthId('call', key),
    key,
    year,
    stage: CallStage.APPLICATION,
    state: decided ? CallState.DECIDED : CallState.PUBLISHED,
    title: LocalizedText.of({
      fi: `Kuntien digitalisaation kannustinjärjestelmä ${year}, haku ${quarter}`,
      sv: `Incitamentsystemet för kommunernas digitalisering ${year}, ansökan ${quarter}`,
    }),
    description: LocalizedText.of({ fi: `Synteettinen haku ${key} suorituskykymittauksia varten.` }),
    opensAt,
    closesAt,
    decisionDate: decided ? isoDate(new Date(closesAt.getTime() + 90 * DAY_MS)) : null,
    projectDeadline: `${year + 2}-12-31`,
    minMunicipalities: 1,
    publishedAt: new Date(opensAt.getTime() - 14 * DAY_MS),
    createdAt: new Date(opensAt.getTime() - 30 * DAY_MS),
  });
}

function callLists(call: Call, random: Random): Pick<CallRows, 'themes' | 'criteria' | 'questions'> {
  return {
    themes: ['ASIOINTI', 'TIEDONHALLINTA', 'PAATOKSENTEKO', 'OSAAMINEN'].map((code, position) =>
      Object.assign(new Theme(), {
        id: synthId('theme', `${call.key}:${code}`),
        callId: call.id,
        code,
        title: LocalizedText.of({ fi: sentence(random, 3), sv: null, en: null }),
        examples: [sentence(random, 4)],
        position,
      }),
    ),
    criteria: ['VAIKUTTAVUUS', 'TOTEUTETTAVUUS', 'YHTEISTYO', 'KUSTANNUKSET'].map((code, position) =>
      Object.assign(new Criterion(), {
        id: synthId('criterion', `${call.key}:${code}`),
        callId: call.id,
        code,
        title: LocalizedText.of({ fi: sentence(random, 3) }),
        weight: 1,
        minScore: 0,
        maxScore: 5,
        position,
      }),
    ),
    questions: ['TAVOITE', 'TOTEUTUS', 'HYODYT'].map((code, position) =>
      Object.assign(new Question(), {
        id: synthId('question', `${call.key}:${code}`),
        callId: call.id,
        code,
        text: LocalizedText.of({ fi: sentence(random, 5) }),
        required: true,
        maxLength: null,
        position,
      }),
    ),
  };
}

/** What happens to one application, drawn once; awards are settled against the appropriation after. */
type Fate = 'draft' | 'withdrawnDraft' | 'withdrawn' | 'screenedOut' | 'reviewed' | 'submitted' | 'inReview';

function fateOf(random: Random, decided: boolean): Fate {
  const r = random.next();
  if (r < 0.06) return 'draft';
  if (r < 0.08) return 'withdrawnDraft';
  if (r < 0.1) return 'withdrawn';
  if (decided) return r < 0.42 ? 'reviewed' : 'screenedOut';
  return r < 0.5 ? 'submitted' : 'inReview';
}

function synthesizeCall(
  world: World,
  index: number,
  decided: boolean,
  count: number,
  firstApplication: number,
): CallRows {
  const { random } = world;
  const call = callOf(index, decided);
  const rows: CallRows = {
    idAt: world.idAt,
    call,
    ...callLists(call, random),
    consortia: [],
    members: [],
    applications: [],
    answers: [],
    assignments: [],
    evaluations: [],
    scores: [],
    awards: [],
    audit: [],
  };
  const opensAt = call.opensAt!.getTime();
  const window = call.closesAt!.getTime() - opensAt;
  const decisionAt = decided ? helsinkiWallClockToInstant(`${call.decisionDate}T12:00`) : null;
  const reviewStart = new Date(call.closesAt!.getTime() + 7 * DAY_MS);
  /** Candidates for a grant: reviewed and recommended; the appropriation decides how many get one. */
  const candidates: { application: Application; granted: number }[] = [];

  for (let i = 0; i < count; i++) {
    const n = firstApplication + i;
    const consortium =
      world.consortia.length > 0 && random.next() < 0.6
        ? random.pick(world.consortia)
        : newConsortium(world, rows, new Date(opensAt - random.int(1, 60) * DAY_MS));
    const createdAt = new Date(opensAt + Math.floor(random.next() * window * 0.8));
    const submittedAt = new Date(
      createdAt.getTime() + Math.floor(random.next() * (call.closesAt!.getTime() - createdAt.getTime())),
    );
    const totalBudget = random.int(300, 5000) * 100;
    const requested = Math.floor((totalBudget * 0.85 * (0.6 + 0.4 * random.next())) / 100) * 100;
    const staff = Math.floor((totalBudget * 0.5) / 100) * 100;
    const services = Math.floor((totalBudget * 0.3) / 100) * 100;
    const travel = Math.floor((totalBudget * 0.05) / 100) * 100;
    const contact = `${random.pick(firstNames)} ${random.pick(lastNames)}`;
    const application = Application.draft({
      id: rows.idAt(createdAt),
      callId: call.id,
      consortiumId: consortium.id,
      createdById: null,
      createdAt,
      themeId: random.pick(rows.themes).id,
      sector: random.pick(sectors),
      projectName: LocalizedText.of({ fi: `${sentence(random, 3).slice(0, -1)} ${n}` }),
      summary: sentence(random, 20),
      requestedAmount: euros(requested),
      budgetStaff: euros(staff),
      budgetTravel: euros(travel),
      budgetPremises: euros(0),
      budgetPurchasedServices: euros(services),
      budgetOther: euros(totalBudget - staff - services - travel),
      totalBudget: euros(totalBudget),
      projectStart: isoDate(new Date(call.closesAt!.getTime() + 120 * DAY_MS)),
      projectEnd: call.projectDeadline,
      contactName: contact,
      contactEmail: `${contact.toLowerCase().replace(/[^a-z]+/g, '.')}@kunta${consortium.codes[0]}.example.fi`,
      contactPhone: `+358 40 ${random.int(1000000, 9999999)}`,
    });
    rows.applications.push(application);
    auditEvent(rows, createdAt, null, 'createApplication', 'Application', application.id, {
      callId: [null, call.id],
      consortiumId: [null, consortium.id],
      requestedAmount: [null, application.requestedAmount],
    });

    const fate = fateOf(random, decided);
    if (fate === 'draft') continue;
    if (fate === 'withdrawnDraft') {
      application.status = ApplicationStatus.WITHDRAWN;
      auditEvent(rows, submittedAt, null, 'withdrawApplication', 'Application', application.id, {
        status: [ApplicationStatus.DRAFT, ApplicationStatus.WITHDRAWN],
      });
      continue;
    }
    call.referenceSequence += 1;
    application.referenceNumber = `${call.key}-${String(call.referenceSequence).padStart(4, '0')}`;
    application.status = ApplicationStatus.SUBMITTED;
    application.submittedAt = submittedAt;
    application.updatedAt = submittedAt;
    application.version += 1;
    auditEvent(rows, submittedAt, null, 'submitApplication', 'Application', application.id, {
      status: [ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED],
      submittedAt: [null, submittedAt.toISOString()],
      referenceNumber: [null, application.referenceNumber],
    });
    rows.questions.forEach((question) =>
      rows.answers.push(
        Object.assign(new Answer(), {
          id: rows.idAt(submittedAt),
          applicationId: application.id,
          questionId: question.id,
          text: sentence(random, random.int(8, 30)),
        }),
      ),
    );
    const move = (to: ApplicationStatus, at: Date, action: string, actorId: string | null) =>
      moveTo(rows, application, to, at, action, actorId);
    if (fate === 'withdrawn') {
      move(
        ApplicationStatus.WITHDRAWN,
        new Date(submittedAt.getTime() + DAY_MS),
        'withdrawApplication',
        null,
      );
      continue;
    }
    if (fate === 'submitted') continue;
    if (fate === 'screenedOut') {
      application.rejectionReason = 'Hanke ei täytä haun ehtoja.';
      move(ApplicationStatus.REJECTED, decisionAt!, 'rejectApplication', world.admin.id);
      continue;
    }
    // Under review: two reviewers, each assigned and scoring every criterion.
    const at = new Date(reviewStart.getTime() + random.int(0, 14) * DAY_MS);
    move(ApplicationStatus.UNDER_REVIEW, at, 'startReview', world.admin.id);
    const first = random.int(0, REVIEWERS - 1);
    const reviewers = [
      world.reviewers[first],
      world.reviewers[(first + random.int(1, REVIEWERS - 1)) % REVIEWERS],
    ];
    let scoreSum = 0;
    reviewers.forEach((reviewer) => {
      const submitted = decided || random.next() < 0.5;
      rows.assignments.push(
        Object.assign(new ReviewAssignment(), {
          id: rows.idAt(at),
          applicationId: application.id,
          reviewerId: reviewer.id,
          assignedById: world.admin.id,
          assignedAt: at,
          endedAt: null,
          endReason: null,
          conflictDeclaration: null,
        }),
      );
      const evaluationId = rows.idAt(at);
      const scores = rows.criteria.map((criterion) => {
        const score = random.int(criterion.minScore, criterion.maxScore);
        scoreSum += score;
        return Object.assign(new CriterionScore(), {
          id: rows.idAt(at),
          evaluationId,
          criterionId: criterion.id,
          score,
          comment: null,
        });
      });
      rows.scores.push(...scores);
      const mean = scores.reduce((sum, s) => sum + s.score, 0) / scores.length;
      const recommendation =
        mean >= 3.5
          ? Recommendation.FUND
          : mean >= 2.5
            ? Recommendation.FUND_PARTIALLY
            : Recommendation.REJECT;
      const scoredAt = new Date(at.getTime() + random.int(1, 20) * DAY_MS);
      rows.evaluations.push(
        Object.assign(new Evaluation(), {
          id: evaluationId,
          applicationId: application.id,
          reviewerId: reviewer.id,
          comment: sentence(random, 8),
          recommendation,
          recommendedAmount:
            recommendation === Recommendation.REJECT
              ? null
              : euros(recommendation === Recommendation.FUND ? requested : Math.floor(requested / 200) * 100),
          status: submitted ? EvaluationStatus.SUBMITTED : EvaluationStatus.DRAFT,
          submittedAt: submitted ? scoredAt : null,
          version: submitted ? 2 : 1,
          createdAt: at,
          updatedAt: submitted ? scoredAt : at,
        }),
      );
      auditEvent(rows, scoredAt, reviewer.id, 'saveEvaluation', 'Evaluation', evaluationId, {
        scores: [null, scores.map((s) => s.score)],
      });
      if (submitted) {
        auditEvent(rows, scoredAt, reviewer.id, 'submitEvaluation', 'Evaluation', evaluationId, {
          status: [EvaluationStatus.DRAFT, EvaluationStatus.SUBMITTED],
        });
      }
    });
    if (fate === 'inReview') continue;
    // The best-scored reviewed applications are candidates for a grant (about one in five).
    const mean = scoreSum / (2 * rows.criteria.length);
    if (mean >= 3) {
      candidates.push({
        application,
        granted: Math.floor((requested * (0.7 + 0.3 * random.next())) / 100) * 100,
      });
    } else {
      application.rejectionReason = 'Hanke ei menestynyt arvioinnissa.';
      move(ApplicationStatus.REJECTED, decisionAt!, 'rejectApplication', world.admin.id);
    }
  }

  // The appropriation is about nine tenths of what the candidates would get: the best are funded while
  // it lasts, the rest rejected, so awards never exceed it.
  if (decided) {
    const wanted = candidates.reduce((sum, candidate) => sum + candidate.granted, 0);
    const appropriation = Math.max(100_000, Math.ceil((wanted * 0.9) / 100_000) * 100_000);
    call.appropriation = euros(appropriation);
    let left = appropriation;
    for (const { application, granted } of candidates) {
      if (granted > left) {
        application.rejectionReason = 'Määräraha ei riittänyt.';
        moveTo(
          rows,
          application,
          ApplicationStatus.REJECTED,
          decisionAt!,
          'rejectApplication',
          world.admin.id,
        );
        continue;
      }
      left -= granted;
      const award = Object.assign(new Award(), {
        id: rows.idAt(decisionAt!),
        applicationId: application.id,
        callId: call.id,
        grantedAmount: euros(granted),
        decisionDate: call.decisionDate!,
        decisionNumber: `VN/${call.year}/${rows.awards.length + 1}`,
        conditions: null,
        projectDeadline: call.projectDeadline,
        listPosition: rows.awards.length + 1,
        createdAt: decisionAt!,
        ...Award.unpaid(),
      });
      rows.awards.push(award);
      moveTo(rows, application, ApplicationStatus.AWARDED, decisionAt!, 'decideAward', world.admin.id);
    }
  } else {
    call.appropriation = euros(random.int(40, 80) * 100_000);
  }
  return rows;
}

function synthUser(key: string, roles: string[], at: Date): User {
  return Object.assign(new User(), {
    id: synthId('user', key),
    subject: `${SYNTH}|${key}`,
    name: key,
    roles,
    municipalityCodes: [],
    createdAt: at,
    lastSeenAt: at,
  });
}

/** Whether the database has the synthetic data already (its first call, whose id every seed shares). */
export const hasSyntheticData = (dataSource: DataSource): Promise<boolean> =>
  dataSource.getRepository(Call).existsBy({ id: callOf(0, true).id });

/** Adds the synthetic data to a migrated and seeded database; see the top of this file. */
export async function synthesize(dataSource: DataSource, options: SynthOptions): Promise<SynthSummary> {
  const started = performance.now();
  const random = prng(options.seed);
  if (await hasSyntheticData(dataSource)) {
    throw new Error('This database has synthetic data already; synthesize into a fresh one');
  }
  const municipalities = (
    await dataSource.getRepository(Municipality).find({ select: { code: true, validTo: true } })
  )
    .filter((municipality) => municipality.validTo === null)
    .map((municipality) => municipality.code)
    .sort();
  const since = new Date('2020-12-01T00:00:00Z');
  const world: World = {
    random,
    idAt: timeOrderedIds(options.seed),
    municipalities,
    admin: synthUser('admin', ['admin'], since),
    reviewers: Array.from({ length: REVIEWERS }, (_, i) => synthUser(`reviewer-${i}`, ['reviewer'], since)),
    consortia: [],
  };
  await dataSource.transaction((manager) => insertRows(manager, User, [world.admin, ...world.reviewers]));

  const summary: SynthSummary = {
    calls: options.calls,
    consortia: 0,
    applications: 0,
    byStatus: Object.fromEntries(
      Object.values(ApplicationStatus).map((s) => [s, 0]),
    ) as SynthSummary['byStatus'],
    evaluations: 0,
    awards: 0,
    auditEvents: 0,
    seconds: 0,
  };
  for (let index = 0; index < options.calls; index++) {
    const first = Math.floor((options.applications * index) / options.calls);
    const next = Math.floor((options.applications * (index + 1)) / options.calls);
    const decided = index < options.calls - CALLS_OPEN_FOR_REVIEW;
    const rows = synthesizeCall(world, index, decided, next - first, first);
    // Through the tallies, as every write of applications and awards goes: statistics read them.
    await dataSource.transaction((manager) =>
      retallied(manager, { callIds: [rows.call.id] }, async () => {
        await insertRows(manager, Call, [rows.call]);
        await insertRows(manager, Theme, rows.themes);
        await insertRows(manager, Criterion, rows.criteria);
        await insertRows(manager, Question, rows.questions);
        await insertRows(manager, Consortium, rows.consortia);
        await insertRows(manager, ConsortiumMember, rows.members);
        await insertRows(manager, Application, rows.applications);
        // Calls come in time order, so a consortium's first submission is in the earliest call it has one.
        await recordSubmissionsOnRecord(manager);
        await insertRows(manager, Answer, rows.answers);
        await insertRows(manager, ReviewAssignment, rows.assignments);
        await insertRows(manager, Evaluation, rows.evaluations);
        await insertRows(manager, CriterionScore, rows.scores);
        await insertRows(manager, Award, rows.awards);
        await insertRows(manager, AuditEvent, rows.audit);
      }),
    );
    summary.consortia += rows.consortia.length;
    summary.applications += rows.applications.length;
    for (const application of rows.applications) summary.byStatus[application.status] += 1;
    summary.evaluations += rows.evaluations.length;
    summary.awards += rows.awards.length;
    summary.auditEvents += rows.audit.length;
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

const usage = 'Usage: npm run db:synth -- [--applications 100000] [--calls 24] [--seed 1]';

/** `--name value` options as whole numbers, each within its bounds. */
export function parseSynthOptions(argv: string[]): SynthOptions {
  const options: SynthOptions = { applications: 100_000, calls: 24, seed: 1 };
  const bounds: Record<keyof SynthOptions, [number, number]> = {
    applications: [0, 10_000_000],
    calls: [CALLS_OPEN_FOR_REVIEW + 1, 400],
    seed: [0, 2 ** 32 - 1],
  };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '') as keyof SynthOptions;
    const value = Number(argv[i + 1]);
    if (!(name in bounds) || !Number.isInteger(value) || value < bounds[name][0] || value > bounds[name][1])
      throw new Error(`${argv[i]} ${argv[i + 1] ?? ''}: ${usage}`);
    options[name] = value;
  }
  return options;
}

async function main(): Promise<void> {
  const options = parseSynthOptions(process.argv.slice(2));
  const config = loadConfig();
  const dataSource = createDataSource(config.database);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    if (await isDatabaseEmpty(dataSource)) await seedDatabase(dataSource);
    const summary = await synthesize(dataSource, options);
    const statuses = Object.entries(summary.byStatus)
      .map(([status, count]) => `${count} ${status}`)
      .join(', ');
    process.stdout.write(
      `synthesized on ${config.database.type} in ${summary.seconds.toFixed(1)} s: ${summary.calls} calls, ` +
        `${summary.consortia} consortia, ${summary.applications} applications (${statuses}), ` +
        `${summary.evaluations} evaluations, ${summary.awards} awards, ${summary.auditEvents} audit events\n`,
    );
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`db:synth: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
