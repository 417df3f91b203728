/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How a municipality took up the result of a funded project. */
export type AdoptionKind =
  /** In use, changed to fit the municipality. */
  | 'ADAPTED'
  /** In use as the project delivered it. */
  | 'ADOPTED_AS_IS'
  /** Decided on, not yet in use. */
  | 'PLANNED';

/** Recorded by the adopting municipality (PENDING), then confirmed or declined by the officials of the project's lead municipality. Only CONFIRMED adoptions are public. */
export type AdoptionStatus =
  | 'CONFIRMED'
  | 'DECLINED'
  | 'PENDING';

/** An answer to one of the call's questions; an empty text removes the answer. */
export type AnswerInput = {
  questionId: string | number;
  text: string;
};

/** Narrows the application list; all given conditions must hold. */
export type ApplicationFilter = {
  callId?: string | number | null | undefined;
  /** The call key, e.g. "2020". */
  callKey?: string | null | undefined;
  consortiumId?: string | number | null | undefined;
  /** Decided on this day or later. */
  decidedFrom?: string | null | undefined;
  /** Decided on this day or earlier. */
  decidedTo?: string | null | undefined;
  /** At most this amount: requested for an application, granted for an award. */
  maxAmount?: string | null | undefined;
  /** At least this amount: requested for an application, granted for an award. */
  minAmount?: string | null | undefined;
  /** Projects this municipality takes part in (lead or member; see municipalityRole). */
  municipalityCode?: string | null | undefined;
  /** With municipalityCode or regionCode: only where that municipality (or one of the region) leads the project (LEAD) or only where it is a member (MEMBER). Either, by default. */
  municipalityRole?: ConsortiumRole | null | undefined;
  /** Projects with a municipality of this region (lead or member; see municipalityRole). */
  regionCode?: string | null | undefined;
  /** Words of the project name, Finnish or Swedish: each word (of three letters or more) must begin a word of the name; case and accents do not matter ("digi palv" finds "Digitaaliset palvelut"). */
  search?: string | null | undefined;
  /** Any of these statuses, among the applications the caller may see. */
  status?: Array<ApplicationStatus> | null | undefined;
  /** A theme code across calls, e.g. "e-decisions". */
  themeCode?: string | null | undefined;
  /** One of a call's themes. */
  themeId?: string | number | null | undefined;
  /** The call's year. */
  year?: number | null | undefined;
};

export type ApplicationStatus =
  | 'AWARDED'
  | 'DRAFT'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'UNDER_REVIEW'
  | 'WITHDRAWN';

export type AssignmentEnd =
  | 'CONFLICT_OF_INTEREST'
  | 'UNASSIGNED';

/** Narrows the audit log; all given conditions must hold. */
export type AuditEventFilter = {
  /** The user who made the change. */
  actorId?: string | number | null | undefined;
  /** The id (or code) of the record. */
  entityId?: string | null | undefined;
  /** The kind of record, e.g. "Application". */
  entityType?: string | null | undefined;
};

/** Narrows the award list; all given conditions must hold. */
export type AwardFilter = {
  callId?: string | number | null | undefined;
  /** The call key, e.g. "2020". */
  callKey?: string | null | undefined;
  /** Decided on this day or later. */
  decidedFrom?: string | null | undefined;
  /** Decided on this day or earlier. */
  decidedTo?: string | null | undefined;
  /** At most this amount: requested for an application, granted for an award. */
  maxAmount?: string | null | undefined;
  /** At least this amount: requested for an application, granted for an award. */
  minAmount?: string | null | undefined;
  /** Projects this municipality takes part in (lead or member; see municipalityRole). */
  municipalityCode?: string | null | undefined;
  /** With municipalityCode or regionCode: only where that municipality (or one of the region) leads the project (LEAD) or only where it is a member (MEMBER). Either, by default. */
  municipalityRole?: ConsortiumRole | null | undefined;
  /** Projects with a municipality of this region (lead or member; see municipalityRole). */
  regionCode?: string | null | undefined;
  /** Words of the project name, Finnish or Swedish: each word (of three letters or more) must begin a word of the name; case and accents do not matter ("digi palv" finds "Digitaaliset palvelut"). */
  search?: string | null | undefined;
  /** A theme code across calls, e.g. "e-decisions". */
  themeCode?: string | null | undefined;
  /** One of a call's themes. */
  themeId?: string | number | null | undefined;
  /** The call's year. */
  year?: number | null | undefined;
};

/** Eligible costs by category, VAT excluded; the total is their sum. */
export type BudgetInput = {
  other?: string | null | undefined;
  premises?: string | null | undefined;
  purchasedServices?: string | null | undefined;
  staff?: string | null | undefined;
  travel?: string | null | undefined;
};

/** Narrows the call list; all given conditions must hold. */
export type CallFilter = {
  stage?: CallStage | null | undefined;
  /** OPEN and CLOSED are judged at the time of the request. */
  status?: CallStatus | null | undefined;
  year?: number | null | undefined;
};

/** PROPOSAL collects project proposals (first of two stages); APPLICATION collects grant applications. */
export type CallStage =
  | 'APPLICATION'
  | 'PROPOSAL';

/** PUBLISHED before the window opens, OPEN inside it, CLOSED after it, DECIDED once all is decided. */
export type CallStatus =
  | 'CLOSED'
  | 'DECIDED'
  | 'DRAFT'
  | 'OPEN'
  | 'PUBLISHED';

/** LEAD administers the project and receives the grant; MEMBERs carry it out with the lead. */
export type ConsortiumRole =
  | 'LEAD'
  | 'MEMBER';

/** The contact person. Personal data. */
export type ContactInput = {
  email?: string | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
};

export type CreateApplicationInput = {
  /** Answers to change; others stay as they are. */
  answers?: Array<AnswerInput> | null | undefined;
  budget?: BudgetInput | null | undefined;
  callId: string | number;
  /** A consortium one of whose municipalities the caller acts for. */
  consortiumId: string | number;
  contact?: ContactInput | null | undefined;
  maturityAssessment?: MaturityAssessmentInput | null | undefined;
  projectEnd?: string | null | undefined;
  projectName?: LocalizedTextInput | null | undefined;
  projectStart?: string | null | undefined;
  /** The grant asked for, in euros. */
  requestedAmount?: string | null | undefined;
  sector?: Sector | null | undefined;
  summary?: string | null | undefined;
  /** One of the call's themes. */
  themeId?: string | number | null | undefined;
};

export type CreateCallInput = {
  /** Euros available for the call. */
  appropriation?: string | null | undefined;
  /** Closing minute as a wall-clock time in Europe/Helsinki, e.g. "2020-10-05T16:15". */
  closesAt?: string | null | undefined;
  conditions?: Array<LocalizedTextInput> | null | undefined;
  criteria?: Array<CriterionInput> | null | undefined;
  description?: LocalizedTextInput | null | undefined;
  excludedSectors?: Array<Sector> | null | undefined;
  /** A readable unique key, e.g. "2020" or "2019-2". */
  key: string;
  minMunicipalities?: number | null | undefined;
  notes?: LocalizedTextInput | null | undefined;
  /** Opening as a wall-clock time in Europe/Helsinki, e.g. "2020-06-24T00:00". */
  opensAt?: string | null | undefined;
  /** Funded projects must end by this day. */
  projectDeadline?: string | null | undefined;
  /** For an APPLICATION call: the PROPOSAL call it follows. */
  proposalCallId?: string | number | null | undefined;
  questions?: Array<QuestionInput> | null | undefined;
  requiresMaturityAssessment?: boolean | null | undefined;
  stage?: CallStage;
  themes?: Array<ThemeInput> | null | undefined;
  title: LocalizedTextInput;
  year: number;
};

export type CreateConsortiumInput = {
  /** The call the consortium applies to: members must be valid on the call's dates. */
  callId?: string | number | null | undefined;
  /** The project administrator: a municipality the caller acts for. */
  leadCode: string;
  /** Codes of the other municipalities or joint authorities, without the lead. */
  memberCodes?: Array<string> | null | undefined;
  name: string;
  /** Companies or associations taking part as partners. */
  partners?: Array<string> | null | undefined;
};

/** An evaluation criterion with its weight and score scale. */
export type CriterionInput = {
  code: string;
  maxScore?: number;
  minScore?: number;
  title: LocalizedTextInput;
  weight?: number;
};

/** A grant decision for one application under review. */
export type DecideAwardInput = {
  conditions?: string | null | undefined;
  decisionDate: string;
  /** The ministry's record number of the decision. */
  decisionNumber?: string | null | undefined;
  /** The most that may be paid; not above the request nor the remaining appropriation. */
  grantedAmount: string;
  /** The project must be carried out by this day; the call's deadline if left out. */
  projectDeadline?: string | null | undefined;
};

export type EvaluationStatus =
  | 'DRAFT'
  | 'SUBMITTED';

/** The official languages, and English as a courtesy. */
export type Language =
  | 'EN'
  | 'FI'
  | 'SV';

/** A text in Finnish, Swedish and English; any may be left out. */
export type LocalizedTextInput = {
  en?: string | null | undefined;
  fi?: string | null | undefined;
  sv?: string | null | undefined;
};

/** The self-assessment against the digitalisation maturity model. */
export type MaturityAssessmentInput = {
  assessedOn?: string | null | undefined;
  /** Overall maturity level, 1–5. */
  level: number;
  notes?: string | null | undefined;
};

export type MunicipalityKind =
  | 'CITY'
  | 'JOINT_AUTHORITY'
  | 'MUNICIPALITY';

/** Why another application is shown beside one under review. */
export type OverlapReason =
  /** A municipality of both, the same theme (by its code, in any call), and project periods that overlap: submitted, under review or awarded (an ongoing project). */
  | 'SAME_MUNICIPALITY_THEME_PERIOD'
  /** Submitted to the same call (the same round) with a strongly similar project name or summary; `similarity` says how similar. */
  | 'SIMILAR_TEXT';

/** A question of the application form. */
export type QuestionInput = {
  code: string;
  /** Longest answer accepted, in characters. */
  maxLength?: number | null | undefined;
  required?: boolean;
  text: LocalizedTextInput;
};

export type Recommendation =
  | 'FUND'
  | 'FUND_PARTIALLY'
  | 'REJECT';

/** A municipality's adoption of the result of a funded project. */
export type RecordAdoptionInput = {
  /** When it was adopted: not before the award was decided, and not in the future unless PLANNED. */
  adoptedOn: string;
  /** The award of the project whose result was adopted. */
  awardId: string | number;
  /** What was adopted and how, briefly. */
  description: string;
  kind: AdoptionKind;
  /** The adopting municipality ("837"): one the caller acts for, not one of the project. */
  municipalityCode: string;
};

/** PUBLIC without a token; otherwise the strongest role the token grants. */
export type Role =
  | 'ADMIN'
  | 'APPLICANT'
  | 'PUBLIC'
  | 'REVIEWER';

/** A draft evaluation; saving again replaces it until it is submitted. */
export type SaveEvaluationInput = {
  comment?: string | null | undefined;
  recommendation?: Recommendation | null | undefined;
  /** Not above the requested amount. */
  recommendedAmount?: string | null | undefined;
  /** At most one score per criterion; a draft may leave some out. */
  scores: Array<ScoreInput>;
};

/** A score for one of the call's criteria, within the criterion's scale. */
export type ScoreInput = {
  comment?: string | null | undefined;
  criterionId: string | number;
  score: number;
};

/** The field of municipal activity a project belongs to. */
export type Sector =
  | 'ARCHIVING'
  | 'BUILT_ENVIRONMENT'
  | 'DECISION_MAKING'
  | 'EDUCATION_AND_CULTURE'
  | 'GENERAL_ADMINISTRATION'
  | 'MATERIAL_DIGITISATION_ONLY'
  | 'OTHER'
  | 'RESIDENT_SERVICES'
  | 'SOCIAL_AND_HEALTH_CARE';

/** What kind of publication a source is: the ministry's press release, or its page of a call. */
export type SourceKind =
  | 'CALL_PAGE'
  | 'PRESS_RELEASE';

/** A purpose the call funds. */
export type ThemeInput = {
  /** Stable within the call; applications refer to the theme by it. */
  code: string;
  /** Examples the call text gives. */
  examples?: Array<string> | null | undefined;
  title: LocalizedTextInput;
};

export type UpdateApplicationInput = {
  /** Answers to change; others stay as they are. */
  answers?: Array<AnswerInput> | null | undefined;
  budget?: BudgetInput | null | undefined;
  contact?: ContactInput | null | undefined;
  maturityAssessment?: MaturityAssessmentInput | null | undefined;
  projectEnd?: string | null | undefined;
  projectName?: LocalizedTextInput | null | undefined;
  projectStart?: string | null | undefined;
  /** The grant asked for, in euros. */
  requestedAmount?: string | null | undefined;
  sector?: Sector | null | undefined;
  summary?: string | null | undefined;
  /** One of the call's themes. */
  themeId?: string | number | null | undefined;
};

export type UpdateCallInput = {
  /** Euros available for the call. */
  appropriation?: string | null | undefined;
  /** Closing minute as a wall-clock time in Europe/Helsinki, e.g. "2020-10-05T16:15". */
  closesAt?: string | null | undefined;
  conditions?: Array<LocalizedTextInput> | null | undefined;
  criteria?: Array<CriterionInput> | null | undefined;
  description?: LocalizedTextInput | null | undefined;
  excludedSectors?: Array<Sector> | null | undefined;
  minMunicipalities?: number | null | undefined;
  notes?: LocalizedTextInput | null | undefined;
  /** Opening as a wall-clock time in Europe/Helsinki, e.g. "2020-06-24T00:00". */
  opensAt?: string | null | undefined;
  /** Funded projects must end by this day. */
  projectDeadline?: string | null | undefined;
  /** For an APPLICATION call: the PROPOSAL call it follows. */
  proposalCallId?: string | number | null | undefined;
  questions?: Array<QuestionInput> | null | undefined;
  requiresMaturityAssessment?: boolean | null | undefined;
  themes?: Array<ThemeInput> | null | undefined;
  title?: LocalizedTextInput | null | undefined;
};

export type UpdateConsortiumInput = {
  /** Members must be valid on this call's dates. */
  callId?: string | number | null | undefined;
  /** Codes of the other municipalities or joint authorities, without the lead. */
  memberCodes?: Array<string> | null | undefined;
  name?: string | null | undefined;
  /** Companies or associations taking part as partners. */
  partners?: Array<string> | null | undefined;
};

export type AdoptionsRecordMutationVariables = Exact<{
  input: RecordAdoptionInput;
}>;


export type AdoptionsRecordMutation = { recordAdoption: { id: string, status: AdoptionStatus, kind: AdoptionKind, adoptedOn: string, description: string, decidedAt: string | null, municipality: { code: string }, award: { id: string } } };

