import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  type GraphQLInputType,
  type GraphQLSchema,
  GraphQLString,
  isInputObjectType,
  isObjectType,
} from 'graphql';
import { enforceTextLimits } from '../src/common/enforce-limits';
import {
  ADOPTION_DESCRIPTION_MAX_CHARS,
  PARTNER_WISH_MAX_CHARS,
  ANSWER_MAX_CHARS,
  AUDIT_CHANGES_MAX_BYTES,
  AUDIT_FILTER_MAX_CHARS,
  CALL_KEY_MAX_CHARS,
  characterCount,
  CODE_MAX_CHARS,
  CONFLICT_REASON_MAX_CHARS,
  CURSOR_MAX_CHARS,
  DECISION_NUMBER_MAX_CHARS,
  EMAIL_MAX_CHARS,
  FORM_TEXT_MAX_CHARS,
  LIST_MAX,
  LONG_TEXT_MAX_CHARS,
  MONEY_DECIMALS,
  MONEY_INTEGER_DIGITS,
  MUNICIPALITY_CODE_CHARS,
  NAME_MAX_CHARS,
  PHONE_MAX_CHARS,
  REGION_CODE_CHARS,
  SCORE_COMMENT_MAX_CHARS,
  SEARCH_MAX_CHARS,
  THEME_EXAMPLE_MAX_CHARS,
  WALL_CLOCK_MAX_CHARS,
} from '../src/common/limits';
import { helsinkiWallClockToInstant } from '../src/common/time-zone';
import { ApplicationStatus } from '../src/modules/application/application-status';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { ChangeRequest } from '../src/modules/change-request/change-request.entity';
import { Evaluation, EvaluationStatus, ReviewAssignment } from '../src/modules/evaluation/evaluation.entity';
import { PaymentRequest } from '../src/modules/payment/payment-request.entity';
import { Report } from '../src/modules/report/report.entity';
import { buildSubgraph } from '../src/schema';
import { CallStage } from '../src/modules/call/call.entity';
import { callInput, createCall, createConsortium } from './helpers/applying';
import { testEngine } from './helpers/database';
import {
  assignReviewer,
  createApplication as createReviewedApplication,
  createAward,
  createChangeRequest,
  createDocument,
  createPaymentRequest,
  createReport,
  createClosedCall,
  createConsortium as createReviewConsortium,
  createPartnerSearch,
  createWorkshop as createWorkshopRow,
  createWorkshopInvitation,
  type Person,
  signIn,
} from './helpers/factories';
import { type GraphQLResponse, type RawData, startTestServer, type TestServer } from './helpers/server';

// Raw documents (server.rawQuery) in this file: one table of inputs at and past their limits, sent by one generic helper; the list of inputs comes from the schema.

/**
 * Characters a text at its limit is made of: mostly four bytes in UTF-8 (so that 20 000 of them are more
 * than MariaDB's TEXT holds), with one, two and three bytes, and characters JSON and SQL escape (a quote,
 * a backslash, a newline, a control character) in between; none is whitespace at either end, so that
 * trimming leaves the text as it is.
 */
const wide = ['😀', '𝄞', '🇫', '🦊'];
const special = ['ä', '"', '€', '\\', 'ß', '\n', 'Ö', '\u0001'];

/** A text of exactly `length` characters (code points), 3.8 bytes each on average. */
function text(length: number, first = 'Å'): string {
  const characters = Array.from({ length }, (_, i) =>
    i % 10 === 9 ? special[Math.floor(i / 10) % special.length] : wide[i % wide.length],
  );
  characters[0] = first;
  if (length > 1) characters[length - 1] = 'ö';
  return characters.join('');
}

/** The worst text for an audit event's size: every character is six bytes of JSON ("\u0001"). */
const controlText = (length: number, first = 'x') => first + '\u0001'.repeat(length - 1);

let sequence = 0;
const unique = () => (++sequence).toString(36);

/** A call key of `length` characters, new every time. */
const callKey = (length: number) => `L${unique()}-`.padEnd(length, 'k');
/** A theme, criterion or question code. */
const code = (length: number) => `c${unique()}-`.padEnd(length, 'x');
/** A valid e-mail address of `length` characters, with a two-byte local part. */
function email(length: number): string {
  const local = 'ä'.repeat(32);
  let domain = '';
  while (local.length + 1 + domain.length + 3 < length) {
    const room = length - (local.length + 1 + domain.length + 3) - (domain ? 1 : 0);
    domain += `${domain ? '.' : ''}${'d'.repeat(Math.max(1, Math.min(63, room)))}`;
  }
  return `${local}@${domain}.fi`;
}
const phone = (length: number) => `+${'3'.repeat(length - 1)}`;
const wallClock = (base: string) => (length: number) => `${base}:00`.padEnd(length, '0');
const fixed = (atMax: string, past: string) => (length: number) =>
  characterCount(atMax) === length ? atMax : past;

type Value = (length: number) => string;

interface TextCase {
  /** The schema coordinate it exercises: `Type.field`, `Type.field.fi`, `Type.field(arg:)`, `after`. */
  coordinate: string;
  /** The path the refusal names. */
  field: string;
  max: number;
  value?: Value;
  send(value: string): Promise<GraphQLResponse<RawData>>;
  /** The stored value, for inputs that store one. */
  read?(): Promise<unknown>;
  /** What `read` gives after storing `value`, when it is not `value` itself. */
  stored?(value: string): unknown;
  /** Arranges what each attempt needs (a decision needs an application of its own), before it is counted. */
  prepare?(): Promise<void>;
}

/** Reads a dotted path ("themes.0.title.fi") out of a response. */
function at(value: unknown, dotted: string): unknown {
  return dotted
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | null)?.[key] ?? null, value);
}

/** An object with `value` at a dotted path, merged over `base` (lists are replaced item by item). */
function withValue(base: Record<string, unknown>, dotted: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(base);
  const keys = dotted.split('.');
  let node = copy;
  keys.slice(0, -1).forEach((key, i) => {
    node[key] ??= /^\d+$/.test(keys[i + 1]) ? [] : {};
    node = node[key] as Record<string, unknown>;
  });
  node[keys.at(-1)!] = value;
  return copy;
}

const CALL_FIELDS = `key title { fi sv en } description { fi sv en } notes { fi sv en } appropriation opensAt closesAt
  conditions { fi sv en } themes { code title { fi sv en } examples } criteria { code title { fi sv en } }
  questions { code text { fi sv en } }`;
const APPLICATION_FIELDS = `version projectName { fi sv en } summary requestedAmount totalBudget answers { question { id } text }
  maturityAssessment { notes } contact { name email phone } rejectionReason award { decisionNumber conditions grantedAmount }
  evaluations { comment recommendedAmount scores { comment } }`;

/** A list item with everything a call's list needs besides the field under test. */
const listItems: Record<string, Record<string, unknown>> = {
  themes: { code: 'theme', title: { en: 'Theme' } },
  criteria: { code: 'criterion', title: { en: 'Criterion' }, weight: 1, minScore: 0, maxScore: 5 },
  questions: { code: 'question', text: { en: 'Question' }, required: false },
  conditions: { en: 'Condition' },
};