export type AdoptionsConfirmMutationVariables = Exact<{
  id: string | number;
}>;


export type AdoptionsConfirmMutation = { confirmAdoption: { id: string, status: AdoptionStatus, decidedAt: string | null } };

export type AdoptionsDeclineMutationVariables = Exact<{
  id: string | number;
}>;


export type AdoptionsDeclineMutation = { declineAdoption: { id: string, status: AdoptionStatus } };

export type AdoptionsReadQueryVariables = Exact<{
  id: string | number;
}>;


export type AdoptionsReadQuery = { adoption: { id: string, status: AdoptionStatus } | null };

export type AdoptionsListsQueryVariables = Exact<{
  callId: string | number;
  code: string;
}>;


export type AdoptionsListsQuery = { awards: { nodes: Array<{ adoptions: { totalCount: number, nodes: Array<{ id: string, status: AdoptionStatus, municipality: { code: string } }> } }> }, municipality: { adoptedResults: { totalCount: number, nodes: Array<{ id: string }> } } | null };

export type AdoptionsStatisticsQueryVariables = Exact<{
  callId: string | number;
}>;


export type AdoptionsStatisticsQuery = { fundingStatistics: Array<{ totalGranted: string, adoptions: number, adoptingResidents: number, residentsReachedPerEuro: string | null }> };

export type AdoptionsByRegionQueryVariables = Exact<{ [key: string]: never; }>;


export type AdoptionsByRegionQuery = { adoptionsByRegion: Array<{ adoptions: number, adoptionsFromOtherRegions: number, adoptingMunicipalities: number, residents: number, region: { code: string } }> };

export type AdoptionsNestedQueryVariables = Exact<{
  callId: string | number;
  first: number;
}>;


export type AdoptionsNestedQuery = { awards: { nodes: Array<{ adoptions: { totalCount: number, nodes: Array<{ municipality: { code: string, adoptedResults: { totalCount: number } } }> } }> } };

export type ApplicationsMunicipalityQueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicationsMunicipalityQuery = { municipality: { awards: { nodes: Array<{ application: { id: string } }> } } | null };

export type ApplicationsCallQueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicationsCallQuery = { call: { themes: Array<{ id: string }> } | null };

export type ApplicationsCall2QueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicationsCall2Query = { call: { id: string, status: CallStatus, themes: Array<{ id: string }>, questions: Array<{ id: string, code: string }> } | null };

export type ApplicationsUpdateCallMutationVariables = Exact<{
  id: string | number;
  input: UpdateCallInput;
}>;


export type ApplicationsUpdateCallMutation = { updateCall: { title: { fi: string | null }, questions: Array<{ code: string, required: boolean }> } };

export type ApplicationsUpdateConsortiumMutationVariables = Exact<{
  id: string | number;
  input: UpdateConsortiumInput;
}>;


export type ApplicationsUpdateConsortiumMutation = { updateConsortium: { name: string } };

export type ApplicationsCall3QueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicationsCall3Query = { call: { questions: Array<{ id: string }> } | null };

export type ApplicationsCreateApplicationMutationVariables = Exact<{
  input: CreateApplicationInput;
}>;


export type ApplicationsCreateApplicationMutation = { createApplication: { id: string } };

export type ApplicationsApplicationQueryVariables = Exact<{
  id: string | number;
}>;


export type ApplicationsApplicationQuery = { application: { status: ApplicationStatus, eligibilityIssues: Array<{ code: string }> } | null };

export type ApplicationsCreateConsortiumMutationVariables = Exact<{ [key: string]: never; }>;


export type ApplicationsCreateConsortiumMutation = { createConsortium: { id: string } };

export type AuditEventsAuditEventsQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditEventsAuditEventsQuery = { auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, occurredAt: string, actorId: string | null, action: string, entityType: string, entityId: string, changes: string }> } };

export type AuthHttpViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthHttpViewerQuery = { viewer: { role: Role, userId: string | null }, awards: { totalCount: number } };

export type AuthHttpPublicViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthHttpPublicViewerQuery = { viewer: { role: Role, userId: string | null }, viewer2: { roles: Array<Role>, name: string | null, municipalities: Array<{ code: string }> }, awards: { totalCount: number } };

export type AuthHttpViewer2QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthHttpViewer2Query = { viewer: { role: Role, roles: Array<Role>, userId: string | null, name: string | null, municipalities: Array<{ code: string, name: { fi: string | null } }> } };

export type AuthHttpViewer3QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthHttpViewer3Query = { viewer: { role: Role, userId: string | null, municipalities: Array<{ code: string }> } };

export type AuthHttpViewer4QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthHttpViewer4Query = { viewer: { role: Role } };

export type AuthHttpViewer5QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthHttpViewer5Query = { viewer: { role: Role, roles: Array<Role>, userId: string | null } };

export type AuthHttpViewer6QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthHttpViewer6Query = { viewer: { role: Role } };

export type AwardConcurrencyDecideAwardMutationVariables = Exact<{
  a: string | number;
  input: DecideAwardInput;
}>;


export type AwardConcurrencyDecideAwardMutation = { decideAward: { id: string, grantedAmount: string } };

export type AwardConcurrencyStartReviewMutationVariables = Exact<{
  c: string | number;
}>;


export type AwardConcurrencyStartReviewMutation = { startReview: Array<{ id: string }> };

export type AwardDecideAwardMutationVariables = Exact<{
  a: string | number;
  input: DecideAwardInput;
}>;


export type AwardDecideAwardMutation = { decideAward: { id: string, grantedAmount: string, decisionDate: string, decisionNumber: string | null, conditions: string | null, projectDeadline: string | null, application: { id: string, status: ApplicationStatus }, leadMunicipality: { code: string }, municipalities: Array<{ code: string }> } };

export type AwardRejectApplicationMutationVariables = Exact<{
  a: string | number;
  reason: string;
}>;


export type AwardRejectApplicationMutation = { rejectApplication: { id: string, status: ApplicationStatus, rejectionReason: string | null } };

export type AwardCallQueryVariables = Exact<{
  id: string | number;
}>;


export type AwardCallQuery = { call: { status: CallStatus, decisionDate: string | null, statistics: { totalAwarded: string, remainingAppropriation: string | null } } | null };

export type AwardStartReviewMutationVariables = Exact<{
  c: string | number;
}>;


export type AwardStartReviewMutation = { startReview: Array<{ id: string }> };

export type AwardCall2QueryVariables = Exact<{ [key: string]: never; }>;


export type AwardCall2Query = { call: { sv: { language: Language, items: Array<string>, text: string }, fi: { language: Language, items: Array<string> } } | null };

export type AwardStartReview2MutationVariables = Exact<{
  c: string | number;
}>;


export type AwardStartReview2Mutation = { startReview: Array<{ id: string, status: ApplicationStatus }> };

export type AwardAssignReviewerMutationVariables = Exact<{
  a: string | number;
  r: string | number;
}>;


export type AwardAssignReviewerMutation = { assignReviewer: { id: string } };

export type AwardSaveEvaluationMutationVariables = Exact<{
  a: string | number;
  input: SaveEvaluationInput;
}>;


export type AwardSaveEvaluationMutation = { saveEvaluation: { id: string } };

export type AwardSubmitEvaluationMutationVariables = Exact<{
  id: string | number;
}>;


export type AwardSubmitEvaluationMutation = { submitEvaluation: { status: EvaluationStatus } };

export type AwardCall3QueryVariables = Exact<{
  id: string | number;
}>;


export type AwardCall3Query = { call: { ranking: Array<{ rank: number, weightedScore: number | null, evaluationCount: number, application: { id: string } }> } | null };

export type AwardCall4QueryVariables = Exact<{
  id: string | number;
}>;


export type AwardCall4Query = { call: { status: CallStatus, decisionList: { items: Array<string> } } | null };

export type CallsAdminCreateCallMutationVariables = Exact<{
  input: CreateCallInput;
}>;


export type CallsAdminCreateCallMutation = { createCall: { id: string, key: string, stage: CallStage, status: CallStatus, opensAt: string | null, closesAt: string | null, appropriation: string | null, projectDeadline: string | null, minMunicipalities: number, excludedSectors: Array<Sector>, requiresMaturityAssessment: boolean, title: { fi: string | null, sv: string | null, en: string | null }, conditions: Array<{ fi: string | null }>, themes: Array<{ id: string, code: string }>, criteria: Array<{ code: string, weight: number, minScore: number, maxScore: number }>, questions: Array<{ id: string, code: string, required: boolean, maxLength: number | null }> } };

export type CallsAdminUpdateCallMutationVariables = Exact<{
  id: string | number;
  input: UpdateCallInput;
}>;


export type CallsAdminUpdateCallMutation = { updateCall: { id: string, key: string, stage: CallStage, status: CallStatus, opensAt: string | null, closesAt: string | null, appropriation: string | null, projectDeadline: string | null, minMunicipalities: number, excludedSectors: Array<Sector>, requiresMaturityAssessment: boolean, description: { en: string | null }, title: { fi: string | null, sv: string | null, en: string | null }, conditions: Array<{ fi: string | null }>, themes: Array<{ id: string, code: string }>, criteria: Array<{ code: string, weight: number, minScore: number, maxScore: number }>, questions: Array<{ id: string, code: string, required: boolean, maxLength: number | null }> } };

export type CallsAdminPublishCallMutationVariables = Exact<{
  id: string | number;
}>;


export type CallsAdminPublishCallMutation = { publishCall: { id: string, status: CallStatus } };

export type CallsAdminCallQueryVariables = Exact<{
  id: string | number;
}>;


export type CallsAdminCallQuery = { call: { key: string } | null };

export type CallsAdminCall2QueryVariables = Exact<{
  id: string | number;
}>;


export type CallsAdminCall2Query = { call: { status: CallStatus } | null };

export type CallsAdminCall3QueryVariables = Exact<{ [key: string]: never; }>;


export type CallsAdminCall3Query = { call: { id: string } | null };

export type CallsAdminCall4QueryVariables = Exact<{ [key: string]: never; }>;


export type CallsAdminCall4Query = { call: { id: string } | null };

export type ConsortiaCreateConsortiumMutationVariables = Exact<{
  input: CreateConsortiumInput;
}>;


export type ConsortiaCreateConsortiumMutation = { createConsortium: { id: string } };

export type ConsortiaUpdateConsortiumMutationVariables = Exact<{
  id: string | number;
  v?: number | null | undefined;
  input: UpdateConsortiumInput;
}>;


export type ConsortiaUpdateConsortiumMutation = { updateConsortium: { id: string, name: string, version: number, partners: Array<string>, members: Array<{ role: ConsortiumRole, municipality: { code: string } }> } };

export type ConsortiaConsortiumQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsortiaConsortiumQuery = { consortium: { name: string, lead: { code: string }, members: Array<{ role: ConsortiumRole, municipality: { code: string } }> } | null };

export type ConsortiaCallQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsortiaCallQuery = { call: { id: string } | null };

export type DeadlineRushSubmitApplicationMutationVariables = Exact<{
  id: string | number;
}>;


export type DeadlineRushSubmitApplicationMutation = { submitApplication: { id: string, status: ApplicationStatus, referenceNumber: string | null } };

export type DeadlineRushCreateApplicationMutationVariables = Exact<{
  input: CreateApplicationInput;
}>;


export type DeadlineRushCreateApplicationMutation = { createApplication: { id: string } };

export type DeadlineRushUpdateApplicationMutationVariables = Exact<{
  id: string | number;
  v: number;
  input: UpdateApplicationInput;
}>;


export type DeadlineRushUpdateApplicationMutation = { updateApplication: { id: string, version: number, projectName: { fi: string | null } } };

export type DeadlineRushSaveEvaluationMutationVariables = Exact<{
  a: string | number;
  input: SaveEvaluationInput;
}>;


export type DeadlineRushSaveEvaluationMutation = { saveEvaluation: { id: string } };

export type DeadlineRushDecideAwardMutationVariables = Exact<{
  a: string | number;
  input: DecideAwardInput;
}>;


export type DeadlineRushDecideAwardMutation = { decideAward: { id: string, grantedAmount: string } };

export type DeadlineRushStartReviewMutationVariables = Exact<{
  c: string | number;
}>;


export type DeadlineRushStartReviewMutation = { startReview: Array<{ id: string }> };

export type DeadlineRushStartReview2MutationVariables = Exact<{
  c: string | number;
}>;


export type DeadlineRushStartReview2Mutation = { startReview: Array<{ id: string }> };

export type ErrorShapesDecideAwardMutationVariables = Exact<{
  a: string | number;
  input: DecideAwardInput;
}>;


export type ErrorShapesDecideAwardMutation = { decideAward: { id: string } };

export type ErrorShapesAssignReviewerMutationVariables = Exact<{
  a: string | number;
  r: string | number;
}>;


export type ErrorShapesAssignReviewerMutation = { assignReviewer: { id: string } };

export type ErrorShapesViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ErrorShapesViewerQuery = { viewer: { role: Role } };

export type ErrorShapesStartReviewMutationVariables = Exact<{
  c: string | number;
}>;


export type ErrorShapesStartReviewMutation = { startReview: Array<{ id: string }> };

export type ErrorShapesAwardsQueryVariables = Exact<{ [key: string]: never; }>;


export type ErrorShapesAwardsQuery = { awards: { totalCount: number } };

export type ErrorShapesUpdateConsortiumMutationVariables = Exact<{
  id: string | number;
  v?: number | null | undefined;
  input: UpdateConsortiumInput;
}>;


export type ErrorShapesUpdateConsortiumMutation = { updateConsortium: { id: string } };

export type ErrorShapesUpdateConsortium2MutationVariables = Exact<{
  id: string | number;
  input: UpdateConsortiumInput;
}>;


export type ErrorShapesUpdateConsortium2Mutation = { updateConsortium: { id: string } };

export type ErrorShapesUpdateCallMutationVariables = Exact<{
  id: string | number;
  input: UpdateCallInput;
}>;


export type ErrorShapesUpdateCallMutation = { updateCall: { id: string } };

export type ErrorShapesPublishCallMutationVariables = Exact<{
  id: string | number;
}>;


export type ErrorShapesPublishCallMutation = { publishCall: { id: string } };

export type ErrorShapesStartReview2MutationVariables = Exact<{
  c: string | number;
}>;


export type ErrorShapesStartReview2Mutation = { startReview: Array<{ id: string }> };

export type ErrorShapesSaveEvaluationMutationVariables = Exact<{
  a: string | number;
  input: SaveEvaluationInput;
}>;


export type ErrorShapesSaveEvaluationMutation = { saveEvaluation: { id: string } };

export type ErrorShapesDeclareConflictOfInterestMutationVariables = Exact<{
  a: string | number;
  reason: string;
}>;