describe(`limits: every text input and amount at its maximum and one past it (${testEngine})`, () => {
  let server: TestServer;
  let admin: Person;
  let applicant: Person;
  let reviewer: Person;
  let draftCallId: string;
  let openCall: { id: string; questions: { id: string; code: string }[] };
  let consortiumId: string;
  let applicationId: string;
  let longKey: string;

  const tables = [
    'grant_call',
    'call_theme',
    'call_criterion',
    'call_question',
    'call_condition',
    'adoption',
    'workshop',
    'workshop_invitation',
    'workshop_participant',
    'partner_search',
    'partner_offer',
    'consortium',
    'consortium_member',
    'application',
    'application_answer',
    'review_assignment',
    'evaluation',
    'evaluation_score',
    'award',
    'change_request',
    'payment_request',
    'grant_report',
    'audit_event',
  ];

  /** The row count of every table the API writes, and the audit log's. */
  async function counts(): Promise<Record<string, number>> {
    const result: Record<string, number> = {};
    for (const table of tables) {
      const [row] = await server.dataSource.query<{ n: unknown }[]>(`SELECT COUNT(*) AS n FROM ${table}`);
      result[table] = Number(row.n);
    }
    return result;
  }

  const asAdmin = (query: string, variables: Record<string, unknown> = {}) =>
    server.rawQuery(query, variables, { token: admin.token });
  const asApplicant = (query: string, variables: Record<string, unknown> = {}) =>
    server.rawQuery(query, variables, { token: applicant.token });

  function ok(response: GraphQLResponse<RawData>): Record<string, any> {
    expect(response.errors, JSON.stringify(response.errors)?.slice(0, 500)).to.equal(undefined);
    return response.data!;
  }

  const readCall = async (id: string) =>
    ok(await asAdmin(`query ($id: ID!) { call(id: $id) { ${CALL_FIELDS} } }`, { id })).call;
  const readApplication = async (id: string) =>
    ok(await asAdmin(`query ($id: ID!) { application(id: $id) { ${APPLICATION_FIELDS} } }`, { id }))
      .application;

  before(async () => {
    server = await startTestServer();
    admin = await signIn(server, { sub: 'limits-admin', roles: ['admin'] });
    applicant = await signIn(server, {
      sub: 'limits-applicant',
      roles: ['applicant'],
      municipalities: ['091'],
    });
    reviewer = await signIn(server, { sub: 'limits-reviewer', roles: ['reviewer'] });
    draftCallId = (await createCall(server, callInput('limits-draft'), false)).id;
    openCall = await createCall(server, callInput('limits-open'));
    longKey = callKey(CALL_KEY_MAX_CHARS);
    await createCall(server, callInput(longKey));
    consortiumId = (
      await createConsortium(
        server,
        { sub: 'limits-applicant', roles: ['applicant'], municipalities: ['091'] },
        {
          name: 'Rajat',
          leadCode: '091',
          memberCodes: ['049'],
          callId: openCall.id,
        },
      )
    ).id;
    applicationId = ok(
      await asApplicant(
        `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`,
        {
          input: { callId: openCall.id, consortiumId },
        },
      ),
    ).createApplication.id;
  });
  after(() => server?.stop());

  // ---------------------------------------------------------------------------------------------------
  // The cases: every text input of the schema.

  const callCases = (variant: 'Create' | 'Update'): TextCase[] => {
    const send = (input: Record<string, unknown>) =>
      variant === 'Create'
        ? asAdmin(`mutation ($input: CreateCallInput!) { createCall(input: $input) { id } }`, {
            input: { ...callInput(callKey(12)), ...input },
          })
        : asAdmin(
            `mutation ($id: ID!, $input: UpdateCallInput!) { updateCall(id: $id, input: $input) { id } }`,
            {
              id: draftCallId,
              input,
            },
          );
    let lastId = draftCallId;
    const sendAndRemember = async (input: Record<string, unknown>) => {
      const response = await send(input);
      const id = (response.data?.createCall ?? response.data?.updateCall)?.id as string | undefined;
      if (id) lastId = id;
      return response;
    };
    const simple = (dotted: string, max: number, value?: Value, stored?: TextCase['stored']): TextCase => {
      const [list] = dotted.split('.');
      const base =
        listItems[list] && /^\d/.test(dotted.split('.')[1] ?? '') ? { [list]: [listItems[list]] } : {};
      return {
        coordinate: `${variant}CallInput.${dotted.replace(/^(\w+)\.0\./, '$1.')}`,
        field: `input.${dotted}`,
        max,
        value,
        stored,
        send: (v) => sendAndRemember(withValue(base, dotted, v)),
        read: async () => at(await readCall(lastId), dotted),
      };
    };
    const localized = (dotted: string, max: number) =>
      ['fi', 'sv', 'en'].map((language) => simple(`${dotted}.${language}`, max));
    return [
      ...localized('title', NAME_MAX_CHARS),
      ...localized('description', LONG_TEXT_MAX_CHARS),
      ...localized('notes', LONG_TEXT_MAX_CHARS),
      ...localized('conditions.0', FORM_TEXT_MAX_CHARS),
      simple('opensAt', WALL_CLOCK_MAX_CHARS, wallClock('2026-01-01T00:00'), (v) =>
        helsinkiWallClockToInstant(v).toISOString(),
      ),
      simple('closesAt', WALL_CLOCK_MAX_CHARS, wallClock('2026-10-25T16:15'), (v) =>
        helsinkiWallClockToInstant(v).toISOString(),
      ),
    ];
  };

  /** Call inputs shared by createCall and updateCall: exercised through updateCall. */
  const callListCases = (): TextCase[] => {
    const nested = (coordinate: string, dotted: string, max: number, value?: Value): TextCase => {
      const [list] = dotted.split('.');
      return {
        coordinate,
        field: `input.${dotted}`,
        max,
        value,
        send: (v) =>
          asAdmin(
            `mutation ($id: ID!, $input: UpdateCallInput!) { updateCall(id: $id, input: $input) { id } }`,
            {
              id: draftCallId,
              input: withValue({ [list]: [listItems[list]] }, dotted, v),
            },
          ),
        read: async () => at(await readCall(draftCallId), dotted),
      };
    };
    return [
      nested('ThemeInput.code', 'themes.0.code', CODE_MAX_CHARS, code),
      ...['fi', 'sv', 'en'].map((l) =>
        nested(`ThemeInput.title.${l}`, `themes.0.title.${l}`, FORM_TEXT_MAX_CHARS),
      ),
      nested('ThemeInput.examples', 'themes.0.examples.0', THEME_EXAMPLE_MAX_CHARS),
      nested('CriterionInput.code', 'criteria.0.code', CODE_MAX_CHARS, code),
      ...['fi', 'sv', 'en'].map((l) =>
        nested(`CriterionInput.title.${l}`, `criteria.0.title.${l}`, FORM_TEXT_MAX_CHARS),
      ),
      nested('QuestionInput.code', 'questions.0.code', CODE_MAX_CHARS, code),
      ...['fi', 'sv', 'en'].map((l) =>
        nested(`QuestionInput.text.${l}`, `questions.0.text.${l}`, FORM_TEXT_MAX_CHARS),
      ),
    ];
  };

  const callKeyCase: TextCase = {
    coordinate: 'CreateCallInput.key',
    field: 'input.key',
    max: CALL_KEY_MAX_CHARS,
    value: callKey,
    send: (key) =>
      asAdmin(`mutation ($input: CreateCallInput!) { createCall(input: $input) { id } }`, {
        input: callInput(key),
      }),
  };

  const applicationCases = (variant: 'Create' | 'Update'): TextCase[] => {
    let lastId = applicationId;
    const send = async (input: Record<string, unknown>) => {
      if (variant === 'Create') {
        const response = await asApplicant(
          `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`,
          { input: { callId: openCall.id, consortiumId, ...input } },
        );
        if (response.data?.createApplication) lastId = response.data.createApplication.id;
        return response;
      }
      const { version } = await readApplication(applicationId);
      return asApplicant(
        `mutation ($id: ID!, $v: Int!, $input: UpdateApplicationInput!) { updateApplication(id: $id, expectedVersion: $v, input: $input) { id } }`,
        { id: applicationId, v: version, input },
      );
    };
    const simple = (
      coordinate: string,
      dotted: string,
      max: number,
      value?: Value,
      readAt = dotted,
    ): TextCase => ({
      coordinate,
      field: `input.${dotted}`,
      max,
      value,
      send: (v) =>
        send(withValue(dotted.startsWith('maturity') ? { maturityAssessment: { level: 3 } } : {}, dotted, v)),
      read: async () => at(await readApplication(variant === 'Create' ? lastId : applicationId), readAt),
    });
    const own = [
      ...['fi', 'sv', 'en'].map((l) =>
        simple(`${variant}ApplicationInput.projectName.${l}`, `projectName.${l}`, NAME_MAX_CHARS),
      ),
      simple(`${variant}ApplicationInput.summary`, 'summary', LONG_TEXT_MAX_CHARS),
    ];
    if (variant === 'Create') return own;
    const answer: TextCase = {
      coordinate: 'AnswerInput.text',
      field: 'input.answers.0.text',
      max: ANSWER_MAX_CHARS,
      send: (v) => send({ answers: [{ questionId: openCall.questions[1].id, text: v }] }),
      read: async () =>
        (await readApplication(applicationId)).answers.find(
          (a: { question: { id: string } }) => a.question.id === openCall.questions[1].id,
        )?.text,
    };
    return [
      ...own,
      answer,
      simple('MaturityAssessmentInput.notes', 'maturityAssessment.notes', LONG_TEXT_MAX_CHARS),
      simple('ContactInput.name', 'contact.name', NAME_MAX_CHARS),
      simple('ContactInput.email', 'contact.email', EMAIL_MAX_CHARS, email),
      simple('ContactInput.phone', 'contact.phone', PHONE_MAX_CHARS, phone),
    ];
  };

  const consortiumCases = (variant: 'Create' | 'Update'): TextCase[] => {
    let lastId = '';
    const READ = `query ($id: ID!) { consortium(id: $id) { name partners lead { code } members { municipality { code } } } }`;
    const send = async (input: Record<string, unknown>) => {
      if (variant === 'Create') {
        const response = await asApplicant(
          `mutation ($input: CreateConsortiumInput!) { createConsortium(input: $input) { id } }`,
          { input: { name: 'Uusi', leadCode: '091', memberCodes: ['049'], ...input } },
        );
        if (response.data?.createConsortium) lastId = response.data.createConsortium.id;
        return response;
      }
      lastId = consortiumId;
      return asApplicant(
        `mutation ($id: ID!, $input: UpdateConsortiumInput!) { updateConsortium(id: $id, input: $input) { id } }`,
        { id: consortiumId, input },
      );
    };
    const read = async () => ok(await asApplicant(READ, { id: lastId })).consortium;
    const cases: TextCase[] = [
      {
        coordinate: `${variant}ConsortiumInput.name`,
        field: 'input.name',
        max: NAME_MAX_CHARS,
        send: (v) => send({ name: v }),
        read: async () => (await read()).name,
      },
      {
        coordinate: `${variant}ConsortiumInput.partners`,
        field: 'input.partners.1',
        max: NAME_MAX_CHARS,
        send: (v) => send({ partners: ['Oy Yritys Ab', v] }),
        read: async () => (await read()).partners[1],
      },
      {
        coordinate: `${variant}ConsortiumInput.memberCodes`,
        field: 'input.memberCodes.0',
        max: MUNICIPALITY_CODE_CHARS,
        value: fixed('049', '0490'),
        send: (v) => send({ memberCodes: [v] }),
        read: async () => (await read()).members.at(-1).municipality.code,
      },
    ];
    if (variant === 'Create') {
      cases.push({
        coordinate: 'CreateConsortiumInput.leadCode',
        field: 'input.leadCode',
        max: MUNICIPALITY_CODE_CHARS,
        value: fixed('091', '0910'),
        send: (v) => send({ leadCode: v }),
        read: async () => (await read()).lead.code,
      });
    }
    return cases;
  };

  /** An application of a closed call under review, asking for the largest amount, fresh for each use. */
  async function underReview() {
    const { call, criteria } = await createClosedCall(server.dataSource, { appropriation: null });
    const consortium = await createReviewConsortium(server.dataSource, { lead: '092', members: ['091'] });
    const application = await createReviewedApplication(server.dataSource, {
      callId: call.id,
      consortiumId: consortium.id,
      status: ApplicationStatus.UNDER_REVIEW,
      requestedAmount: '999999999999.99',
    });
    await assignReviewer(server.dataSource, { applicationId: application.id, reviewerId: reviewer.userId });
    return { application, criteria };
  }

  const SAVE = `mutation ($a: ID!, $input: SaveEvaluationInput!) { saveEvaluation(applicationId: $a, input: $input) { id } }`;
  const DECIDE = `mutation ($a: ID!, $input: DecideAwardInput!) { decideAward(applicationId: $a, input: $input) { id } }`;

  const reviewCases = (): TextCase[] => {
    let reviewed: Awaited<ReturnType<typeof underReview>> | undefined;
    const evaluationCase = (coordinate: string, dotted: string, max: number): TextCase => ({
      coordinate,
      field: `input.${dotted}`,
      max,
      prepare: async () => {
        reviewed ??= await underReview();
      },
      send: (v) => {
        const input = withValue(
          { scores: [{ criterionId: reviewed!.criteria[0].id, score: 3 }], recommendation: 'FUND' },
          dotted,
          v,
        );
        return server.rawQuery(SAVE, { a: reviewed!.application.id, input }, { token: reviewer.token });
      },
      read: async () => at((await readApplication(reviewed!.application.id)).evaluations[0], dotted),
    });
    /** A decision is made once: every attempt gets an application of its own. */
    const fresh = (
      coordinate: string,
      field: string,
      max: number,
      send: (applicationId: string, value: string) => Promise<GraphQLResponse<RawData>>,
      read: (applicationId: string) => Promise<unknown>,
    ): TextCase => {
      let last = '';
      return {
        coordinate,
        field,
        max,
        prepare: async () => {
          last = (await underReview()).application.id;
        },
        send: (v) => send(last, v),
        read: () => read(last),
      };
    };
    /** A reason given about a submitted evaluation (of the reviewer, on a fresh application each time). */
    const submittedCase = (
      coordinate: string,
      mutation: string,
      token: () => string,
      read: (row: Evaluation) => unknown,
    ): TextCase => {
      let evaluationId = '';
      return {
        coordinate,
        field: 'reason',
        max: CONFLICT_REASON_MAX_CHARS,
        prepare: async () => {
          const { application } = await underReview();
          evaluationId = randomUUID();
          const now = server.clock.now();
          await server.dataSource.getRepository(Evaluation).insert({
            id: evaluationId,
            applicationId: application.id,
            reviewerId: reviewer.userId,
            status: EvaluationStatus.SUBMITTED,
            submittedAt: now,
            createdAt: now,
            updatedAt: now,
          });
        },
        send: (v) =>
          server.rawQuery(
            `mutation ($e: ID!, $r: String!) { ${mutation} }`,
            { e: evaluationId, r: v },
            {
              token: token(),
            },
          ),
        read: async () =>
          read(await server.dataSource.getRepository(Evaluation).findOneByOrFail({ id: evaluationId })),
      };
    };
    const decide = (a: string, input: Record<string, unknown>) =>
      asAdmin(DECIDE, { a, input: { grantedAmount: '1000', decisionDate: '2025-12-11', ...input } });
    return [
      evaluationCase('SaveEvaluationInput.comment', 'comment', LONG_TEXT_MAX_CHARS),
      evaluationCase('ScoreInput.comment', 'scores.0.comment', SCORE_COMMENT_MAX_CHARS),
      fresh(
        'DecideAwardInput.decisionNumber',
        'input.decisionNumber',
        DECISION_NUMBER_MAX_CHARS,
        (a, v) => decide(a, { decisionNumber: v }),
        async (a) => (await readApplication(a)).award?.decisionNumber ?? null,
      ),
      fresh(
        'DecideAwardInput.conditions',
        'input.conditions',
        LONG_TEXT_MAX_CHARS,
        (a, v) => decide(a, { conditions: v }),
        async (a) => (await readApplication(a)).award?.conditions ?? null,
      ),
      fresh(
        'Mutation.rejectApplication(reason:)',
        'reason',
        LONG_TEXT_MAX_CHARS,
        (a, v) =>
          asAdmin(
            `mutation ($a: ID!, $r: String!) { rejectApplication(applicationId: $a, reason: $r) { id } }`,
            {
              a,
              r: v,
            },
          ),
        async (a) => (await readApplication(a)).rejectionReason,
      ),
      fresh(
        'Mutation.declareConflictOfInterest(reason:)',
        'reason',
        CONFLICT_REASON_MAX_CHARS,
        (a, v) =>
          server.rawQuery(
            `mutation ($a: ID!, $r: String!) { declareConflictOfInterest(applicationId: $a, reason: $r) { id } }`,
            { a, r: v },
            { token: reviewer.token },
          ),
        async (a) =>
          (
            await server.dataSource
              .getRepository(ReviewAssignment)
              .findOneByOrFail({ applicationId: a, reviewerId: reviewer.userId })
          ).conflictDeclaration,
      ),
      submittedCase(
        'Mutation.declareConflictAfterSubmission(reason:)',
        'declareConflictAfterSubmission(evaluationId: $e, reason: $r) { id }',
        () => reviewer.token,
        (row) => row.conflictDeclaration,
      ),
      submittedCase(
        'Mutation.voidEvaluation(reason:)',
        'voidEvaluation(id: $e, reason: $r) { id }',
        () => admin.token,
        (row) => row.voidReason,
      ),
    ];
  };

  /** Change requests of a grant of Helsinki's (the applicant's), fresh for every attempt. */
  const changeRequestCases = (): TextCase[] => {
    let awardId = '';
    let requestId = '';
    const REQUEST = `mutation ($a: ID!, $input: RequestChangeInput!) { requestChange(awardId: $a, input: $input) { id justification } }`;
    /** A grant to Helsinki with `members`, and a change request of it waiting for a decision. */
    const grant = async (members: string[], withRequest = true) => {
      const ds = server.dataSource;
      const { call } = await createClosedCall(ds);
      const consortium = await createReviewConsortium(ds, { lead: '091', members });
      const application = await createReviewedApplication(ds, {
        callId: call.id,
        consortiumId: consortium.id,
        status: ApplicationStatus.AWARDED,
      });
      awardId = (await createAward(ds, { applicationId: application.id })).id;
      if (withRequest) requestId = (await createChangeRequest(ds, { awardId })).id;
    };
    const readRequest = async () =>
      server.dataSource.getRepository(ChangeRequest).findOneByOrFail({ id: requestId });
    const readLatest = async () =>
      server.dataSource
        .getRepository(ChangeRequest)
        .find({ where: { awardId }, order: { createdAt: 'DESC' } });
    const members = (
      field: 'addMunicipalityCodes' | 'removeMunicipalityCodes',
      atMax: string,
      past: string,
    ) => ({
      coordinate: `RequestChangeInput.${field}`,
      field: `input.${field}.0`,
      max: MUNICIPALITY_CODE_CHARS,
      value: fixed(atMax, past),
      prepare: () =>
        grant(
          ['049', '092'].filter((code) => field === 'removeMunicipalityCodes' || code === '049'),
          false,
        ),
      send: (v: string) =>
        asApplicant(REQUEST, {
          a: awardId,
          input: { kind: 'CHANGE_MEMBERS', justification: 'Muutos', [field]: [v] },
        }),
      read: async () => (await readLatest())[0]?.[field][0] ?? null,
    });
    return [
      {
        coordinate: 'RequestChangeInput.justification',
        field: 'input.justification',
        max: LONG_TEXT_MAX_CHARS,
        prepare: () => grant(['049'], false),
        send: (v) =>
          asApplicant(REQUEST, {
            a: awardId,
            input: { kind: 'EXTEND_PROJECT', justification: v, projectEnd: '2027-09-30' },
          }),
        read: async () => (await readLatest())[0]?.justification ?? null,
      },
      members('addMunicipalityCodes', '092', '0920'),
      members('removeMunicipalityCodes', '049', '0490'),
      {
        coordinate: 'Mutation.approveChangeRequest(reason:)',
        field: 'reason',
        max: LONG_TEXT_MAX_CHARS,
        prepare: () => grant(['049']),
        send: (v) =>
          asAdmin(`mutation ($id: ID!, $r: String) { approveChangeRequest(id: $id, reason: $r) { id } }`, {
            id: requestId,
            r: v,
          }),
        read: async () => (await readRequest()).decisionReason,
      },
      {
        coordinate: 'Mutation.rejectChangeRequest(reason:)',
        field: 'reason',
        max: LONG_TEXT_MAX_CHARS,
        prepare: () => grant(['049']),
        send: (v) =>
          asAdmin(`mutation ($id: ID!, $r: String!) { rejectChangeRequest(id: $id, reason: $r) { id } }`, {
            id: requestId,
            r: v,
          }),
        read: async () => (await readRequest()).decisionReason,
      },
    ];
  };

  /** A grant led by the applicant's municipality (Helsinki), fresh for each use. */
  async function grantOfApplicant(): Promise<string> {
    const { call } = await createClosedCall(server.dataSource, { appropriation: null });
    const consortium = await createReviewConsortium(server.dataSource, { lead: '091', members: ['049'] });
    const application = await createReviewedApplication(server.dataSource, {
      callId: call.id,
      consortiumId: consortium.id,
      status: ApplicationStatus.AWARDED,
      requestedAmount: '100000.00',
    });
    const award = await createAward(server.dataSource, { applicationId: application.id });
    await createDocument(server.dataSource, { ownerId: award.id, uploadedById: admin.userId });
    return award.id;
  }

  const costs = { staff: '1000', travel: '0', premises: '0', purchasedServices: '0', other: '0' };
  const paymentInput = { periodStart: '2025-12-01', periodEnd: '2025-12-31', costs };
  const reportInput = { kind: 'FINAL', outcomes: 'Tehty', reuse: 'Avoin', publicSummary: { fi: 'Valmis' } };

  const grantCases = (): TextCase[] => {
    let awardId = '';
    let requestId = '';
    const request = () => server.dataSource.getRepository(PaymentRequest).findOneByOrFail({ id: requestId });
    const report = () => server.dataSource.getRepository(Report).findOneBy({ awardId });
    /** A submitted payment request of its own for each attempt. */
    const onRequest = (
      coordinate: string,
      field: string,
      max: number,
      send: (id: string, value: string) => Promise<GraphQLResponse<RawData>>,
    ): TextCase => ({
      coordinate,
      field,
      max,
      prepare: async () => {
        awardId ||= await grantOfApplicant();
        requestId = (await createPaymentRequest(server.dataSource, { awardId, staff: '1000.00' })).id;
      },
      send: (v) => send(requestId, v),
      read: async () => (await request()).decisionReason,
    });
    /** A report is submitted once per award: every attempt gets a grant of its own. */
    const reportCase = (
      coordinate: string,
      dotted: string,
      max: number,
      stored?: TextCase['stored'],
    ): TextCase => ({
      coordinate,
      field: `input.${dotted}`,
      max,
      stored,
      prepare: async () => {
        awardId = await grantOfApplicant();
      },
      send: (v) =>
        asApplicant(
          `mutation ($a: ID!, $input: ReportInput!) { submitReport(awardId: $a, input: $input) { id } }`,
          {
            a: awardId,
            input: withValue({ ...reportInput, indicators: [{ name: 'n', value: '1' }] }, dotted, v),
          },
        ),
      read: async () => {
        const stored = await report();
        return stored ? at(stored, dotted) : null;
      },
    });
    return [
      {
        coordinate: 'PaymentRequestInput.note',
        field: 'input.note',
        max: LONG_TEXT_MAX_CHARS,
        prepare: async () => {
          awardId ||= await grantOfApplicant();
        },
        send: async (v) => {
          const response = await asApplicant(
            `mutation ($a: ID!, $input: PaymentRequestInput!) { submitPaymentRequest(awardId: $a, input: $input) { id } }`,
            { a: awardId, input: { ...paymentInput, note: v } },
          );
          requestId = response.data?.submitPaymentRequest?.id ?? requestId;
          return response;
        },
        read: async () => (await request()).note,
      },
      onRequest('ApprovePaymentRequestInput.reason', 'input.reason', LONG_TEXT_MAX_CHARS, (id, v) =>
        asAdmin(
          `mutation ($id: ID!, $input: ApprovePaymentRequestInput!) { approvePaymentRequest(id: $id, input: $input) { id } }`,
          { id, input: { approvedCosts: { ...costs, staff: '900' }, reason: v } },
        ),
      ),
      onRequest('Mutation.returnPaymentRequest(reason:)', 'reason', LONG_TEXT_MAX_CHARS, (id, v) =>
        asAdmin(`mutation ($id: ID!, $r: String!) { returnPaymentRequest(id: $id, reason: $r) { id } }`, {
          id,
          r: v,
        }),
      ),
      {
        coordinate: 'Mutation.returnReport(reason:)',
        field: 'reason',
        max: LONG_TEXT_MAX_CHARS,
        prepare: async () => {
          awardId = await grantOfApplicant();
          await createReport(server.dataSource, { awardId });
        },
        send: async (v) =>
          asAdmin(`mutation ($id: ID!, $r: String!) { returnReport(id: $id, reason: $r) { id } }`, {
            id: (await report())!.id,
            r: v,
          }),
        read: async () => (await report())!.returnReason,
      },
      reportCase('ReportInput.outcomes', 'outcomes', LONG_TEXT_MAX_CHARS),
      reportCase('ReportInput.reuse', 'reuse', LONG_TEXT_MAX_CHARS),
      ...['fi', 'sv', 'en'].map((language) =>
        reportCase(`ReportInput.publicSummary.${language}`, `publicSummary.${language}`, LONG_TEXT_MAX_CHARS),
      ),
      reportCase('ReportIndicatorInput.name', 'indicators.0.name', NAME_MAX_CHARS),
      reportCase('ReportIndicatorInput.value', 'indicators.0.value', CODE_MAX_CHARS),
      reportCase('ReportIndicatorInput.unit', 'indicators.0.unit', CODE_MAX_CHARS),
    ];
  };

  /** Adoptions: a municipality adopts a result once, so every attempt gets an award of its own. */
  const adoptionCases = (): TextCase[] => {
    let awardId = '';
    let lastId = '';
    const prepare = async () => {
      const { call } = await createClosedCall(server.dataSource);
      const consortium = await createReviewConsortium(server.dataSource, { lead: '092', members: ['049'] });
      const application = await createReviewedApplication(server.dataSource, {
        callId: call.id,
        consortiumId: consortium.id,
        status: ApplicationStatus.AWARDED,
      });
      awardId = (await createAward(server.dataSource, { applicationId: application.id })).id;
    };
    const send = async (input: Record<string, unknown>) => {
      const response = await asApplicant(
        `mutation ($input: RecordAdoptionInput!) { recordAdoption(input: $input) { id } }`,
        {
          input: {
            awardId,
            municipalityCode: '091',
            adoptedOn: '2026-01-10',
            kind: 'ADOPTED_AS_IS',
            description: 'Käytössä',
            ...input,
          },
        },
      );
      if (response.data?.recordAdoption) lastId = response.data.recordAdoption.id;
      return response;
    };
    const read = async () =>
      ok(
        await asApplicant(`query ($id: ID!) { adoption(id: $id) { description municipality { code } } }`, {
          id: lastId,
        }),
      ).adoption;
    return [
      {
        coordinate: 'RecordAdoptionInput.description',
        field: 'input.description',
        max: ADOPTION_DESCRIPTION_MAX_CHARS,
        prepare,
        send: (v) => send({ description: v }),
        read: async () => (await read()).description,
      },
      {
        coordinate: 'RecordAdoptionInput.municipalityCode',
        field: 'input.municipalityCode',
        max: MUNICIPALITY_CODE_CHARS,
        value: fixed('091', '0910'),
        prepare,
        send: (v) => send({ municipalityCode: v }),
        read: async () => (await read()).municipality.code,
      },
    ];
  };

  /** Filters and arguments that store nothing: at the limit they are answered, one past it refused. */
  const readCases = (): TextCase[] => {
    const query =
      (document: string, variable: (v: string) => Record<string, unknown>, token?: () => string) =>
      (v: string) =>
        server.rawQuery(document, variable(v), { token: token?.() });
    const applications = `query ($f: ApplicationFilter) { applications(filter: $f) { totalCount } }`;
    const awards = `query ($f: AwardFilter) { awards(filter: $f) { totalCount } }`;
    const municipalities = `query ($f: MunicipalityFilter) { municipalities(filter: $f) { totalCount } }`;
    const audit = `query ($f: AuditEventFilter) { auditEvents(filter: $f) { totalCount } }`;
    const statistics = `query ($f: FundingStatisticsFilter) { fundingStatistics(groupBy: [], filter: $f) { totalGranted } }`;
    return [
      {
        coordinate: 'ApplicationFilter.callKey',
        field: 'filter.callKey',
        max: CALL_KEY_MAX_CHARS,
        value: (n) => (n === CALL_KEY_MAX_CHARS ? longKey : `${longKey}x`),
        send: query(
          applications,
          (v) => ({ f: { callKey: v } }),
          () => admin.token,
        ),
      },
      {
        coordinate: 'ApplicationFilter.municipalityCode',
        field: 'filter.municipalityCode',
        max: MUNICIPALITY_CODE_CHARS,
        value: fixed('091', '0910'),
        send: query(
          applications,
          (v) => ({ f: { municipalityCode: v } }),
          () => admin.token,
        ),
      },
      {
        coordinate: 'AwardFilter.callKey',
        field: 'filter.callKey',
        max: CALL_KEY_MAX_CHARS,
        value: (n) => (n === CALL_KEY_MAX_CHARS ? longKey : `${longKey}x`),
        send: query(awards, (v) => ({ f: { callKey: v } })),
      },
      {
        coordinate: 'AwardFilter.municipalityCode',
        field: 'filter.municipalityCode',
        max: MUNICIPALITY_CODE_CHARS,
        value: fixed('091', '0910'),
        send: query(awards, (v) => ({ f: { municipalityCode: v } })),
      },
      {
        coordinate: 'AwardFilter.regionCode',
        field: 'filter.regionCode',
        max: REGION_CODE_CHARS,
        value: fixed('01', '011'),
        send: query(awards, (v) => ({ f: { regionCode: v } })),
      },
      {
        coordinate: 'ApplicationFilter.regionCode',
        field: 'filter.regionCode',
        max: REGION_CODE_CHARS,
        value: fixed('01', '011'),
        send: query(
          applications,
          (v) => ({ f: { regionCode: v } }),
          () => admin.token,
        ),
      },
      {
        coordinate: 'ApplicationFilter.themeCode',
        field: 'filter.themeCode',
        max: CODE_MAX_CHARS,
        send: query(
          applications,
          (v) => ({ f: { themeCode: v } }),
          () => admin.token,
        ),
      },
      {
        coordinate: 'ApplicationFilter.search',
        field: 'filter.search',
        max: SEARCH_MAX_CHARS,
        // Letters: a search needs a word (the default text of every case is not one).
        value: (n) => 'ä'.repeat(n),
        send: query(
          applications,
          (v) => ({ f: { search: v } }),
          () => admin.token,
        ),
      },
      {
        coordinate: 'AwardFilter.themeCode',
        field: 'filter.themeCode',
        max: CODE_MAX_CHARS,
        send: query(awards, (v) => ({ f: { themeCode: v } })),
      },
      {
        coordinate: 'AwardFilter.search',
        field: 'filter.search',
        max: SEARCH_MAX_CHARS,
        // Letters: a search needs a word (the default text of every case is not one).
        value: (n) => 'ä'.repeat(n),
        send: query(awards, (v) => ({ f: { search: v } })),
      },
      {
        coordinate: 'MunicipalityFilter.regionCode',
        field: 'filter.regionCode',
        max: REGION_CODE_CHARS,
        value: fixed('01', '011'),
        send: query(municipalities, (v) => ({ f: { regionCode: v } })),
      },
      {
        coordinate: 'MunicipalityFilter.search',
        field: 'filter.search',
        max: SEARCH_MAX_CHARS,
        send: query(municipalities, (v) => ({ f: { search: v } })),
      },
      {
        coordinate: 'AuditEventFilter.entityType',
        field: 'filter.entityType',
        max: AUDIT_FILTER_MAX_CHARS,
        send: query(
          audit,
          (v) => ({ f: { entityType: v } }),
          () => admin.token,
        ),
      },
      {
        coordinate: 'AuditEventFilter.entityId',
        field: 'filter.entityId',
        max: AUDIT_FILTER_MAX_CHARS,
        send: query(
          audit,
          (v) => ({ f: { entityId: v } }),
          () => admin.token,
        ),
      },
      {
        coordinate: 'FundingStatisticsFilter.callKey',
        field: 'filter.callKey',
        max: CALL_KEY_MAX_CHARS,
        value: (n) => (n === CALL_KEY_MAX_CHARS ? longKey : `${longKey}x`),
        send: query(statistics, (v) => ({ f: { callKey: v } })),
      },
      {
        coordinate: 'FundingStatisticsFilter.regionCode',
        field: 'filter.regionCode',
        max: REGION_CODE_CHARS,
        value: fixed('01', '011'),
        send: query(statistics, (v) => ({ f: { regionCode: v } })),
      },
      {
        coordinate: 'FundingStatisticsFilter.municipalityCode',
        field: 'filter.municipalityCode',
        max: MUNICIPALITY_CODE_CHARS,
        value: fixed('091', '0910'),
        send: query(statistics, (v) => ({ f: { municipalityCode: v } })),
      },
      {
        coordinate: 'FundingStatisticsFilter.themeCode',
        field: 'filter.themeCode',
        max: CODE_MAX_CHARS,
        send: query(statistics, (v) => ({ f: { themeCode: v } })),
      },
      {
        coordinate: 'Query.call(key:)',
        field: 'key',
        max: CALL_KEY_MAX_CHARS,
        value: (n) => (n === CALL_KEY_MAX_CHARS ? longKey : `${longKey}x`),
        send: query(`query ($k: String) { call(key: $k) { key } }`, (v) => ({ k: v })),
      },
      {
        coordinate: 'Query.municipality(code:)',
        field: 'code',
        max: MUNICIPALITY_CODE_CHARS,
        value: fixed('091', '0910'),
        send: query(`query ($c: String!) { municipality(code: $c) { code } }`, (v) => ({ c: v })),
      },
    ];
  };

  /** The two-stage call: a workshop, who comes, what partner a proposal seeks, an offer to join one. */
  const workshopCases = (): TextCase[] => {
    let callId = '';
    let workshopId = '';
    let proposalId = '';
    /** A closed PROPOSAL call with a submitted proposal of Helsinki's, invited to an open workshop. */
    const prepare = async (options: { lead?: string; members?: string[]; started?: boolean } = {}) => {
      const ds = server.dataSource;
      callId = (await createClosedCall(ds, { stage: CallStage.PROPOSAL })).call.id;
      const consortium = await createReviewConsortium(ds, {
        lead: options.lead ?? '091',
        members: options.members ?? ['049'],
      });
      proposalId = (
        await createReviewedApplication(ds, {
          callId,
          consortiumId: consortium.id,
          status: ApplicationStatus.SUBMITTED,
        })
      ).id;
      workshopId = (await createWorkshopRow(ds, { callId, started: options.started })).id;
      await createWorkshopInvitation(ds, { workshopId, applicationId: proposalId });
      if (options.started) await createPartnerSearch(ds, { applicationId: proposalId });
    };
    const readWorkshop = async () =>
      ok(
        await asAdmin(
          `query ($id: ID!) { call(id: $id) { workshops { title { fi sv en } place invitations { participants { name role } } } } }`,
          { id: callId },
        ),
      ).call.workshops;
    const workshopInput = {
      title: { fi: 'Työpaja' },
      startsAt: '2026-03-01T09:00',
      place: 'Helsinki',
      online: false,
      registrationClosesAt: '2026-02-20T16:00',
    };
    const create = (dotted: string, max: number, value?: Value, read = true): TextCase => ({
      coordinate: `CreateWorkshopInput.${dotted}`,
      field: `input.${dotted}`,
      max,
      value,
      prepare,
      send: (v) =>
        asAdmin(`mutation ($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`, {
          input: withValue({ ...workshopInput, callId }, dotted, v),
        }),
      read: read ? async () => at((await readWorkshop()).at(-1), dotted) : undefined,
    });
    const participant = (key: 'name' | 'role'): TextCase => ({
      coordinate: `WorkshopParticipantInput.${key}`,
      field: `input.participants.0.${key}`,
      max: NAME_MAX_CHARS,
      prepare,
      send: (v) =>
        asApplicant(
          `mutation ($input: RegisterForWorkshopInput!) { registerForWorkshop(input: $input) { status } }`,
          {
            input: {
              workshopId,
              proposalId,
              participants: [{ name: 'Maija', role: 'CIO', [key]: v }],
            },
          },
        ),
      read: async () => (await readWorkshop())[0].invitations[0].participants[0]?.[key] ?? null,
    });
    return [
      ...['fi', 'sv', 'en'].map((language) => create(`title.${language}`, NAME_MAX_CHARS)),
      create('place', NAME_MAX_CHARS),
      create('startsAt', WALL_CLOCK_MAX_CHARS, wallClock('2026-03-01T09:00'), false),
      create('registrationClosesAt', WALL_CLOCK_MAX_CHARS, wallClock('2026-02-20T16:00'), false),
      participant('name'),
      participant('role'),
      {
        coordinate: 'FlagLookingForPartnersInput.wish',
        field: 'input.wish',
        max: PARTNER_WISH_MAX_CHARS,
        prepare,
        send: (v) =>
          asApplicant(
            `mutation ($input: FlagLookingForPartnersInput!) { flagLookingForPartners(input: $input) { id } }`,
            { input: { proposalId, wish: v } },
          ),
        read: async () =>
          ok(
            await asApplicant(`query ($id: ID!) { application(id: $id) { partnerSearch { wish } } }`, {
              id: proposalId,
            }),
          ).application.partnerSearch?.wish ?? null,
      },
      {
        coordinate: 'PartnerOfferInput.municipalityCode',
        field: 'input.municipalityCode',
        max: MUNICIPALITY_CODE_CHARS,
        value: fixed('091', '0910'),
        prepare: () => prepare({ lead: '049', members: ['092'], started: true }),
        send: (v) =>
          asApplicant(
            `mutation ($input: PartnerOfferInput!) { offerToJoinProposal(input: $input) { municipality { code } } }`,
            { input: { proposalId, municipalityCode: v } },
          ),
      },
    ];
  };

  /** A real cursor, padded inside its JSON to exactly `length` characters of base64url. */
  function paddedCursor(cursor: string, length: number): string {
    const json = Buffer.from(cursor, 'base64url').toString('utf8');
    const bytes = Math.floor((length * 3) / 4);
    const padded = `{${' '.repeat(bytes - Buffer.byteLength(json))}${json.slice(1)}`;
    return Buffer.from(padded).toString('base64url').padEnd(length, 'A');
  }

  const allCases = (): TextCase[] => [
    ...callCases('Create'),
    ...callCases('Update'),
    ...callListCases(),
    callKeyCase,
    ...applicationCases('Create'),
    ...applicationCases('Update'),
    ...consortiumCases('Create'),
    ...consortiumCases('Update'),
    ...reviewCases(),
    ...adoptionCases(),
    ...workshopCases(),
    ...changeRequestCases(),
    ...grantCases(),
    ...readCases(),
  ];

  for (const c of allCases()) {
    const value = c.value ?? ((n: number) => text(n));
    it(`${c.field} (${c.coordinate}): ${c.max} characters go in${c.read ? ' and read back' : ''}, ${c.max + 1} are BAD_USER_INPUT`, async () => {
      const atMax = value(c.max);
      expect(characterCount(atMax)).to.equal(c.max);
      await c.prepare?.();
      ok(await c.send(atMax));
      if (c.read) expect(await c.read()).to.deep.equal(c.stored ? c.stored(atMax) : atMax);

      await c.prepare?.();
      const before = await counts();
      const stored = await c.read?.();
      const past = value(c.max + 1);
      expect(characterCount(past)).to.equal(c.max + 1);
      const refused = await c.send(past);
      expect(refused.errors, JSON.stringify(refused.data)).to.have.length(1);
      expect(refused.errors![0].extensions).to.deep.equal({ code: 'BAD_USER_INPUT', field: c.field });
      expect(refused.errors![0].message).to.equal(
        `This text is too long: at most ${c.max} characters, and it has ${c.max + 1}`,
      );
      expect(await counts(), 'no row and no audit event').to.deep.equal(before);
      if (c.read) expect(await c.read(), 'the stored value is untouched').to.deep.equal(stored);
    });
  }

  it(`after (every connection): a cursor of ${CURSOR_MAX_CHARS} characters reaches the cursor check, one more is too long`, async () => {
    const QUERY = `query ($after: String) { municipalities(first: 2, after: $after) { nodes { code } pageInfo { endCursor } } }`;
    const first = ok(await server.rawQuery(QUERY, {})).municipalities;
    ok(await server.rawQuery(QUERY, { after: first.pageInfo.endCursor }));
    const padded = paddedCursor(first.pageInfo.endCursor, CURSOR_MAX_CHARS);
    expect(padded).to.have.length(CURSOR_MAX_CHARS);
    // A cursor is read only exactly as the API wrote it (test/cursors.test.ts), so the padded one passes the
    // length limit and is then refused as a cursor, not as a text.
    const atMax = await server.rawQuery(QUERY, { after: padded });
    expect(atMax.errors![0].extensions).to.deep.equal({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(atMax.errors![0].message).to.match(/^This cursor is not valid for this list/);
    const refused = await server.rawQuery(QUERY, { after: `${padded}A` });
    expect(refused.errors![0].extensions).to.deep.equal({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(refused.errors![0].message).to.equal(
      `This text is too long: at most ${CURSOR_MAX_CHARS} characters, and it has ${CURSOR_MAX_CHARS + 1}`,
    );
  });

  it('covers every text input of the schema, and the schema has none without a limit', async () => {
    const schema: GraphQLSchema = await buildSubgraph();
    const coordinates = new Set<string>();
    const leaves = (type: GraphQLInputType, prefix: string) => {
      const named = getNamedType(type);
      if (named === GraphQLString) coordinates.add(prefix);
      else if (named.name === 'LocalizedTextInput')
        ['fi', 'sv', 'en'].forEach((l) => coordinates.add(`${prefix}.${l}`));
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isInputObjectType(type) && type.name !== 'LocalizedTextInput') {
        for (const field of Object.values(type.getFields())) leaves(field.type, `${type.name}.${field.name}`);
      }
      if (isObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          for (const arg of field.args) {
            if (getNamedType(arg.type) !== GraphQLString) continue;
            coordinates.add(arg.name === 'after' ? 'after' : `${type.name}.${field.name}(${arg.name}:)`);
          }
        }
      }
    }
    const covered = new Set([...allCases().map((c) => c.coordinate), 'after']);
    expect(
      [...coordinates].filter((c) => !covered.has(c)).sort(),
      'text inputs without a case',
    ).to.deep.equal([]);
    expect([...covered].filter((c) => !coordinates.has(c)).sort(), 'cases of no input').to.deep.equal([]);
  });

  it('will not build a schema with a text input that has no limit', () => {
    const schema = buildSchema(`
      input Note { text: String, id: ID }
      type Query { echo(words: String, note: Note, first: Int): String }
    `);
    expect(() => enforceTextLimits(schema)).to.throw(
      /without a limit .*: Query\.echo\(note:\)\.text, Query\.echo\(words:\)$/,
    );
  });

  it('refuses a 100 kB search term as BAD_USER_INPUT, not as an internal error', async () => {
    const response = await server.rawQuery(
      `query ($s: String) { municipalities(filter: { search: $s }) { totalCount } }`,
      {
        s: 'ä%_!'.repeat(25_000),
      },
    );
    expect(response.errors![0].extensions).to.deep.equal({ code: 'BAD_USER_INPUT', field: 'filter.search' });
  });

  it('refuses a text with a lone surrogate, which neither engine could store as it is', async () => {
    const { version } = await readApplication(applicationId);
    const events = await counts();
    const response = await asApplicant(
      `mutation ($id: ID!, $v: Int!, $input: UpdateApplicationInput!) { updateApplication(id: $id, expectedVersion: $v, input: $input) { id } }`,
      { id: applicationId, v: version, input: { summary: 'broken \ud83d here' } },
    );
    expect(response.errors![0].extensions).to.deep.equal({ code: 'BAD_USER_INPUT', field: 'input.summary' });
    expect(await counts()).to.deep.equal(events);
  });

  // ---------------------------------------------------------------------------------------------------
  // Amounts: DECIMAL(14,2) on both engines.

  const largest = `${'9'.repeat(MONEY_INTEGER_DIGITS)}.${'9'.repeat(MONEY_DECIMALS)}`;
  const beyond = [`1${'0'.repeat(MONEY_INTEGER_DIGITS)}`, '0.001', '-1', '1e5'];

  interface AmountCase {
    field: string;
    send(amount: string): Promise<GraphQLResponse<RawData>>;
    read?(): Promise<unknown>;
    prepare?(): Promise<void>;
  }

  const amountCases = (): AmountCase[] => {
    const updateApplication = async (input: Record<string, unknown>) => {
      const { version } = await readApplication(applicationId);
      return asApplicant(
        `mutation ($id: ID!, $v: Int!, $input: UpdateApplicationInput!) { updateApplication(id: $id, expectedVersion: $v, input: $input) { id } }`,
        { id: applicationId, v: version, input },
      );
    };
    let reviewed: Awaited<ReturnType<typeof underReview>> | undefined;
    let decided = '';
    const budget = ['staff', 'travel', 'premises', 'purchasedServices', 'other'].map((part): AmountCase => ({
      field: `input.budget.${part}`,
      send: (amount) => updateApplication({ budget: { [part]: amount } }),
      read: async () => (await readApplication(applicationId)).totalBudget,
    }));
    return [
      {
        field: 'input.appropriation',
        send: (amount) =>
          asAdmin(
            `mutation ($id: ID!, $input: UpdateCallInput!) { updateCall(id: $id, input: $input) { id } }`,
            {
              id: draftCallId,
              input: { appropriation: amount },
            },
          ),
        read: async () => (await readCall(draftCallId)).appropriation,
      },
      {
        field: 'input.requestedAmount',
        send: (amount) => updateApplication({ requestedAmount: amount }),
        read: async () => (await readApplication(applicationId)).requestedAmount,
      },
      ...budget,
      {
        field: 'input.grantedAmount',
        prepare: async () => {
          decided = (await underReview()).application.id;
        },
        send: (amount) =>
          asAdmin(DECIDE, { a: decided, input: { grantedAmount: amount, decisionDate: '2025-12-11' } }),
        read: async () => (await readApplication(decided)).award?.grantedAmount ?? null,
      },
      {
        field: 'input.recommendedAmount',
        prepare: async () => {
          reviewed ??= await underReview();
        },
        send: (amount) =>
          server.rawQuery(
            SAVE,
            { a: reviewed!.application.id, input: { scores: [], recommendedAmount: amount } },
            { token: reviewer.token },
          ),
        read: async () => (await readApplication(reviewed!.application.id)).evaluations[0].recommendedAmount,
      },
      {
        field: 'filter.minAmount',
        send: (amount) =>
          server.rawQuery(`query ($m: Decimal) { awards(filter: { minAmount: $m }) { totalCount } }`, {
            m: amount,
          }),
      },
      {
        field: 'filter.maxAmount',
        send: (amount) =>
          server.rawQuery(`query ($f: AwardFilter) { awards(filter: $f) { totalCount } }`, {
            f: { maxAmount: amount },
          }),
      },
    ];
  };

  for (const c of amountCases()) {
    it(`${c.field}: ${largest} goes in${c.read ? ' and reads back' : ''}; ${beyond.join(', ')} are BAD_USER_INPUT`, async () => {
      await c.prepare?.();
      ok(await c.send(largest));
      if (c.read) expect(await c.read()).to.equal(largest);
      for (const amount of beyond) {
        await c.prepare?.();
        const before = await counts();
        const stored = await c.read?.();
        const refused = await c.send(amount);
        expect(refused.errors, amount).to.have.length(1);
        expect(refused.errors![0].extensions, amount).to.deep.equal({
          code: 'BAD_USER_INPUT',
          field: c.field,
        });
        expect(await counts(), amount).to.deep.equal(before);
        if (c.read) expect(await c.read(), amount).to.deep.equal(stored);
      }
    });
  }

  it('names the field of an amount given as a literal too', async () => {
    const response = await server.rawQuery(
      `{ awards(filter: { maxAmount: "1000000000000" }) { totalCount } }`,
    );
    expect(response.errors![0].extensions).to.deep.include({
      code: 'BAD_USER_INPUT',
      field: 'filter.maxAmount',
    });
  });

  it('refuses a budget whose total would not fit, and changes nothing', async () => {
    const { version } = await readApplication(applicationId);
    const before = await counts();
    const stored = (await readApplication(applicationId)).totalBudget;
    const response = await asApplicant(
      `mutation ($id: ID!, $v: Int!, $input: UpdateApplicationInput!) { updateApplication(id: $id, expectedVersion: $v, input: $input) { id } }`,
      { id: applicationId, v: version, input: { budget: { staff: largest, travel: '0.01' } } },
    );
    expect(response.errors![0].extensions).to.deep.equal({ code: 'BAD_USER_INPUT', field: 'input.budget' });
    expect(await counts()).to.deep.equal(before);
    expect((await readApplication(applicationId)).totalBudget).to.equal(stored);
  });

  // ---------------------------------------------------------------------------------------------------
  // Audit events hold a record's texts before and after a change.

  /** The one audit event of a record whose changes match. */
  async function eventOf(
    entityId: string,
    matches: (changes: Record<string, [unknown, unknown] | undefined>) => boolean,
  ): Promise<AuditEvent> {
    const events = await server.dataSource.getRepository(AuditEvent).findBy({ entityId });
    const found = events.filter((event) =>
      matches(JSON.parse(event.changes) as Record<string, [unknown, unknown]>),
    );
    expect(found).to.have.length(1);
    return found[0];
  }

  it('bounds the largest audit event any mutation can write by AUDIT_CHANGES_MAX_BYTES', () => {
    /** Before and after, at six bytes of JSON a character (a control character is written \u0001). */
    const bytes = (characters: number) => 2 * 6 * characters;
    const localized = (max: number) => 3 * max;
    const application =
      localized(NAME_MAX_CHARS) +
      LONG_TEXT_MAX_CHARS * 2 + // summary, maturity notes
      NAME_MAX_CHARS +
      EMAIL_MAX_CHARS +
      PHONE_MAX_CHARS +
      LIST_MAX.questions * ANSWER_MAX_CHARS;
    const call =
      localized(NAME_MAX_CHARS) +
      2 * localized(LONG_TEXT_MAX_CHARS) + // description, notes
      LIST_MAX.questions * (localized(FORM_TEXT_MAX_CHARS) + CODE_MAX_CHARS) +
      LIST_MAX.conditions * localized(FORM_TEXT_MAX_CHARS);
    const evaluation = LONG_TEXT_MAX_CHARS;
    const consortium = NAME_MAX_CHARS * (1 + LIST_MAX.partners);
    const report =
      2 * LONG_TEXT_MAX_CHARS + // outcomes, reuse
      localized(LONG_TEXT_MAX_CHARS) + // the public summary
      LIST_MAX.indicators * (NAME_MAX_CHARS + 2 * CODE_MAX_CHARS);
    const paymentRequest = 2 * LONG_TEXT_MAX_CHARS; // note, decision reason
    // Keys, quotes, ids, numbers and dates: about 150 bytes for each of the 200 entries a list can add.
    const structure = 64 * 1024;
    for (const [record, characters] of Object.entries({
      application,
      call,
      evaluation,
      consortium,
      report,
      paymentRequest,
    })) {
      expect(bytes(characters) + structure, record).to.be.at.most(AUDIT_CHANGES_MAX_BYTES);
    }
  });

  it(`stores the audit event of an application edit replacing ${LIST_MAX.questions} answers at their limit`, async function () {
    this.timeout(600_000);
    const questions = Array.from({ length: LIST_MAX.questions }, (_, i) => ({
      code: `q-${i}`,
      text: { fi: `Kysymys ${i}` },
      required: false,
    }));
    const call = await createCall(server, callInput(callKey(10), { questions }));
    const application = ok(
      await asApplicant(
        `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id version } }`,
        {
          input: { callId: call.id, consortiumId },
        },
      ),
    ).createApplication;
    const UPDATE = `mutation ($id: ID!, $v: Int!, $input: UpdateApplicationInput!) { updateApplication(id: $id, expectedVersion: $v, input: $input) { version } }`;
    let version = application.version as number;
    const answers = call.questions.map((question: { id: string }, i: number) => ({
      questionId: question.id,
      text: controlText(ANSWER_MAX_CHARS, String.fromCodePoint(0x1f600 + (i % 50))),
    }));
    // A request body holds at most 1 MiB: the answers go in a few at a time.
    for (let i = 0; i < answers.length; i += 15) {
      version = ok(
        await asApplicant(UPDATE, {
          id: application.id,
          v: version,
          input: { answers: answers.slice(i, i + 15) },
        }),
      ).updateApplication.version;
    }
    const texts = {
      projectName: { fi: text(NAME_MAX_CHARS), sv: text(NAME_MAX_CHARS), en: text(NAME_MAX_CHARS) },
      summary: controlText(LONG_TEXT_MAX_CHARS),
      maturityAssessment: { level: 3, notes: controlText(LONG_TEXT_MAX_CHARS) },
    };
    version = ok(await asApplicant(UPDATE, { id: application.id, v: version, input: texts }))
      .updateApplication.version;
    const replaced = ok(
      await asApplicant(UPDATE, {
        id: application.id,
        v: version,
        input: {
          projectName: { fi: 'Uusi' },
          summary: controlText(LONG_TEXT_MAX_CHARS, 'y'),
          maturityAssessment: { level: 3, notes: controlText(LONG_TEXT_MAX_CHARS, 'y') },
          answers: answers.map((answer: { questionId: string }) => ({
            questionId: answer.questionId,
            text: 'lyhyt',
          })),
        },
      }),
    ).updateApplication;
    // The test clock stands still, so the event is told from the others by the versions it records.
    const event = await eventOf(application.id, (changes) => changes.version?.[1] === replaced.version);
    const size = Buffer.byteLength(event.changes);
    expect(size).to.be.above(LIST_MAX.questions * (ANSWER_MAX_CHARS - 1) * 6);
    expect(size).to.be.at.most(AUDIT_CHANGES_MAX_BYTES);
    const changes = JSON.parse(event.changes) as Record<string, [unknown, unknown]>;
    expect(changes.version).to.deep.equal([version, replaced.version]);
    for (const answer of answers) {
      expect(changes[`answer:${answer.questionId}`]).to.deep.equal([answer.text, 'lyhyt']);
    }
    expect(changes.summary).to.deep.equal([texts.summary, controlText(LONG_TEXT_MAX_CHARS, 'y')]);
  });

  it('stores the audit event of a call edit changing every long text at its limit', async () => {
    const call = await createCall(server, callInput(callKey(10)), false);
    const long = (first: string) => ({
      fi: controlText(LONG_TEXT_MAX_CHARS, first),
      sv: controlText(LONG_TEXT_MAX_CHARS, first),
      en: controlText(LONG_TEXT_MAX_CHARS, first),
    });
    const UPDATE = `mutation ($id: ID!, $input: UpdateCallInput!) { updateCall(id: $id, input: $input) { id } }`;
    ok(await asAdmin(UPDATE, { id: call.id, input: { description: long('a'), notes: long('b') } }));
    ok(await asAdmin(UPDATE, { id: call.id, input: { description: long('c'), notes: long('d') } }));
    const event = await eventOf(
      call.id,
      (changes) => JSON.stringify(changes.description?.[1]) === JSON.stringify(long('c')),
    );
    expect(Buffer.byteLength(event.changes)).to.be.above(4 * 3 * (LONG_TEXT_MAX_CHARS - 1) * 6);
    const changes = JSON.parse(event.changes) as Record<string, [unknown, unknown]>;
    expect(changes.description).to.deep.equal([long('a'), long('c')]);
    expect((await readCall(call.id)).notes).to.deep.equal(long('d'));
  });

  // ---------------------------------------------------------------------------------------------------
  // The README's table of limits is these constants.

  it("the README's table of limits says what the code enforces", () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Limits'));
    const rows = new Map(
      section
        .slice(0, section.indexOf('\n## ', 3) > 0 ? section.indexOf('\n## ', 3) : undefined)
        .split('\n')
        .filter((line) => /^\| [^-]/.test(line))
        .map((line) => line.split('|').map((cell) => cell.trim()))
        .map((cells) => [cells[1], cells[2]] as const),
    );
    const expected: Record<string, number> = {
      'names and titles': NAME_MAX_CHARS,
      'e-mail address': EMAIL_MAX_CHARS,
      'phone number': PHONE_MAX_CHARS,
      'long texts': LONG_TEXT_MAX_CHARS,
      'texts of the form': FORM_TEXT_MAX_CHARS,
      answer: ANSWER_MAX_CHARS,
      'comment on a criterion': SCORE_COMMENT_MAX_CHARS,
      'conflict of interest': CONFLICT_REASON_MAX_CHARS,
      adoption: ADOPTION_DESCRIPTION_MAX_CHARS,
      'partner wish': PARTNER_WISH_MAX_CHARS,
      'theme example': THEME_EXAMPLE_MAX_CHARS,
      codes: CODE_MAX_CHARS,
      'call key': CALL_KEY_MAX_CHARS,
      'decision number': DECISION_NUMBER_MAX_CHARS,
      'audit log filters': AUDIT_FILTER_MAX_CHARS,
      'municipality code': MUNICIPALITY_CODE_CHARS,
      'region code': REGION_CODE_CHARS,
      'wall-clock time': WALL_CLOCK_MAX_CHARS,
      'search term': SEARCH_MAX_CHARS,
      cursor: CURSOR_MAX_CHARS,
    };
    for (const [label, max] of Object.entries(expected)) {
      const cell = rows.get(label);
      expect(cell, `a README row "${label}"`).to.be.a('string');
      expect(Number(cell!.replace(/[\s ]/g, '')), label).to.equal(max);
    }
    expect(section).to.include(largest.replace(/\B(?=(\d{3})+(?!\d))/g, ' '));
  });
});