export type ErrorShapesDeclareConflictOfInterestMutation = { declareConflictOfInterest: { id: string } };

export type ErrorShapesSaveEvaluation2MutationVariables = Exact<{
  a: string | number;
  input: SaveEvaluationInput;
}>;


export type ErrorShapesSaveEvaluation2Mutation = { saveEvaluation: { id: string } };

export type ErrorShapesUnassignReviewerMutationVariables = Exact<{
  a: string | number;
  r: string | number;
}>;


export type ErrorShapesUnassignReviewerMutation = { unassignReviewer: { id: string } };

export type ErrorShapesSubmitEvaluationMutationVariables = Exact<{
  id: string | number;
}>;


export type ErrorShapesSubmitEvaluationMutation = { submitEvaluation: { id: string } };

export type ErrorShapesCallsQueryVariables = Exact<{ [key: string]: never; }>;


export type ErrorShapesCallsQuery = { calls: { nodes: Array<{ key: string }> } };

export type ErrorShapesCalls2QueryVariables = Exact<{ [key: string]: never; }>;


export type ErrorShapesCalls2Query = { calls: { nodes: Array<{ key: string }> } };

export type ErrorShapes__TypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type ErrorShapes__TypenameQuery = { __typename: 'Query' };

export type FederationEvaluationTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type FederationEvaluationTypenameQuery = { __typename: 'Query' };

export type FederationEvaluationTypename2QueryVariables = Exact<{ [key: string]: never; }>;


export type FederationEvaluationTypename2Query = { __typename: 'Query' };

export type FilteredAwardsQueryVariables = Exact<{
  f?: AwardFilter | null | undefined;
}>;


export type FilteredAwardsQuery = { awards: { totalCount: number, nodes: Array<{ id: string }> } };

export type FilteredApplicationsQueryVariables = Exact<{
  f?: ApplicationFilter | null | undefined;
}>;


export type FilteredApplicationsQuery = { applications: { totalCount: number, nodes: Array<{ id: string, status: ApplicationStatus }> } };

export type TallyCallStatisticsQueryVariables = Exact<{
  key: string;
}>;


export type TallyCallStatisticsQuery = { call: { statistics: { applicationsSubmitted: number, applicationsAwarded: number, totalRequested: string, totalAwarded: string, grantsDecided: number } } | null };

export type TallyByMemberQueryVariables = Exact<{
  key: string;
}>;


export type TallyByMemberQuery = { fundingStatistics: Array<{ applicationsSubmitted: number | null, applicationsAwarded: number, totalRequested: string | null, totalGranted: string, municipality: { code: string } | null }> };

export type TallyStartReviewMutationVariables = Exact<{
  c: string | number;
}>;


export type TallyStartReviewMutation = { startReview: Array<{ id: string }> };

export type TallyDecideMutationVariables = Exact<{
  a: string | number;
  input: DecideAwardInput;
}>;


export type TallyDecideMutation = { decideAward: { id: string } };

export type TallyRejectMutationVariables = Exact<{
  a: string | number;
  r: string;
}>;


export type TallyRejectMutation = { rejectApplication: { id: string, status: ApplicationStatus } };

export type CallFieldsFragment = { id: string, key: string, stage: CallStage, status: CallStatus, opensAt: string | null, closesAt: string | null, appropriation: string | null, projectDeadline: string | null, minMunicipalities: number, excludedSectors: Array<Sector>, requiresMaturityAssessment: boolean, title: { fi: string | null, sv: string | null, en: string | null }, conditions: Array<{ fi: string | null }>, themes: Array<{ id: string, code: string }>, criteria: Array<{ code: string, weight: number, minScore: number, maxScore: number }>, questions: Array<{ id: string, code: string, required: boolean, maxLength: number | null }> };

export type ApplicationFieldsFragment = { id: string, referenceNumber: string | null, status: ApplicationStatus, version: number, submittedAt: string | null, requestedAmount: string, totalBudget: string | null, summary: string | null, projectStart: string | null, projectEnd: string | null, sector: Sector | null, theme: { code: string } | null, projectName: { fi: string | null }, answers: Array<{ text: string, question: { code: string } }>, maturityAssessment: { level: number | null } | null, contact: { name: string | null, email: string | null } | null, eligibilityIssues: Array<{ code: string, message: string }> };

export type ReadApplicationQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadApplicationQuery = { application: { id: string, referenceNumber: string | null, status: ApplicationStatus, version: number, submittedAt: string | null, requestedAmount: string, totalBudget: string | null, summary: string | null, projectStart: string | null, projectEnd: string | null, sector: Sector | null, theme: { code: string } | null, projectName: { fi: string | null }, answers: Array<{ text: string, question: { code: string } }>, maturityAssessment: { level: number | null } | null, contact: { name: string | null, email: string | null } | null, eligibilityIssues: Array<{ code: string, message: string }> } | null };

export type CreateCallMutationVariables = Exact<{
  input: CreateCallInput;
}>;


export type CreateCallMutation = { createCall: { id: string, key: string, stage: CallStage, status: CallStatus, opensAt: string | null, closesAt: string | null, appropriation: string | null, projectDeadline: string | null, minMunicipalities: number, excludedSectors: Array<Sector>, requiresMaturityAssessment: boolean, title: { fi: string | null, sv: string | null, en: string | null }, conditions: Array<{ fi: string | null }>, themes: Array<{ id: string, code: string }>, criteria: Array<{ code: string, weight: number, minScore: number, maxScore: number }>, questions: Array<{ id: string, code: string, required: boolean, maxLength: number | null }> } };

export type PublishCallMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishCallMutation = { publishCall: { id: string, key: string, stage: CallStage, status: CallStatus, opensAt: string | null, closesAt: string | null, appropriation: string | null, projectDeadline: string | null, minMunicipalities: number, excludedSectors: Array<Sector>, requiresMaturityAssessment: boolean, title: { fi: string | null, sv: string | null, en: string | null }, conditions: Array<{ fi: string | null }>, themes: Array<{ id: string, code: string }>, criteria: Array<{ code: string, weight: number, minScore: number, maxScore: number }>, questions: Array<{ id: string, code: string, required: boolean, maxLength: number | null }> } };

export type CreateConsortiumMutationVariables = Exact<{
  input: CreateConsortiumInput;
}>;


export type CreateConsortiumMutation = { createConsortium: { id: string, name: string, version: number, lead: { code: string }, members: Array<{ role: ConsortiumRole, municipality: { code: string } }> } };

export type CreateApplicationMutationVariables = Exact<{
  input: CreateApplicationInput;
}>;


export type CreateApplicationMutation = { createApplication: { id: string, referenceNumber: string | null, status: ApplicationStatus, version: number, submittedAt: string | null, requestedAmount: string, totalBudget: string | null, summary: string | null, projectStart: string | null, projectEnd: string | null, sector: Sector | null, theme: { code: string } | null, projectName: { fi: string | null }, answers: Array<{ text: string, question: { code: string } }>, maturityAssessment: { level: number | null } | null, contact: { name: string | null, email: string | null } | null, eligibilityIssues: Array<{ code: string, message: string }> } };

export type SubmitApplicationMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitApplicationMutation = { submitApplication: { id: string, referenceNumber: string | null, status: ApplicationStatus, version: number, submittedAt: string | null, requestedAmount: string, totalBudget: string | null, summary: string | null, projectStart: string | null, projectEnd: string | null, sector: Sector | null, theme: { code: string } | null, projectName: { fi: string | null }, answers: Array<{ text: string, question: { code: string } }>, maturityAssessment: { level: number | null } | null, contact: { name: string | null, email: string | null } | null, eligibilityIssues: Array<{ code: string, message: string }> } };

export type UpdateApplicationMutationVariables = Exact<{
  id: string | number;
  v: number;
  input: UpdateApplicationInput;
}>;


export type UpdateApplicationMutation = { updateApplication: { id: string, referenceNumber: string | null, status: ApplicationStatus, version: number, submittedAt: string | null, requestedAmount: string, totalBudget: string | null, summary: string | null, projectStart: string | null, projectEnd: string | null, sector: Sector | null, theme: { code: string } | null, projectName: { fi: string | null }, answers: Array<{ text: string, question: { code: string } }>, maturityAssessment: { level: number | null } | null, contact: { name: string | null, email: string | null } | null, eligibilityIssues: Array<{ code: string, message: string }> } };

export type WithdrawApplicationMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawApplicationMutation = { withdrawApplication: { id: string, status: ApplicationStatus, version: number } };

export type SignInQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInQuery = { viewer: { userId: string | null } };

export type JourneyCreateCallMutationVariables = Exact<{
  input: CreateCallInput;
}>;


export type JourneyCreateCallMutation = { createCall: { id: string, status: CallStatus, themes: Array<{ id: string, code: string }>, questions: Array<{ id: string, code: string }> } };

export type JourneyPublishCallMutationVariables = Exact<{
  id: string | number;
}>;


export type JourneyPublishCallMutation = { publishCall: { status: CallStatus, opensAt: string | null, closesAt: string | null } };

export type JourneyCreateConsortiumMutationVariables = Exact<{
  input: CreateConsortiumInput;
}>;


export type JourneyCreateConsortiumMutation = { createConsortium: { id: string, lead: { code: string } } };

export type JourneyCreateApplicationMutationVariables = Exact<{
  input: CreateApplicationInput;
}>;


export type JourneyCreateApplicationMutation = { createApplication: { id: string, referenceNumber: string | null, status: ApplicationStatus, version: number, submittedAt: string | null, requestedAmount: string, totalBudget: string | null, summary: string | null, projectStart: string | null, projectEnd: string | null, sector: Sector | null, theme: { code: string } | null, projectName: { fi: string | null }, answers: Array<{ text: string, question: { code: string } }>, maturityAssessment: { level: number | null } | null, contact: { name: string | null, email: string | null } | null, eligibilityIssues: Array<{ code: string, message: string }> } };

export type JourneySubmitApplicationMutationVariables = Exact<{
  id: string | number;
}>;


export type JourneySubmitApplicationMutation = { submitApplication: { id: string } };

export type JourneyUpdateApplicationMutationVariables = Exact<{
  id: string | number;
  v: number;
  input: UpdateApplicationInput;
}>;


export type JourneyUpdateApplicationMutation = { updateApplication: { id: string, referenceNumber: string | null, status: ApplicationStatus, version: number, submittedAt: string | null, requestedAmount: string, totalBudget: string | null, summary: string | null, projectStart: string | null, projectEnd: string | null, sector: Sector | null, theme: { code: string } | null, projectName: { fi: string | null }, answers: Array<{ text: string, question: { code: string } }>, maturityAssessment: { level: number | null } | null, contact: { name: string | null, email: string | null } | null, eligibilityIssues: Array<{ code: string, message: string }> } };

export type JourneySubmitApplication2MutationVariables = Exact<{
  id: string | number;
}>;


export type JourneySubmitApplication2Mutation = { submitApplication: { status: ApplicationStatus, referenceNumber: string | null, submittedAt: string | null, version: number } };

export type JourneyApplicationQueryVariables = Exact<{
  id: string | number;
}>;


export type JourneyApplicationQuery = { application: { id: string } | null };

export type JourneyCallQueryVariables = Exact<{ [key: string]: never; }>;


export type JourneyCallQuery = { call: { status: CallStatus, statistics: { applicationsSubmitted: number, totalRequested: string } } | null };

export type JourneyApplication2QueryVariables = Exact<{
  id: string | number;
}>;


export type JourneyApplication2Query = { application: { answers: Array<{ text: string }>, contact: { name: string | null } | null } | null };

export type JourneyCreateConsortium2MutationVariables = Exact<{
  input: CreateConsortiumInput;
}>;


export type JourneyCreateConsortium2Mutation = { createConsortium: { id: string } };

export type JourneyCreateApplication2MutationVariables = Exact<{
  input: CreateApplicationInput;
}>;


export type JourneyCreateApplication2Mutation = { createApplication: { id: string } };

export type JourneySubmitApplication3MutationVariables = Exact<{
  id: string | number;
}>;


export type JourneySubmitApplication3Mutation = { submitApplication: { id: string } };

export type JourneyCreateApplication3MutationVariables = Exact<{
  input: CreateApplicationInput;
}>;


export type JourneyCreateApplication3Mutation = { createApplication: { id: string } };

export type JourneyCall2QueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type JourneyCall2Query = { call: { applications: { nodes: Array<{ referenceNumber: string | null, status: ApplicationStatus, eligibilityIssues: Array<{ code: string }> }> } } | null };

export type LoadersAwardsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type LoadersAwardsQuery = { awards: { totalCount: number, nodes: Array<{ grantedAmount: string, call: { key: string, themes: Array<{ code: string }>, criteria: Array<{ code: string }>, questions: Array<{ code: string }>, conditions: Array<{ fi: string | null }>, statistics: { totalAwarded: string } }, leadMunicipality: { code: string, fundingTotal: string, region: { code: string } }, municipalities: Array<{ code: string, name: { text: string | null } }>, application: { projectName: { text: string | null }, award: { id: string } | null, theme: { code: string } | null, consortium: { name: string, lead: { code: string }, members: Array<{ role: ConsortiumRole, municipality: { code: string, region: { code: string } } }> } } }> } };

export type LoadersMunicipalitiesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type LoadersMunicipalitiesQuery = { municipalities: { nodes: Array<{ code: string, fundingTotal: string, region: { code: string, name: { sv: string | null } }, consortia: Array<{ id: string }>, awards: { totalCount: number } }> } };

export type LoadersMunicipalityQueryVariables = Exact<{ [key: string]: never; }>;


export type LoadersMunicipalityQuery = { hausjarvi: { consortia: Array<{ lead: { code: string }, members: Array<{ municipality: { code: string } }> }> } | null, loppi: { consortia: Array<{ lead: { code: string } }> } | null, riihimaki: { consortia: Array<{ lead: { code: string } }> } | null };

export type MetricsProbeQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsProbeQuery = { call: { key: string } | null };

export type TooLongQueryVariables = Exact<{ [key: string]: never; }>;


export type TooLongQuery = { awards: { totalCount: number } };

export type WithBadTokenQueryVariables = Exact<{ [key: string]: never; }>;


export type WithBadTokenQuery = { __typename: 'Query' };

export type MetricsCallQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsCallQuery = { call: { key: string, title: { fi: string | null } } | null };

export type MetricsCall2QueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsCall2Query = { call: { key: string } | null };

export type OverlapsOfApplicationQueryVariables = Exact<{
  id: string | number;
}>;


export type OverlapsOfApplicationQuery = { application: { overlaps: Array<{ reasons: Array<OverlapReason>, similarity: number | null, application: { id: string, status: ApplicationStatus } }> } | null };

export type OverlapsOfCallQueryVariables = Exact<{
  callId: string | number;
  first: number;
}>;


export type OverlapsOfCallQuery = { applications: { nodes: Array<{ id: string, overlaps: Array<{ reasons: Array<OverlapReason>, application: { id: string, award: { grantedAmount: string } | null } }> }> } };

export type PublicApiCallQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicApiCallQuery = { call: { key: string, year: number, stage: CallStage, status: CallStatus, timeZone: string, closesAt: string | null, opensAt: string | null, appropriation: string | null, minMunicipalities: number, excludedSectors: Array<Sector>, title: { fi: string | null, sv: string | null, en: string | null, text: string | null }, themes: Array<{ code: string, title: { fi: string | null } }>, questions: Array<{ code: string, required: boolean }>, publishedStatistics: { applicationsReceived: number | null, grantsAwarded: number | null, totalAwarded: string | null }, statistics: { applicationsAwarded: number, totalAwarded: string, remainingAppropriation: string | null }, awards: { totalCount: number } } | null };

export type PublicApiMunicipalityQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicApiMunicipalityQuery = { municipality: { code: string, kind: MunicipalityKind, population: number | null, fundingTotal: string, name: { fi: string | null, sv: string | null }, region: { code: string, name: { fi: string | null, sv: string | null } }, awards: { nodes: Array<{ grantedAmount: string, application: { projectName: { fi: string | null } } }> } } | null };

export type PublicApiMunicipalitiesQueryVariables = Exact<{
  search: string;
}>;


export type PublicApiMunicipalitiesQuery = { municipalities: { nodes: Array<{ code: string, name: { fi: string | null, sv: string | null } }> } };

export type PublicApiCall2QueryVariables = Exact<{ [key: string]: never; }>;


export type PublicApiCall2Query = { call: { title: { text: string | null, sv: string | null } } | null, swedishOnly: { title: { text: string | null } } | null };

export type PublicApiMunicipalities2QueryVariables = Exact<{
  validOn?: string | null | undefined;
}>;


export type PublicApiMunicipalities2Query = { municipalities: { totalCount: number } };

export type PublicApiAwardsQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicApiAwardsQuery = { awards: { nodes: Array<{ grantedAmount: string, leadMunicipality: { code: string, name: { fi: string | null } } }> } };

export type PublicApiAwards2QueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type PublicApiAwards2Query = { awards: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string } }> } };

export type PublicRecordSourceFieldsFragment = { key: string, kind: SourceKind, language: Language, publishedOn: string | null, publishedAt: string | null, url: string | null, title: { fi: string | null, sv: string | null, en: string | null }, publisher: { fi: string | null, sv: string | null, en: string | null } };

export type PublicRecordCallQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicRecordCallQuery = { call: { publishedStatistics: { grantsAwarded: number | null }, publishedDecisions: Array<{ listPosition: number, decisionDate: string, asPrinted: string, amountPublished: boolean, grantedAmount: string | null, lead: { code: string } | null, recipients: Array<{ code: string, name: { sv: string | null } }>, projectName: { fi: string | null, sv: string | null, en: string | null } | null, conditions: Array<{ sv: string | null, en: string | null }>, award: { id: string } | null, sources: Array<{ key: string }> }> } | null };

export type PublicRecordCall2QueryVariables = Exact<{ [key: string]: never; }>;


export type PublicRecordCall2Query = { call: { appropriation: string | null, publishedStatistics: { applicationsReceived: number | null, grantsAwarded: number | null, totalAwarded: string | null, totalAwardedPublished: boolean }, statistics: { applicationsAwarded: number, totalAwarded: string, remainingAppropriation: string | null, grantsDecided: number, grantsWithoutPublishedAmount: number, totalGranted: string | null, totalGrantedKnown: boolean } } | null, awards: { totalCount: number } };

export type PublicRecordCall3QueryVariables = Exact<{ [key: string]: never; }>;


export type PublicRecordCall3Query = { call: { sv: { items: Array<string>, text: string }, fi: { items: Array<string> } } | null };

export type PublicRecordCall4QueryVariables = Exact<{ [key: string]: never; }>;


export type PublicRecordCall4Query = { call: { publishedStatistics: { grantsAwarded: number | null, totalAwarded: string | null, totalAwardedPublished: boolean, sources: Array<{ key: string }> }, statistics: { grantsDecided: number, grantsWithoutPublishedAmount: number, totalAwarded: string, totalGranted: string | null, totalGrantedKnown: boolean, remainingAppropriation: string | null }, publishedDecisions: Array<{ listPosition: number, amountPublished: boolean, grantedAmount: string | null, lead: { code: string } | null, award: { grantedAmount: string, listPosition: number | null, sources: Array<{ key: string }> } | null, sources: Array<{ key: string }> }>, awards: { nodes: Array<{ sources: Array<{ key: string, kind: SourceKind, publishedOn: string | null }> }> } } | null };

export type PublicRecordCallsQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicRecordCallsQuery = { calls: { nodes: Array<{ key: string, description: { fi: string | null, sv: string | null, en: string | null, english: string | null }, notes: { fi: string | null, sv: string | null, en: string | null } | null, sources: Array<{ language: Language }> }> } };

export type PublicRecordCall5QueryVariables = Exact<{ [key: string]: never; }>;


export type PublicRecordCall5Query = { call: { notes: { sv: string | null, en: string | null } | null, conditions: Array<{ sv: string | null }>, description: { text: string | null } } | null };

export type PublicRecordCalls3QueryVariables = Exact<{ [key: string]: never; }>;


export type PublicRecordCalls3Query = { calls: { nodes: Array<{ key: string, sources: Array<{ key: string, kind: SourceKind, language: Language, publishedOn: string | null, publishedAt: string | null, url: string | null, title: { fi: string | null, sv: string | null, en: string | null }, publisher: { fi: string | null, sv: string | null, en: string | null } }>, publishedStatistics: { sources: Array<{ key: string }> }, publishedDecisions: Array<{ sources: Array<{ key: string }> }> }> }, awards: { totalCount: number, nodes: Array<{ sources: Array<{ key: string }> }> } };

export type PublicRecordCall6QueryVariables = Exact<{
  id: string | number;
}>;


export type PublicRecordCall6Query = { call: { sources: Array<{ key: string }>, publishedStatistics: { totalAwardedPublished: boolean, sources: Array<{ key: string }> }, publishedDecisions: Array<{ id: string }>, statistics: { grantsDecided: number, totalGranted: string | null, totalGrantedKnown: boolean } } | null };

export type PublicRecordCalls2QueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: CallFilter | null | undefined;
}>;


export type PublicRecordCalls2Query = { calls: { nodes: Array<{ sources: Array<{ key: string }>, publishedStatistics: { sources: Array<{ key: string }> }, statistics: { grantsDecided: number, totalGranted: string | null }, publishedDecisions: Array<{ lead: { code: string } | null, recipients: Array<{ code: string }>, sources: Array<{ key: string }>, award: { grantedAmount: string } | null, call: { key: string } }> }> } };

export type ReviewAssignReviewerMutationVariables = Exact<{
  a: string | number;
  r: string | number;
}>;


export type ReviewAssignReviewerMutation = { assignReviewer: { id: string, endedAt: string | null, reviewer: { id: string, name: string } | null } };

export type ReviewSaveEvaluationMutationVariables = Exact<{
  a: string | number;
  input: SaveEvaluationInput;
}>;


export type ReviewSaveEvaluationMutation = { saveEvaluation: { id: string, status: EvaluationStatus, version: number, weightedScore: number | null, recommendation: Recommendation | null, recommendedAmount: string | null, scores: Array<{ score: number, comment: string | null, criterion: { code: string } }>, reviewer: { id: string, name: string } | null } };

export type ReviewSubmitEvaluationMutationVariables = Exact<{
  id: string | number;
}>;


export type ReviewSubmitEvaluationMutation = { submitEvaluation: { id: string, status: EvaluationStatus, submittedAt: string | null } };

export type ReviewApplicationQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewApplicationQuery = { application: { id: string, evaluations: Array<{ id: string, status: EvaluationStatus, weightedScore: number | null, reviewer: { id: string } | null }>, evaluationSummary: { count: number, weightedScore: number | null, criteria: Array<{ mean: number | null, count: number, criterion: { code: string } }> } | null } | null };

export type ReviewStartReviewMutationVariables = Exact<{
  c: string | number;
}>;


export type ReviewStartReviewMutation = { startReview: Array<{ id: string, status: ApplicationStatus }> };

export type ReviewStartReview2MutationVariables = Exact<{
  c: string | number;
}>;


export type ReviewStartReview2Mutation = { startReview: Array<{ id: string }> };

export type ReviewStartReview3MutationVariables = Exact<{
  c: string | number;
}>;


export type ReviewStartReview3Mutation = { startReview: Array<{ id: string }> };

export type ReviewStartReview4MutationVariables = Exact<{
  c: string | number;
}>;


export type ReviewStartReview4Mutation = { startReview: Array<{ id: string, status: ApplicationStatus }> };

export type ReviewDeclareConflictOfInterestMutationVariables = Exact<{
  a: string | number;
}>;


export type ReviewDeclareConflictOfInterestMutation = { declareConflictOfInterest: { endedAt: string | null, endReason: AssignmentEnd | null, conflictDeclaration: string | null } };

export type ReviewReviewAssignmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewReviewAssignmentsQuery = { reviewAssignments: { totalCount: number, nodes: Array<{ application: { id: string, referenceNumber: string | null } | null }> } };

export type ReviewUnassignReviewerMutationVariables = Exact<{
  a: string | number;
  r: string | number;
}>;


export type ReviewUnassignReviewerMutation = { unassignReviewer: { endReason: AssignmentEnd | null } };

export type ReviewUnassignReviewer2MutationVariables = Exact<{
  a: string | number;
  r: string | number;
}>;


export type ReviewUnassignReviewer2Mutation = { unassignReviewer: { id: string } };

export type ReviewCallQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewCallQuery = { call: { applications: { nodes: Array<{ id: string, evaluations: Array<{ weightedScore: number | null, reviewer: { name: string } | null, scores: Array<{ score: number, criterion: { code: string } }> }>, evaluationSummary: { count: number, weightedScore: number | null, criteria: Array<{ mean: number | null }> } | null }> } } | null };

export type ReviewStartReview5MutationVariables = Exact<{
  c: string | number;
}>;


export type ReviewStartReview5Mutation = { startReview: Array<{ id: string }> };

export type SyntheticCallStatisticsQueryVariables = Exact<{
  key: string;
}>;


export type SyntheticCallStatisticsQuery = { call: { statistics: { applicationsAwarded: number, remainingAppropriation: string | null } } | null };

export type TimeZoneCreateCallMutationVariables = Exact<{
  input: CreateCallInput;
}>;


export type TimeZoneCreateCallMutation = { createCall: { id: string, opensAt: string | null, closesAt: string | null } };

export type TimeZoneUpdateCallMutationVariables = Exact<{
  id: string | number;
  input: UpdateCallInput;
}>;


export type TimeZoneUpdateCallMutation = { updateCall: { id: string, opensAt: string | null, closesAt: string | null } };

export type TwoStageInviteProposalMutationVariables = Exact<{
  proposalId: string | number;
  callId: string | number;
}>;


export type TwoStageInviteProposalMutation = { inviteProposal: { id: string, referenceNumber: string | null, status: ApplicationStatus, version: number, submittedAt: string | null, requestedAmount: string, totalBudget: string | null, summary: string | null, projectStart: string | null, projectEnd: string | null, sector: Sector | null, call: { key: string }, consortium: { id: string }, proposal: { id: string } | null, theme: { code: string } | null, projectName: { fi: string | null }, answers: Array<{ text: string, question: { code: string } }>, maturityAssessment: { level: number | null } | null, contact: { name: string | null, email: string | null } | null, eligibilityIssues: Array<{ code: string, message: string }> } };

export type TwoStageApplicationQueryVariables = Exact<{
  id: string | number;
}>;


export type TwoStageApplicationQuery = { application: { status: ApplicationStatus, call: { key: string } } | null };

export type TwoStageCreateCallMutationVariables = Exact<{
  input: CreateCallInput;
}>;


export type TwoStageCreateCallMutation = { createCall: { id: string } };

export type VisibilityApplicationQueryVariables = Exact<{
  d: string | number;
  s: string | number;
}>;


export type VisibilityApplicationQuery = { draft: { id: string, status: ApplicationStatus, projectName: { fi: string | null }, contact: { name: string | null } | null, answers: Array<{ text: string }>, maturityAssessment: { level: number | null } | null } | null, submitted: { id: string, status: ApplicationStatus, consortium: { id: string }, call: { id: string } } | null };

export type VisibilityApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type VisibilityApplicationsQuery = { all: { totalCount: number, nodes: Array<{ id: string }> }, drafts: { totalCount: number, nodes: Array<{ id: string }> }, submitted: { totalCount: number, nodes: Array<{ id: string }> } };

export type VisibilityApplications2QueryVariables = Exact<{
  c: string | number;
}>;


export type VisibilityApplications2Query = { byConsortium: { totalCount: number, nodes: Array<{ id: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, byMunicipality: { totalCount: number, nodes: Array<{ id: string }> }, byCall: { totalCount: number, nodes: Array<{ id: string }> } };

export type VisibilityCallQueryVariables = Exact<{ [key: string]: never; }>;


export type VisibilityCallQuery = { call: { applications: { totalCount: number, nodes: Array<{ id: string }> } } | null };

export type VisibilityConsortiumQueryVariables = Exact<{
  c: string | number;
}>;


export type VisibilityConsortiumQuery = { consortium: { id: string, name: string, members: Array<{ role: ConsortiumRole, municipality: { code: string } }>, applications: { totalCount: number, nodes: Array<{ id: string }> } } | null };

export type VisibilityApplication2QueryVariables = Exact<{
  s: string | number;
}>;


export type VisibilityApplication2Query = { application: { consortium: { applications: { totalCount: number, nodes: Array<{ id: string, status: ApplicationStatus }> } } } | null };

export type VisibilityMunicipalityQueryVariables = Exact<{ [key: string]: never; }>;


export type VisibilityMunicipalityQuery = { lead: { consortia: Array<{ id: string }>, applications: { totalCount: number, nodes: Array<{ id: string }> } } | null, member: { consortia: Array<{ id: string, name: string }>, applications: { totalCount: number } } | null };

export type VisibilityCall2QueryVariables = Exact<{ [key: string]: never; }>;


export type VisibilityCall2Query = { call: { statistics: { applicationsSubmitted: number } } | null };

export type VisibilityApplication3QueryVariables = Exact<{
  id: string | number;
}>;


export type VisibilityApplication3Query = { application: { id: string, proposalId: string | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CallFieldsFragmentDoc = new TypedDocumentString(`
    fragment CallFields on Call {
  id
  key
  stage
  status
  opensAt
  closesAt
  appropriation
  projectDeadline
  minMunicipalities
  excludedSectors
  requiresMaturityAssessment
  title {
    fi
    sv
    en
  }
  conditions {
    fi
  }
  themes {
    id
    code
  }
  criteria {
    code
    weight
    minScore
    maxScore
  }
  questions {
    id
    code
    required
    maxLength
  }
}
    `, {"fragmentName":"CallFields"}) as unknown as TypedDocumentString<CallFieldsFragment, unknown>;
export const ApplicationFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApplicationFields on Application {
  id
  referenceNumber
  status
  version
  submittedAt
  requestedAmount
  totalBudget
  summary
  projectStart
  projectEnd
  sector
  theme {
    code
  }
  projectName {
    fi
  }
  answers {
    question {
      code
    }
    text
  }
  maturityAssessment {
    level
  }
  contact {
    name
    email
  }
  eligibilityIssues {
    code
    message
  }
}
    `, {"fragmentName":"ApplicationFields"}) as unknown as TypedDocumentString<ApplicationFieldsFragment, unknown>;
export const PublicRecordSourceFieldsFragmentDoc = new TypedDocumentString(`
    fragment PublicRecordSourceFields on Source {
  key
  kind
  language
  title {
    fi
    sv
    en
  }
  publisher {
    fi
    sv
    en
  }
  publishedOn
  publishedAt
  url
}
    `, {"fragmentName":"PublicRecordSourceFields"}) as unknown as TypedDocumentString<PublicRecordSourceFieldsFragment, unknown>;
export const AdoptionsRecordDocument = new TypedDocumentString(`
    mutation AdoptionsRecord($input: RecordAdoptionInput!) {
  recordAdoption(input: $input) {
    id
    status
    kind
    adoptedOn
    description
    decidedAt
    municipality {
      code
    }
    award {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AdoptionsRecordMutation, AdoptionsRecordMutationVariables>;
export const AdoptionsConfirmDocument = new TypedDocumentString(`
    mutation AdoptionsConfirm($id: ID!) {
  confirmAdoption(id: $id) {
    id
    status
    decidedAt
  }
}
    `) as unknown as TypedDocumentString<AdoptionsConfirmMutation, AdoptionsConfirmMutationVariables>;
export const AdoptionsDeclineDocument = new TypedDocumentString(`
    mutation AdoptionsDecline($id: ID!) {
  declineAdoption(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AdoptionsDeclineMutation, AdoptionsDeclineMutationVariables>;
export const AdoptionsReadDocument = new TypedDocumentString(`
    query AdoptionsRead($id: ID!) {
  adoption(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AdoptionsReadQuery, AdoptionsReadQueryVariables>;
export const AdoptionsListsDocument = new TypedDocumentString(`
    query AdoptionsLists($callId: ID!, $code: String!) {
  awards(filter: {callId: $callId}) {
    nodes {
      adoptions {
        totalCount
        nodes {
          id
          status
          municipality {
            code
          }
        }
      }
    }
  }
  municipality(code: $code) {
    adoptedResults {
      totalCount
      nodes {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdoptionsListsQuery, AdoptionsListsQueryVariables>;
export const AdoptionsStatisticsDocument = new TypedDocumentString(`
    query AdoptionsStatistics($callId: ID!) {
  fundingStatistics(groupBy: [CALL], filter: {callId: $callId}) {
    totalGranted
    adoptions
    adoptingResidents
    residentsReachedPerEuro
  }
}
    `) as unknown as TypedDocumentString<AdoptionsStatisticsQuery, AdoptionsStatisticsQueryVariables>;
export const AdoptionsByRegionDocument = new TypedDocumentString(`
    query AdoptionsByRegion {
  adoptionsByRegion {
    region {
      code
    }
    adoptions
    adoptionsFromOtherRegions
    adoptingMunicipalities
    residents
  }
}
    `) as unknown as TypedDocumentString<AdoptionsByRegionQuery, AdoptionsByRegionQueryVariables>;
export const AdoptionsNestedDocument = new TypedDocumentString(`
    query AdoptionsNested($callId: ID!, $first: Int!) {
  awards(first: $first, filter: {callId: $callId}) {
    nodes {
      adoptions(first: 3) {
        totalCount
        nodes {
          municipality {
            code
            adoptedResults(first: 2) {
              totalCount
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdoptionsNestedQuery, AdoptionsNestedQueryVariables>;
export const ApplicationsMunicipalityDocument = new TypedDocumentString(`
    query ApplicationsMunicipality {
  municipality(code: "091") {
    awards {
      nodes {
        application {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApplicationsMunicipalityQuery, ApplicationsMunicipalityQueryVariables>;
export const ApplicationsCallDocument = new TypedDocumentString(`
    query ApplicationsCall {
  call(key: "2020") {
    themes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApplicationsCallQuery, ApplicationsCallQueryVariables>;
export const ApplicationsCall2Document = new TypedDocumentString(`
    query ApplicationsCall2 {
  call(key: "2020") {
    id
    status
    themes {
      id
    }
    questions {
      id
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ApplicationsCall2Query, ApplicationsCall2QueryVariables>;
export const ApplicationsUpdateCallDocument = new TypedDocumentString(`
    mutation ApplicationsUpdateCall($id: ID!, $input: UpdateCallInput!) {
  updateCall(id: $id, input: $input) {
    title {
      fi
    }
    questions {
      code
      required
    }
  }
}
    `) as unknown as TypedDocumentString<ApplicationsUpdateCallMutation, ApplicationsUpdateCallMutationVariables>;
export const ApplicationsUpdateConsortiumDocument = new TypedDocumentString(`
    mutation ApplicationsUpdateConsortium($id: ID!, $input: UpdateConsortiumInput!) {
  updateConsortium(id: $id, input: $input) {
    name
  }
}
    `) as unknown as TypedDocumentString<ApplicationsUpdateConsortiumMutation, ApplicationsUpdateConsortiumMutationVariables>;
export const ApplicationsCall3Document = new TypedDocumentString(`
    query ApplicationsCall3 {
  call(key: "2020") {
    questions {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApplicationsCall3Query, ApplicationsCall3QueryVariables>;
export const ApplicationsCreateApplicationDocument = new TypedDocumentString(`
    mutation ApplicationsCreateApplication($input: CreateApplicationInput!) {
  createApplication(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApplicationsCreateApplicationMutation, ApplicationsCreateApplicationMutationVariables>;
export const ApplicationsApplicationDocument = new TypedDocumentString(`
    query ApplicationsApplication($id: ID!) {
  application(id: $id) {
    status
    eligibilityIssues {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ApplicationsApplicationQuery, ApplicationsApplicationQueryVariables>;
export const ApplicationsCreateConsortiumDocument = new TypedDocumentString(`
    mutation ApplicationsCreateConsortium {
  createConsortium(
    input: {name: "Ei synny", leadCode: "091", memberCodes: ["049"]}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApplicationsCreateConsortiumMutation, ApplicationsCreateConsortiumMutationVariables>;
export const AuditEventsAuditEventsDocument = new TypedDocumentString(`
    query AuditEventsAuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      occurredAt
      actorId
      action
      entityType
      entityId
      changes
    }
  }
}
    `) as unknown as TypedDocumentString<AuditEventsAuditEventsQuery, AuditEventsAuditEventsQueryVariables>;
export const AuthHttpViewerDocument = new TypedDocumentString(`
    query AuthHttpViewer {
  viewer {
    role
    userId
  }
  awards(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AuthHttpViewerQuery, AuthHttpViewerQueryVariables>;
export const AuthHttpPublicViewerDocument = new TypedDocumentString(`
    query AuthHttpPublicViewer {
  viewer {
    role
    userId
  }
  viewer2: viewer {
    roles
    name
    municipalities {
      code
    }
  }
  awards(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AuthHttpPublicViewerQuery, AuthHttpPublicViewerQueryVariables>;
export const AuthHttpViewer2Document = new TypedDocumentString(`
    query AuthHttpViewer2 {
  viewer {
    role
    roles
    userId
    name
    municipalities {
      code
      name {
        fi
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthHttpViewer2Query, AuthHttpViewer2QueryVariables>;
export const AuthHttpViewer3Document = new TypedDocumentString(`
    query AuthHttpViewer3 {
  viewer {
    role
    userId
    municipalities {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AuthHttpViewer3Query, AuthHttpViewer3QueryVariables>;
export const AuthHttpViewer4Document = new TypedDocumentString(`
    query AuthHttpViewer4 {
  viewer {
    role
  }
}
    `) as unknown as TypedDocumentString<AuthHttpViewer4Query, AuthHttpViewer4QueryVariables>;
export const AuthHttpViewer5Document = new TypedDocumentString(`
    query AuthHttpViewer5 {
  viewer {
    role
    roles
    userId
  }
}
    `) as unknown as TypedDocumentString<AuthHttpViewer5Query, AuthHttpViewer5QueryVariables>;
export const AuthHttpViewer6Document = new TypedDocumentString(`
    query AuthHttpViewer6 {
  viewer {
    role
  }
}
    `) as unknown as TypedDocumentString<AuthHttpViewer6Query, AuthHttpViewer6QueryVariables>;
export const AwardConcurrencyDecideAwardDocument = new TypedDocumentString(`
    mutation AwardConcurrencyDecideAward($a: ID!, $input: DecideAwardInput!) {
  decideAward(applicationId: $a, input: $input) {
    id
    grantedAmount
  }
}
    `) as unknown as TypedDocumentString<AwardConcurrencyDecideAwardMutation, AwardConcurrencyDecideAwardMutationVariables>;
export const AwardConcurrencyStartReviewDocument = new TypedDocumentString(`
    mutation AwardConcurrencyStartReview($c: ID!) {
  startReview(callId: $c) {
    id
  }
}
    `) as unknown as TypedDocumentString<AwardConcurrencyStartReviewMutation, AwardConcurrencyStartReviewMutationVariables>;
export const AwardDecideAwardDocument = new TypedDocumentString(`
    mutation AwardDecideAward($a: ID!, $input: DecideAwardInput!) {
  decideAward(applicationId: $a, input: $input) {
    id
    grantedAmount
    decisionDate
    decisionNumber
    conditions
    projectDeadline
    application {
      id
      status
    }
    leadMunicipality {
      code
    }
    municipalities {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AwardDecideAwardMutation, AwardDecideAwardMutationVariables>;
export const AwardRejectApplicationDocument = new TypedDocumentString(`
    mutation AwardRejectApplication($a: ID!, $reason: String!) {
  rejectApplication(applicationId: $a, reason: $reason) {
    id
    status
    rejectionReason
  }
}
    `) as unknown as TypedDocumentString<AwardRejectApplicationMutation, AwardRejectApplicationMutationVariables>;
export const AwardCallDocument = new TypedDocumentString(`
    query AwardCall($id: ID!) {
  call(id: $id) {
    status
    decisionDate
    statistics {
      totalAwarded
      remainingAppropriation
    }
  }
}
    `) as unknown as TypedDocumentString<AwardCallQuery, AwardCallQueryVariables>;
export const AwardStartReviewDocument = new TypedDocumentString(`
    mutation AwardStartReview($c: ID!) {
  startReview(callId: $c) {
    id
  }
}
    `) as unknown as TypedDocumentString<AwardStartReviewMutation, AwardStartReviewMutationVariables>;
export const AwardCall2Document = new TypedDocumentString(`
    query AwardCall2 {
  call(key: "2020") {
    sv: decisionList {
      language
      items
      text
    }
    fi: decisionList(lang: FI) {
      language
      items
    }
  }
}
    `) as unknown as TypedDocumentString<AwardCall2Query, AwardCall2QueryVariables>;
export const AwardStartReview2Document = new TypedDocumentString(`
    mutation AwardStartReview2($c: ID!) {
  startReview(callId: $c) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AwardStartReview2Mutation, AwardStartReview2MutationVariables>;
export const AwardAssignReviewerDocument = new TypedDocumentString(`
    mutation AwardAssignReviewer($a: ID!, $r: ID!) {
  assignReviewer(applicationId: $a, reviewerId: $r) {
    id
  }
}
    `) as unknown as TypedDocumentString<AwardAssignReviewerMutation, AwardAssignReviewerMutationVariables>;
export const AwardSaveEvaluationDocument = new TypedDocumentString(`
    mutation AwardSaveEvaluation($a: ID!, $input: SaveEvaluationInput!) {
  saveEvaluation(applicationId: $a, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AwardSaveEvaluationMutation, AwardSaveEvaluationMutationVariables>;
export const AwardSubmitEvaluationDocument = new TypedDocumentString(`
    mutation AwardSubmitEvaluation($id: ID!) {
  submitEvaluation(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<AwardSubmitEvaluationMutation, AwardSubmitEvaluationMutationVariables>;
export const AwardCall3Document = new TypedDocumentString(`
    query AwardCall3($id: ID!) {
  call(id: $id) {
    ranking {
      rank
      weightedScore
      evaluationCount
      application {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AwardCall3Query, AwardCall3QueryVariables>;
export const AwardCall4Document = new TypedDocumentString(`
    query AwardCall4($id: ID!) {
  call(id: $id) {
    status
    decisionList {
      items
    }
  }
}
    `) as unknown as TypedDocumentString<AwardCall4Query, AwardCall4QueryVariables>;
export const CallsAdminCreateCallDocument = new TypedDocumentString(`
    mutation CallsAdminCreateCall($input: CreateCallInput!) {
  createCall(input: $input) {
    ...CallFields
  }
}
    fragment CallFields on Call {
  id
  key
  stage
  status
  opensAt
  closesAt
  appropriation
  projectDeadline
  minMunicipalities
  excludedSectors
  requiresMaturityAssessment
  title {
    fi
    sv
    en
  }
  conditions {
    fi
  }
  themes {
    id
    code
  }
  criteria {
    code
    weight
    minScore
    maxScore
  }
  questions {
    id
    code
    required
    maxLength
  }
}`) as unknown as TypedDocumentString<CallsAdminCreateCallMutation, CallsAdminCreateCallMutationVariables>;
export const CallsAdminUpdateCallDocument = new TypedDocumentString(`
    mutation CallsAdminUpdateCall($id: ID!, $input: UpdateCallInput!) {
  updateCall(id: $id, input: $input) {
    ...CallFields
    description {
      en
    }
  }
}
    fragment CallFields on Call {
  id
  key
  stage
  status
  opensAt
  closesAt
  appropriation
  projectDeadline
  minMunicipalities
  excludedSectors
  requiresMaturityAssessment
  title {
    fi
    sv
    en
  }
  conditions {
    fi
  }
  themes {
    id
    code
  }
  criteria {
    code
    weight
    minScore
    maxScore
  }
  questions {
    id
    code
    required
    maxLength
  }
}`) as unknown as TypedDocumentString<CallsAdminUpdateCallMutation, CallsAdminUpdateCallMutationVariables>;
export const CallsAdminPublishCallDocument = new TypedDocumentString(`
    mutation CallsAdminPublishCall($id: ID!) {
  publishCall(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CallsAdminPublishCallMutation, CallsAdminPublishCallMutationVariables>;
export const CallsAdminCallDocument = new TypedDocumentString(`
    query CallsAdminCall($id: ID!) {
  call(id: $id) {
    key
  }
}
    `) as unknown as TypedDocumentString<CallsAdminCallQuery, CallsAdminCallQueryVariables>;
export const CallsAdminCall2Document = new TypedDocumentString(`
    query CallsAdminCall2($id: ID!) {
  call(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<CallsAdminCall2Query, CallsAdminCall2QueryVariables>;
export const CallsAdminCall3Document = new TypedDocumentString(`
    query CallsAdminCall3 {
  call(key: "bad-input") {
    id
  }
}
    `) as unknown as TypedDocumentString<CallsAdminCall3Query, CallsAdminCall3QueryVariables>;
export const CallsAdminCall4Document = new TypedDocumentString(`
    query CallsAdminCall4 {
  call(key: "2020") {
    id
  }
}
    `) as unknown as TypedDocumentString<CallsAdminCall4Query, CallsAdminCall4QueryVariables>;
export const ConsortiaCreateConsortiumDocument = new TypedDocumentString(`
    mutation ConsortiaCreateConsortium($input: CreateConsortiumInput!) {
  createConsortium(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsortiaCreateConsortiumMutation, ConsortiaCreateConsortiumMutationVariables>;
export const ConsortiaUpdateConsortiumDocument = new TypedDocumentString(`
    mutation ConsortiaUpdateConsortium($id: ID!, $v: Int, $input: UpdateConsortiumInput!) {
  updateConsortium(id: $id, expectedVersion: $v, input: $input) {
    id
    name
    version
    partners
    members {
      role
      municipality {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsortiaUpdateConsortiumMutation, ConsortiaUpdateConsortiumMutationVariables>;
export const ConsortiaConsortiumDocument = new TypedDocumentString(`
    query ConsortiaConsortium($id: ID!) {
  consortium(id: $id) {
    name
    lead {
      code
    }
    members {
      role
      municipality {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsortiaConsortiumQuery, ConsortiaConsortiumQueryVariables>;
export const ConsortiaCallDocument = new TypedDocumentString(`
    query ConsortiaCall {
  call(key: "2020") {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsortiaCallQuery, ConsortiaCallQueryVariables>;
export const DeadlineRushSubmitApplicationDocument = new TypedDocumentString(`
    mutation DeadlineRushSubmitApplication($id: ID!) {
  submitApplication(id: $id) {
    id
    status
    referenceNumber
  }
}
    `) as unknown as TypedDocumentString<DeadlineRushSubmitApplicationMutation, DeadlineRushSubmitApplicationMutationVariables>;
export const DeadlineRushCreateApplicationDocument = new TypedDocumentString(`
    mutation DeadlineRushCreateApplication($input: CreateApplicationInput!) {
  createApplication(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeadlineRushCreateApplicationMutation, DeadlineRushCreateApplicationMutationVariables>;
export const DeadlineRushUpdateApplicationDocument = new TypedDocumentString(`
    mutation DeadlineRushUpdateApplication($id: ID!, $v: Int!, $input: UpdateApplicationInput!) {
  updateApplication(id: $id, expectedVersion: $v, input: $input) {
    id
    version
    projectName {
      fi
    }
  }
}
    `) as unknown as TypedDocumentString<DeadlineRushUpdateApplicationMutation, DeadlineRushUpdateApplicationMutationVariables>;
export const DeadlineRushSaveEvaluationDocument = new TypedDocumentString(`
    mutation DeadlineRushSaveEvaluation($a: ID!, $input: SaveEvaluationInput!) {
  saveEvaluation(applicationId: $a, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeadlineRushSaveEvaluationMutation, DeadlineRushSaveEvaluationMutationVariables>;
export const DeadlineRushDecideAwardDocument = new TypedDocumentString(`
    mutation DeadlineRushDecideAward($a: ID!, $input: DecideAwardInput!) {
  decideAward(applicationId: $a, input: $input) {
    id
    grantedAmount
  }
}
    `) as unknown as TypedDocumentString<DeadlineRushDecideAwardMutation, DeadlineRushDecideAwardMutationVariables>;
export const DeadlineRushStartReviewDocument = new TypedDocumentString(`
    mutation DeadlineRushStartReview($c: ID!) {
  startReview(callId: $c) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeadlineRushStartReviewMutation, DeadlineRushStartReviewMutationVariables>;
export const DeadlineRushStartReview2Document = new TypedDocumentString(`
    mutation DeadlineRushStartReview2($c: ID!) {
  startReview(callId: $c) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeadlineRushStartReview2Mutation, DeadlineRushStartReview2MutationVariables>;
export const ErrorShapesDecideAwardDocument = new TypedDocumentString(`
    mutation ErrorShapesDecideAward($a: ID!, $input: DecideAwardInput!) {
  decideAward(applicationId: $a, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorShapesDecideAwardMutation, ErrorShapesDecideAwardMutationVariables>;
export const ErrorShapesAssignReviewerDocument = new TypedDocumentString(`
    mutation ErrorShapesAssignReviewer($a: ID!, $r: ID!) {
  assignReviewer(applicationId: $a, reviewerId: $r) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorShapesAssignReviewerMutation, ErrorShapesAssignReviewerMutationVariables>;
export const ErrorShapesViewerDocument = new TypedDocumentString(`
    query ErrorShapesViewer {
  viewer {
    role
  }
}
    `) as unknown as TypedDocumentString<ErrorShapesViewerQuery, ErrorShapesViewerQueryVariables>;
export const ErrorShapesStartReviewDocument = new TypedDocumentString(`
    mutation ErrorShapesStartReview($c: ID!) {
  startReview(callId: $c) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorShapesStartReviewMutation, ErrorShapesStartReviewMutationVariables>;
export const ErrorShapesAwardsDocument = new TypedDocumentString(`
    query ErrorShapesAwards {
  awards(filter: {callKey: "1999"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ErrorShapesAwardsQuery, ErrorShapesAwardsQueryVariables>;
export const ErrorShapesUpdateConsortiumDocument = new TypedDocumentString(`
    mutation ErrorShapesUpdateConsortium($id: ID!, $v: Int, $input: UpdateConsortiumInput!) {
  updateConsortium(id: $id, expectedVersion: $v, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorShapesUpdateConsortiumMutation, ErrorShapesUpdateConsortiumMutationVariables>;
export const ErrorShapesUpdateConsortium2Document = new TypedDocumentString(`
    mutation ErrorShapesUpdateConsortium2($id: ID!, $input: UpdateConsortiumInput!) {
  updateConsortium(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorShapesUpdateConsortium2Mutation, ErrorShapesUpdateConsortium2MutationVariables>;
export const ErrorShapesUpdateCallDocument = new TypedDocumentString(`
    mutation ErrorShapesUpdateCall($id: ID!, $input: UpdateCallInput!) {
  updateCall(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorShapesUpdateCallMutation, ErrorShapesUpdateCallMutationVariables>;
export const ErrorShapesPublishCallDocument = new TypedDocumentString(`
    mutation ErrorShapesPublishCall($id: ID!) {
  publishCall(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorShapesPublishCallMutation, ErrorShapesPublishCallMutationVariables>;
export const ErrorShapesStartReview2Document = new TypedDocumentString(`
    mutation ErrorShapesStartReview2($c: ID!) {
  startReview(callId: $c) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorShapesStartReview2Mutation, ErrorShapesStartReview2MutationVariables>;
export const ErrorShapesSaveEvaluationDocument = new TypedDocumentString(`
    mutation ErrorShapesSaveEvaluation($a: ID!, $input: SaveEvaluationInput!) {
  saveEvaluation(applicationId: $a, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorShapesSaveEvaluationMutation, ErrorShapesSaveEvaluationMutationVariables>;
export const ErrorShapesDeclareConflictOfInterestDocument = new TypedDocumentString(`
    mutation ErrorShapesDeclareConflictOfInterest($a: ID!, $reason: String!) {
  declareConflictOfInterest(applicationId: $a, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorShapesDeclareConflictOfInterestMutation, ErrorShapesDeclareConflictOfInterestMutationVariables>;
export const ErrorShapesSaveEvaluation2Document = new TypedDocumentString(`
    mutation ErrorShapesSaveEvaluation2($a: ID!, $input: SaveEvaluationInput!) {
  saveEvaluation(applicationId: $a, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorShapesSaveEvaluation2Mutation, ErrorShapesSaveEvaluation2MutationVariables>;
export const ErrorShapesUnassignReviewerDocument = new TypedDocumentString(`
    mutation ErrorShapesUnassignReviewer($a: ID!, $r: ID!) {
  unassignReviewer(applicationId: $a, reviewerId: $r) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorShapesUnassignReviewerMutation, ErrorShapesUnassignReviewerMutationVariables>;
export const ErrorShapesSubmitEvaluationDocument = new TypedDocumentString(`
    mutation ErrorShapesSubmitEvaluation($id: ID!) {
  submitEvaluation(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ErrorShapesSubmitEvaluationMutation, ErrorShapesSubmitEvaluationMutationVariables>;
export const ErrorShapesCallsDocument = new TypedDocumentString(`
    query ErrorShapesCalls {
  calls {
    nodes {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<ErrorShapesCallsQuery, ErrorShapesCallsQueryVariables>;
export const ErrorShapesCalls2Document = new TypedDocumentString(`
    query ErrorShapesCalls2 {
  calls {
    nodes {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<ErrorShapesCalls2Query, ErrorShapesCalls2QueryVariables>;
export const ErrorShapes__TypenameDocument = new TypedDocumentString(`
    query ErrorShapes__typename {
  __typename
}
    `) as unknown as TypedDocumentString<ErrorShapes__TypenameQuery, ErrorShapes__TypenameQueryVariables>;
export const FederationEvaluationTypenameDocument = new TypedDocumentString(`
    query FederationEvaluationTypename {
  __typename
}
    `) as unknown as TypedDocumentString<FederationEvaluationTypenameQuery, FederationEvaluationTypenameQueryVariables>;
export const FederationEvaluationTypename2Document = new TypedDocumentString(`
    query FederationEvaluationTypename2 {
  __typename
}
    `) as unknown as TypedDocumentString<FederationEvaluationTypename2Query, FederationEvaluationTypename2QueryVariables>;
export const FilteredAwardsDocument = new TypedDocumentString(`
    query FilteredAwards($f: AwardFilter) {
  awards(first: 100, filter: $f) {
    totalCount
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FilteredAwardsQuery, FilteredAwardsQueryVariables>;
export const FilteredApplicationsDocument = new TypedDocumentString(`
    query FilteredApplications($f: ApplicationFilter) {
  applications(first: 100, filter: $f) {
    totalCount
    nodes {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<FilteredApplicationsQuery, FilteredApplicationsQueryVariables>;
export const TallyCallStatisticsDocument = new TypedDocumentString(`
    query TallyCallStatistics($key: String!) {
  call(key: $key) {
    statistics {
      applicationsSubmitted
      applicationsAwarded
      totalRequested
      totalAwarded
      grantsDecided
    }
  }
}
    `) as unknown as TypedDocumentString<TallyCallStatisticsQuery, TallyCallStatisticsQueryVariables>;
export const TallyByMemberDocument = new TypedDocumentString(`
    query TallyByMember($key: String!) {
  fundingStatistics(
    groupBy: [MUNICIPALITY]
    municipalityRole: MEMBER
    filter: {callKey: $key}
  ) {
    municipality {
      code
    }
    applicationsSubmitted
    applicationsAwarded
    totalRequested
    totalGranted
  }
}
    `) as unknown as TypedDocumentString<TallyByMemberQuery, TallyByMemberQueryVariables>;
export const TallyStartReviewDocument = new TypedDocumentString(`
    mutation TallyStartReview($c: ID!) {
  startReview(callId: $c) {
    id
  }
}
    `) as unknown as TypedDocumentString<TallyStartReviewMutation, TallyStartReviewMutationVariables>;
export const TallyDecideDocument = new TypedDocumentString(`
    mutation TallyDecide($a: ID!, $input: DecideAwardInput!) {
  decideAward(applicationId: $a, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<TallyDecideMutation, TallyDecideMutationVariables>;
export const TallyRejectDocument = new TypedDocumentString(`
    mutation TallyReject($a: ID!, $r: String!) {
  rejectApplication(applicationId: $a, reason: $r) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<TallyRejectMutation, TallyRejectMutationVariables>;
export const ReadApplicationDocument = new TypedDocumentString(`
    query ReadApplication($id: ID!) {
  application(id: $id) {
    ...ApplicationFields
  }
}
    fragment ApplicationFields on Application {
  id
  referenceNumber
  status
  version
  submittedAt
  requestedAmount
  totalBudget
  summary
  projectStart
  projectEnd
  sector
  theme {
    code
  }
  projectName {
    fi
  }
  answers {
    question {
      code
    }
    text
  }
  maturityAssessment {
    level
  }
  contact {
    name
    email
  }
  eligibilityIssues {
    code
    message
  }
}`) as unknown as TypedDocumentString<ReadApplicationQuery, ReadApplicationQueryVariables>;
export const CreateCallDocument = new TypedDocumentString(`
    mutation CreateCall($input: CreateCallInput!) {
  createCall(input: $input) {
    ...CallFields
  }
}
    fragment CallFields on Call {
  id
  key
  stage
  status
  opensAt
  closesAt
  appropriation
  projectDeadline
  minMunicipalities
  excludedSectors
  requiresMaturityAssessment
  title {
    fi
    sv
    en
  }
  conditions {
    fi
  }
  themes {
    id
    code
  }
  criteria {
    code
    weight
    minScore
    maxScore
  }
  questions {
    id
    code
    required
    maxLength
  }
}`) as unknown as TypedDocumentString<CreateCallMutation, CreateCallMutationVariables>;
export const PublishCallDocument = new TypedDocumentString(`
    mutation PublishCall($id: ID!) {
  publishCall(id: $id) {
    ...CallFields
  }
}
    fragment CallFields on Call {
  id
  key
  stage
  status
  opensAt
  closesAt
  appropriation
  projectDeadline
  minMunicipalities
  excludedSectors
  requiresMaturityAssessment
  title {
    fi
    sv
    en
  }
  conditions {
    fi
  }
  themes {
    id
    code
  }
  criteria {
    code
    weight
    minScore
    maxScore
  }
  questions {
    id
    code
    required
    maxLength
  }
}`) as unknown as TypedDocumentString<PublishCallMutation, PublishCallMutationVariables>;
export const CreateConsortiumDocument = new TypedDocumentString(`
    mutation CreateConsortium($input: CreateConsortiumInput!) {
  createConsortium(input: $input) {
    id
    name
    version
    lead {
      code
    }
    members {
      role
      municipality {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CreateConsortiumMutation, CreateConsortiumMutationVariables>;
export const CreateApplicationDocument = new TypedDocumentString(`
    mutation CreateApplication($input: CreateApplicationInput!) {
  createApplication(input: $input) {
    ...ApplicationFields
  }
}
    fragment ApplicationFields on Application {
  id
  referenceNumber
  status
  version
  submittedAt
  requestedAmount
  totalBudget
  summary
  projectStart
  projectEnd
  sector
  theme {
    code
  }
  projectName {
    fi
  }
  answers {
    question {
      code
    }
    text
  }
  maturityAssessment {
    level
  }
  contact {
    name
    email
  }
  eligibilityIssues {
    code
    message
  }
}`) as unknown as TypedDocumentString<CreateApplicationMutation, CreateApplicationMutationVariables>;
export const SubmitApplicationDocument = new TypedDocumentString(`
    mutation SubmitApplication($id: ID!) {
  submitApplication(id: $id) {
    ...ApplicationFields
  }
}
    fragment ApplicationFields on Application {
  id
  referenceNumber
  status
  version
  submittedAt
  requestedAmount
  totalBudget
  summary
  projectStart
  projectEnd
  sector
  theme {
    code
  }
  projectName {
    fi
  }
  answers {
    question {
      code
    }
    text
  }
  maturityAssessment {
    level
  }
  contact {
    name
    email
  }
  eligibilityIssues {
    code
    message
  }
}`) as unknown as TypedDocumentString<SubmitApplicationMutation, SubmitApplicationMutationVariables>;
export const UpdateApplicationDocument = new TypedDocumentString(`
    mutation UpdateApplication($id: ID!, $v: Int!, $input: UpdateApplicationInput!) {
  updateApplication(id: $id, expectedVersion: $v, input: $input) {
    ...ApplicationFields
  }
}
    fragment ApplicationFields on Application {
  id
  referenceNumber
  status
  version
  submittedAt
  requestedAmount
  totalBudget
  summary
  projectStart
  projectEnd
  sector
  theme {
    code
  }
  projectName {
    fi
  }
  answers {
    question {
      code
    }
    text
  }
  maturityAssessment {
    level
  }
  contact {
    name
    email
  }
  eligibilityIssues {
    code
    message
  }
}`) as unknown as TypedDocumentString<UpdateApplicationMutation, UpdateApplicationMutationVariables>;
export const WithdrawApplicationDocument = new TypedDocumentString(`
    mutation WithdrawApplication($id: ID!) {
  withdrawApplication(id: $id) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<WithdrawApplicationMutation, WithdrawApplicationMutationVariables>;
export const SignInDocument = new TypedDocumentString(`
    query SignIn {
  viewer {
    userId
  }
}
    `) as unknown as TypedDocumentString<SignInQuery, SignInQueryVariables>;
export const JourneyCreateCallDocument = new TypedDocumentString(`
    mutation JourneyCreateCall($input: CreateCallInput!) {
  createCall(input: $input) {
    id
    status
    themes {
      id
      code
    }
    questions {
      id
      code
    }
  }
}
    `) as unknown as TypedDocumentString<JourneyCreateCallMutation, JourneyCreateCallMutationVariables>;
export const JourneyPublishCallDocument = new TypedDocumentString(`
    mutation JourneyPublishCall($id: ID!) {
  publishCall(id: $id) {
    status
    opensAt
    closesAt
  }
}
    `) as unknown as TypedDocumentString<JourneyPublishCallMutation, JourneyPublishCallMutationVariables>;
export const JourneyCreateConsortiumDocument = new TypedDocumentString(`
    mutation JourneyCreateConsortium($input: CreateConsortiumInput!) {
  createConsortium(input: $input) {
    id
    lead {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<JourneyCreateConsortiumMutation, JourneyCreateConsortiumMutationVariables>;
export const JourneyCreateApplicationDocument = new TypedDocumentString(`
    mutation JourneyCreateApplication($input: CreateApplicationInput!) {
  createApplication(input: $input) {
    ...ApplicationFields
  }
}
    fragment ApplicationFields on Application {
  id
  referenceNumber
  status
  version
  submittedAt
  requestedAmount
  totalBudget
  summary
  projectStart
  projectEnd
  sector
  theme {
    code
  }
  projectName {
    fi
  }
  answers {
    question {
      code
    }
    text
  }
  maturityAssessment {
    level
  }
  contact {
    name
    email
  }
  eligibilityIssues {
    code
    message
  }
}`) as unknown as TypedDocumentString<JourneyCreateApplicationMutation, JourneyCreateApplicationMutationVariables>;
export const JourneySubmitApplicationDocument = new TypedDocumentString(`
    mutation JourneySubmitApplication($id: ID!) {
  submitApplication(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<JourneySubmitApplicationMutation, JourneySubmitApplicationMutationVariables>;
export const JourneyUpdateApplicationDocument = new TypedDocumentString(`
    mutation JourneyUpdateApplication($id: ID!, $v: Int!, $input: UpdateApplicationInput!) {
  updateApplication(id: $id, expectedVersion: $v, input: $input) {
    ...ApplicationFields
  }
}
    fragment ApplicationFields on Application {
  id
  referenceNumber
  status
  version
  submittedAt
  requestedAmount
  totalBudget
  summary
  projectStart
  projectEnd
  sector
  theme {
    code
  }
  projectName {
    fi
  }
  answers {
    question {
      code
    }
    text
  }
  maturityAssessment {
    level
  }
  contact {
    name
    email
  }
  eligibilityIssues {
    code
    message
  }
}`) as unknown as TypedDocumentString<JourneyUpdateApplicationMutation, JourneyUpdateApplicationMutationVariables>;
export const JourneySubmitApplication2Document = new TypedDocumentString(`
    mutation JourneySubmitApplication2($id: ID!) {
  submitApplication(id: $id) {
    status
    referenceNumber
    submittedAt
    version
  }
}
    `) as unknown as TypedDocumentString<JourneySubmitApplication2Mutation, JourneySubmitApplication2MutationVariables>;
export const JourneyApplicationDocument = new TypedDocumentString(`
    query JourneyApplication($id: ID!) {
  application(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<JourneyApplicationQuery, JourneyApplicationQueryVariables>;
export const JourneyCallDocument = new TypedDocumentString(`
    query JourneyCall {
  call(key: "2026") {
    status
    statistics {
      applicationsSubmitted
      totalRequested
    }
  }
}
    `) as unknown as TypedDocumentString<JourneyCallQuery, JourneyCallQueryVariables>;
export const JourneyApplication2Document = new TypedDocumentString(`
    query JourneyApplication2($id: ID!) {
  application(id: $id) {
    answers {
      text
    }
    contact {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<JourneyApplication2Query, JourneyApplication2QueryVariables>;
export const JourneyCreateConsortium2Document = new TypedDocumentString(`
    mutation JourneyCreateConsortium2($input: CreateConsortiumInput!) {
  createConsortium(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<JourneyCreateConsortium2Mutation, JourneyCreateConsortium2MutationVariables>;
export const JourneyCreateApplication2Document = new TypedDocumentString(`
    mutation JourneyCreateApplication2($input: CreateApplicationInput!) {
  createApplication(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<JourneyCreateApplication2Mutation, JourneyCreateApplication2MutationVariables>;
export const JourneySubmitApplication3Document = new TypedDocumentString(`
    mutation JourneySubmitApplication3($id: ID!) {
  submitApplication(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<JourneySubmitApplication3Mutation, JourneySubmitApplication3MutationVariables>;
export const JourneyCreateApplication3Document = new TypedDocumentString(`
    mutation JourneyCreateApplication3($input: CreateApplicationInput!) {
  createApplication(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<JourneyCreateApplication3Mutation, JourneyCreateApplication3MutationVariables>;
export const JourneyCall2Document = new TypedDocumentString(`
    query JourneyCall2($first: Int) {
  call(key: "2026") {
    applications(first: $first) {
      nodes {
        referenceNumber
        status
        eligibilityIssues {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JourneyCall2Query, JourneyCall2QueryVariables>;
export const LoadersAwardsDocument = new TypedDocumentString(`
    query LoadersAwards($first: Int) {
  awards(first: $first, orderBy: {field: AMOUNT, direction: DESC}) {
    totalCount
    nodes {
      grantedAmount
      call {
        key
        themes {
          code
        }
        criteria {
          code
        }
        questions {
          code
        }
        conditions {
          fi
        }
        statistics {
          totalAwarded
        }
      }
      leadMunicipality {
        code
        region {
          code
        }
        fundingTotal(year: 2020)
      }
      municipalities {
        code
        name {
          text
        }
      }
      application {
        projectName {
          text
        }
        award {
          id
        }
        theme {
          code
        }
        consortium {
          name
          lead {
            code
          }
          members {
            role
            municipality {
              code
              region {
                code
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoadersAwardsQuery, LoadersAwardsQueryVariables>;
export const LoadersMunicipalitiesDocument = new TypedDocumentString(`
    query LoadersMunicipalities($first: Int) {
  municipalities(first: $first, filter: {regionCode: "01"}) {
    nodes {
      code
      region {
        code
        name {
          sv
        }
      }
      consortia {
        id
      }
      fundingTotal
      awards(first: 5) {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoadersMunicipalitiesQuery, LoadersMunicipalitiesQueryVariables>;
export const LoadersMunicipalityDocument = new TypedDocumentString(`
    query LoadersMunicipality {
  hausjarvi: municipality(code: "086") {
    consortia {
      lead {
        code
      }
      members {
        municipality {
          code
        }
      }
    }
  }
  loppi: municipality(code: "433") {
    consortia {
      lead {
        code
      }
    }
  }
  riihimaki: municipality(code: "694") {
    consortia {
      lead {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoadersMunicipalityQuery, LoadersMunicipalityQueryVariables>;
export const MetricsProbeDocument = new TypedDocumentString(`
    query MetricsProbe {
  call(key: "2020") {
    key
  }
}
    `) as unknown as TypedDocumentString<MetricsProbeQuery, MetricsProbeQueryVariables>;
export const TooLongDocument = new TypedDocumentString(`
    query TooLong {
  awards(first: 1000) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<TooLongQuery, TooLongQueryVariables>;
export const WithBadTokenDocument = new TypedDocumentString(`
    query WithBadToken {
  __typename
}
    `) as unknown as TypedDocumentString<WithBadTokenQuery, WithBadTokenQueryVariables>;
export const MetricsCallDocument = new TypedDocumentString(`
    query MetricsCall {
  call(key: "2020") {
    key
    title {
      fi
    }
  }
}
    `) as unknown as TypedDocumentString<MetricsCallQuery, MetricsCallQueryVariables>;
export const MetricsCall2Document = new TypedDocumentString(`
    query MetricsCall2 {
  call(key: "2020") {
    key
  }
}
    `) as unknown as TypedDocumentString<MetricsCall2Query, MetricsCall2QueryVariables>;
export const OverlapsOfApplicationDocument = new TypedDocumentString(`
    query OverlapsOfApplication($id: ID!) {
  application(id: $id) {
    overlaps {
      reasons
      similarity
      application {
        id
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OverlapsOfApplicationQuery, OverlapsOfApplicationQueryVariables>;
export const OverlapsOfCallDocument = new TypedDocumentString(`
    query OverlapsOfCall($callId: ID!, $first: Int!) {
  applications(first: $first, filter: {callId: $callId}) {
    nodes {
      id
      overlaps {
        reasons
        application {
          id
          award {
            grantedAmount
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OverlapsOfCallQuery, OverlapsOfCallQueryVariables>;
export const PublicApiCallDocument = new TypedDocumentString(`
    query PublicApiCall {
  call(key: "2020") {
    key
    year
    stage
    status
    timeZone
    closesAt
    opensAt
    appropriation
    minMunicipalities
    excludedSectors
    title {
      fi
      sv
      en
      text
    }
    themes {
      code
      title {
        fi
      }
    }
    questions {
      code
      required
    }
    publishedStatistics {
      applicationsReceived
      grantsAwarded
      totalAwarded
    }
    statistics {
      applicationsAwarded
      totalAwarded
      remainingAppropriation
    }
    awards(first: 1) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<PublicApiCallQuery, PublicApiCallQueryVariables>;
export const PublicApiMunicipalityDocument = new TypedDocumentString(`
    query PublicApiMunicipality {
  municipality(code: "091") {
    code
    kind
    population
    name {
      fi
      sv
    }
    region {
      code
      name {
        fi
        sv
      }
    }
    awards {
      nodes {
        grantedAmount
        application {
          projectName {
            fi
          }
        }
      }
    }
    fundingTotal(year: 2020)
  }
}
    `) as unknown as TypedDocumentString<PublicApiMunicipalityQuery, PublicApiMunicipalityQueryVariables>;
export const PublicApiMunicipalitiesDocument = new TypedDocumentString(`
    query PublicApiMunicipalities($search: String!) {
  municipalities(filter: {search: $search}) {
    nodes {
      code
      name {
        fi
        sv
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicApiMunicipalitiesQuery, PublicApiMunicipalitiesQueryVariables>;
export const PublicApiCall2Document = new TypedDocumentString(`
    query PublicApiCall2 {
  call(key: "2020") {
    title {
      text
      sv: text(lang: SV)
    }
  }
  swedishOnly: call(key: "2018") {
    title {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<PublicApiCall2Query, PublicApiCall2QueryVariables>;
export const PublicApiMunicipalities2Document = new TypedDocumentString(`
    query PublicApiMunicipalities2($validOn: Date) {
  municipalities(filter: {validOn: $validOn}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PublicApiMunicipalities2Query, PublicApiMunicipalities2QueryVariables>;
export const PublicApiAwardsDocument = new TypedDocumentString(`
    query PublicApiAwards {
  awards(orderBy: {field: AMOUNT, direction: DESC}, first: 3) {
    nodes {
      grantedAmount
      leadMunicipality {
        code
        name {
          fi
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicApiAwardsQuery, PublicApiAwardsQueryVariables>;
export const PublicApiAwards2Document = new TypedDocumentString(`
    query PublicApiAwards2($after: String) {
  awards(first: 10, after: $after, filter: {year: 2020}) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicApiAwards2Query, PublicApiAwards2QueryVariables>;
export const PublicRecordCallDocument = new TypedDocumentString(`
    query PublicRecordCall {
  call(key: "2018") {
    publishedStatistics {
      grantsAwarded
    }
    publishedDecisions {
      listPosition
      decisionDate
      asPrinted
      amountPublished
      grantedAmount
      lead {
        code
      }
      recipients {
        code
        name {
          sv
        }
      }
      projectName {
        fi
        sv
        en
      }
      conditions {
        sv
        en
      }
      award {
        id
      }
      sources {
        key
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicRecordCallQuery, PublicRecordCallQueryVariables>;
export const PublicRecordCall2Document = new TypedDocumentString(`
    query PublicRecordCall2 {
  call(key: "2018") {
    appropriation
    publishedStatistics {
      applicationsReceived
      grantsAwarded
      totalAwarded
      totalAwardedPublished
    }
    statistics {
      applicationsAwarded
      totalAwarded
      remainingAppropriation
      grantsDecided
      grantsWithoutPublishedAmount
      totalGranted
      totalGrantedKnown
    }
  }
  awards(filter: {callKey: "2018"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PublicRecordCall2Query, PublicRecordCall2QueryVariables>;
export const PublicRecordCall3Document = new TypedDocumentString(`
    query PublicRecordCall3 {
  call(key: "2018") {
    sv: decisionList {
      items
      text
    }
    fi: decisionList(lang: FI) {
      items
    }
  }
}
    `) as unknown as TypedDocumentString<PublicRecordCall3Query, PublicRecordCall3QueryVariables>;
export const PublicRecordCall4Document = new TypedDocumentString(`
    query PublicRecordCall4 {
  call(key: "2020") {
    publishedStatistics {
      grantsAwarded
      totalAwarded
      totalAwardedPublished
      sources {
        key
      }
    }
    statistics {
      grantsDecided
      grantsWithoutPublishedAmount
      totalAwarded
      totalGranted
      totalGrantedKnown
      remainingAppropriation
    }
    publishedDecisions {
      listPosition
      amountPublished
      grantedAmount
      lead {
        code
      }
      award {
        grantedAmount
        listPosition
        sources {
          key
        }
      }
      sources {
        key
      }
    }
    awards(first: 100) {
      nodes {
        sources {
          key
          kind
          publishedOn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicRecordCall4Query, PublicRecordCall4QueryVariables>;
export const PublicRecordCallsDocument = new TypedDocumentString(`
    query PublicRecordCalls {
  calls(first: 10) {
    nodes {
      key
      description {
        fi
        sv
        en
        english: text(lang: EN)
      }
      notes {
        fi
        sv
        en
      }
      sources {
        language
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicRecordCallsQuery, PublicRecordCallsQueryVariables>;
export const PublicRecordCall5Document = new TypedDocumentString(`
    query PublicRecordCall5 {
  call(key: "2018") {
    notes {
      sv
      en
    }
    conditions {
      sv
    }
    description {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<PublicRecordCall5Query, PublicRecordCall5QueryVariables>;
export const PublicRecordCalls3Document = new TypedDocumentString(`
    query PublicRecordCalls3 {
  calls(first: 10) {
    nodes {
      key
      sources {
        ...PublicRecordSourceFields
      }
      publishedStatistics {
        sources {
          key
        }
      }
      publishedDecisions {
        sources {
          key
        }
      }
    }
  }
  awards(first: 100) {
    totalCount
    nodes {
      sources {
        key
      }
    }
  }
}
    fragment PublicRecordSourceFields on Source {
  key
  kind
  language
  title {
    fi
    sv
    en
  }
  publisher {
    fi
    sv
    en
  }
  publishedOn
  publishedAt
  url
}`) as unknown as TypedDocumentString<PublicRecordCalls3Query, PublicRecordCalls3QueryVariables>;
export const PublicRecordCall6Document = new TypedDocumentString(`
    query PublicRecordCall6($id: ID!) {
  call(id: $id) {
    sources {
      key
    }
    publishedStatistics {
      sources {
        key
      }
      totalAwardedPublished
    }
    publishedDecisions {
      id
    }
    statistics {
      grantsDecided
      totalGranted
      totalGrantedKnown
    }
  }
}
    `) as unknown as TypedDocumentString<PublicRecordCall6Query, PublicRecordCall6QueryVariables>;
export const PublicRecordCalls2Document = new TypedDocumentString(`
    query PublicRecordCalls2($first: Int, $filter: CallFilter) {
  calls(first: $first, filter: $filter) {
    nodes {
      sources {
        key
      }
      publishedStatistics {
        sources {
          key
        }
      }
      statistics {
        grantsDecided
        totalGranted
      }
      publishedDecisions {
        lead {
          code
        }
        recipients {
          code
        }
        sources {
          key
        }
        award {
          grantedAmount
        }
        call {
          key
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicRecordCalls2Query, PublicRecordCalls2QueryVariables>;
export const ReviewAssignReviewerDocument = new TypedDocumentString(`
    mutation ReviewAssignReviewer($a: ID!, $r: ID!) {
  assignReviewer(applicationId: $a, reviewerId: $r) {
    id
    endedAt
    reviewer {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewAssignReviewerMutation, ReviewAssignReviewerMutationVariables>;
export const ReviewSaveEvaluationDocument = new TypedDocumentString(`
    mutation ReviewSaveEvaluation($a: ID!, $input: SaveEvaluationInput!) {
  saveEvaluation(applicationId: $a, input: $input) {
    id
    status
    version
    weightedScore
    recommendation
    recommendedAmount
    scores {
      criterion {
        code
      }
      score
      comment
    }
    reviewer {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewSaveEvaluationMutation, ReviewSaveEvaluationMutationVariables>;
export const ReviewSubmitEvaluationDocument = new TypedDocumentString(`
    mutation ReviewSubmitEvaluation($id: ID!) {
  submitEvaluation(id: $id) {
    id
    status
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<ReviewSubmitEvaluationMutation, ReviewSubmitEvaluationMutationVariables>;
export const ReviewApplicationDocument = new TypedDocumentString(`
    query ReviewApplication($id: ID!) {
  application(id: $id) {
    id
    evaluations {
      id
      reviewer {
        id
      }
      status
      weightedScore
    }
    evaluationSummary {
      count
      weightedScore
      criteria {
        criterion {
          code
        }
        mean
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewApplicationQuery, ReviewApplicationQueryVariables>;
export const ReviewStartReviewDocument = new TypedDocumentString(`
    mutation ReviewStartReview($c: ID!) {
  startReview(callId: $c) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReviewStartReviewMutation, ReviewStartReviewMutationVariables>;
export const ReviewStartReview2Document = new TypedDocumentString(`
    mutation ReviewStartReview2($c: ID!) {
  startReview(callId: $c) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReviewStartReview2Mutation, ReviewStartReview2MutationVariables>;
export const ReviewStartReview3Document = new TypedDocumentString(`
    mutation ReviewStartReview3($c: ID!) {
  startReview(callId: $c) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReviewStartReview3Mutation, ReviewStartReview3MutationVariables>;
export const ReviewStartReview4Document = new TypedDocumentString(`
    mutation ReviewStartReview4($c: ID!) {
  startReview(callId: $c) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReviewStartReview4Mutation, ReviewStartReview4MutationVariables>;
export const ReviewDeclareConflictOfInterestDocument = new TypedDocumentString(`
    mutation ReviewDeclareConflictOfInterest($a: ID!) {
  declareConflictOfInterest(
    applicationId: $a
    reason: "My spouse leads the project"
  ) {
    endedAt
    endReason
    conflictDeclaration
  }
}
    `) as unknown as TypedDocumentString<ReviewDeclareConflictOfInterestMutation, ReviewDeclareConflictOfInterestMutationVariables>;
export const ReviewReviewAssignmentsDocument = new TypedDocumentString(`
    query ReviewReviewAssignments {
  reviewAssignments(first: 100) {
    totalCount
    nodes {
      application {
        id
        referenceNumber
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewReviewAssignmentsQuery, ReviewReviewAssignmentsQueryVariables>;
export const ReviewUnassignReviewerDocument = new TypedDocumentString(`
    mutation ReviewUnassignReviewer($a: ID!, $r: ID!) {
  unassignReviewer(applicationId: $a, reviewerId: $r) {
    endReason
  }
}
    `) as unknown as TypedDocumentString<ReviewUnassignReviewerMutation, ReviewUnassignReviewerMutationVariables>;
export const ReviewUnassignReviewer2Document = new TypedDocumentString(`
    mutation ReviewUnassignReviewer2($a: ID!, $r: ID!) {
  unassignReviewer(applicationId: $a, reviewerId: $r) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReviewUnassignReviewer2Mutation, ReviewUnassignReviewer2MutationVariables>;
export const ReviewCallDocument = new TypedDocumentString(`
    query ReviewCall($id: ID!) {
  call(id: $id) {
    applications(first: 20) {
      nodes {
        id
        evaluations {
          weightedScore
          reviewer {
            name
          }
          scores {
            score
            criterion {
              code
            }
          }
        }
        evaluationSummary {
          count
          weightedScore
          criteria {
            mean
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewCallQuery, ReviewCallQueryVariables>;
export const ReviewStartReview5Document = new TypedDocumentString(`
    mutation ReviewStartReview5($c: ID!) {
  startReview(callId: $c) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReviewStartReview5Mutation, ReviewStartReview5MutationVariables>;
export const SyntheticCallStatisticsDocument = new TypedDocumentString(`
    query SyntheticCallStatistics($key: String!) {
  call(key: $key) {
    statistics {
      applicationsAwarded
      remainingAppropriation
    }
  }
}
    `) as unknown as TypedDocumentString<SyntheticCallStatisticsQuery, SyntheticCallStatisticsQueryVariables>;
export const TimeZoneCreateCallDocument = new TypedDocumentString(`
    mutation TimeZoneCreateCall($input: CreateCallInput!) {
  createCall(input: $input) {
    id
    opensAt
    closesAt
  }
}
    `) as unknown as TypedDocumentString<TimeZoneCreateCallMutation, TimeZoneCreateCallMutationVariables>;
export const TimeZoneUpdateCallDocument = new TypedDocumentString(`
    mutation TimeZoneUpdateCall($id: ID!, $input: UpdateCallInput!) {
  updateCall(id: $id, input: $input) {
    id
    opensAt
    closesAt
  }
}
    `) as unknown as TypedDocumentString<TimeZoneUpdateCallMutation, TimeZoneUpdateCallMutationVariables>;
export const TwoStageInviteProposalDocument = new TypedDocumentString(`
    mutation TwoStageInviteProposal($proposalId: ID!, $callId: ID!) {
  inviteProposal(proposalId: $proposalId, callId: $callId) {
    ...ApplicationFields
    call {
      key
    }
    consortium {
      id
    }
    proposal {
      id
    }
  }
}
    fragment ApplicationFields on Application {
  id
  referenceNumber
  status
  version
  submittedAt
  requestedAmount
  totalBudget
  summary
  projectStart
  projectEnd
  sector
  theme {
    code
  }
  projectName {
    fi
  }
  answers {
    question {
      code
    }
    text
  }
  maturityAssessment {
    level
  }
  contact {
    name
    email
  }
  eligibilityIssues {
    code
    message
  }
}`) as unknown as TypedDocumentString<TwoStageInviteProposalMutation, TwoStageInviteProposalMutationVariables>;
export const TwoStageApplicationDocument = new TypedDocumentString(`
    query TwoStageApplication($id: ID!) {
  application(id: $id) {
    status
    call {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<TwoStageApplicationQuery, TwoStageApplicationQueryVariables>;
export const TwoStageCreateCallDocument = new TypedDocumentString(`
    mutation TwoStageCreateCall($input: CreateCallInput!) {
  createCall(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<TwoStageCreateCallMutation, TwoStageCreateCallMutationVariables>;
export const VisibilityApplicationDocument = new TypedDocumentString(`
    query VisibilityApplication($d: ID!, $s: ID!) {
  draft: application(id: $d) {
    id
    status
    projectName {
      fi
    }
    contact {
      name
    }
    answers {
      text
    }
    maturityAssessment {
      level
    }
  }
  submitted: application(id: $s) {
    id
    status
    consortium {
      id
    }
    call {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<VisibilityApplicationQuery, VisibilityApplicationQueryVariables>;
export const VisibilityApplicationsDocument = new TypedDocumentString(`
    query VisibilityApplications {
  all: applications(first: 100) {
    totalCount
    nodes {
      id
    }
  }
  drafts: applications(filter: {status: [DRAFT]}) {
    totalCount
    nodes {
      id
    }
  }
  submitted: applications(filter: {status: [SUBMITTED]}) {
    totalCount
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<VisibilityApplicationsQuery, VisibilityApplicationsQueryVariables>;
export const VisibilityApplications2Document = new TypedDocumentString(`
    query VisibilityApplications2($c: ID!) {
  byConsortium: applications(filter: {consortiumId: $c}) {
    totalCount
    nodes {
      id
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  byMunicipality: applications(filter: {municipalityCode: "049"}) {
    totalCount
    nodes {
      id
    }
  }
  byCall: applications(filter: {callKey: "2022"}) {
    totalCount
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<VisibilityApplications2Query, VisibilityApplications2QueryVariables>;
export const VisibilityCallDocument = new TypedDocumentString(`
    query VisibilityCall {
  call(key: "2022") {
    applications(first: 100) {
      totalCount
      nodes {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VisibilityCallQuery, VisibilityCallQueryVariables>;
export const VisibilityConsortiumDocument = new TypedDocumentString(`
    query VisibilityConsortium($c: ID!) {
  consortium(id: $c) {
    id
    name
    members {
      role
      municipality {
        code
      }
    }
    applications {
      totalCount
      nodes {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VisibilityConsortiumQuery, VisibilityConsortiumQueryVariables>;
export const VisibilityApplication2Document = new TypedDocumentString(`
    query VisibilityApplication2($s: ID!) {
  application(id: $s) {
    consortium {
      applications {
        totalCount
        nodes {
          id
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VisibilityApplication2Query, VisibilityApplication2QueryVariables>;
export const VisibilityMunicipalityDocument = new TypedDocumentString(`
    query VisibilityMunicipality {
  lead: municipality(code: "049") {
    consortia {
      id
    }
    applications(first: 100) {
      totalCount
      nodes {
        id
      }
    }
  }
  member: municipality(code: "092") {
    consortia {
      id
      name
    }
    applications(first: 100) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<VisibilityMunicipalityQuery, VisibilityMunicipalityQueryVariables>;
export const VisibilityCall2Document = new TypedDocumentString(`
    query VisibilityCall2 {
  call(key: "2022") {
    statistics {
      applicationsSubmitted
    }
  }
}
    `) as unknown as TypedDocumentString<VisibilityCall2Query, VisibilityCall2QueryVariables>;
export const VisibilityApplication3Document = new TypedDocumentString(`
    query VisibilityApplication3($id: ID!) {
  application(id: $id) {
    id
    proposalId
  }
}
    `) as unknown as TypedDocumentString<VisibilityApplication3Query, VisibilityApplication3QueryVariables>;