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

/** An administrator's approval of a payment request. */
export type ApprovePaymentRequestInput = {
  /** The eligible costs approved: at most the claimed ones, per category. */
  approvedCosts: CostsInput;
  /** Why costs were cut: required when any category is approved below its claim. */
  reason?: string | null | undefined;
};

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
  /** Administrators: awards with (true) or without (false) a report overdue today (Europe/Helsinki): the interim report past Call.interimReportDue, or the final report past reportDueMonths after the project end, while none is in. FORBIDDEN to others. */
  reportOverdue?: boolean | null | undefined;
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

/** EXTEND_PROJECT moves the project end later; MOVE_BUDGET moves money between cost categories, the total kept; CHANGE_MEMBERS adds or removes other implementers (the lead stays). */
export type ChangeRequestKind =
  | 'CHANGE_MEMBERS'
  | 'EXTEND_PROJECT'
  | 'MOVE_BUDGET';

/** SUBMITTED until an administrator APPROVES or REJECTS it, or its requester WITHDRAWS it. */
export type ChangeRequestStatus =
  | 'APPROVED'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

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

/** Costs actually incurred by category, in euros, VAT excluded (value added tax is never an eligible cost), and no equipment purchases; "0" where a category has none. */
export type CostsInput = {
  other: string;
  premises: string;
  purchasedServices: string;
  staff: string;
  travel: string;
};

export type CreateApplicationInput = {
  /** Proposals (PROPOSAL calls) only: whether the proposers agree that the project name appears in the call's public summary of proposals received. False until chosen; true on an APPLICATION call is BAD_USER_INPUT. */
  allowPublication?: boolean | null | undefined;
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
  /** The day an interim report of each funded project is due; null: the call asks for none. */
  interimReportDue?: string | null | undefined;
  /** A readable unique key, e.g. "2020" or "2019-2". */
  key: string;
  /** The latest day a change may extend a project to; null: the call's projectDeadline. */
  latestProjectEnd?: string | null | undefined;
  minMunicipalities?: number | null | undefined;
  notes?: LocalizedTextInput | null | undefined;
  /** Opening as a wall-clock time in Europe/Helsinki, e.g. "2020-06-24T00:00". */
  opensAt?: string | null | undefined;
  /** Funded projects must end by this day. */
  projectDeadline?: string | null | undefined;
  /** For an APPLICATION call: the PROPOSAL call it follows. */
  proposalCallId?: string | number | null | undefined;
  questions?: Array<QuestionInput> | null | undefined;
  /** Months after the project's end the final report is due, 1–24 (3 unless given). */
  reportDueMonths?: number | null | undefined;
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

/** A workshop of a PROPOSAL call. */
export type CreateWorkshopInput = {
  /** The PROPOSAL call whose proposers the workshop is for. */
  callId: string | number;
  /** Whether one can take part online. */
  online: boolean;
  /** Where it is held; leave out for an online-only one. */
  place?: string | null | undefined;
  /** Until when the invited consortia register or decline, Helsinki wall-clock time; not after the start. */
  registrationClosesAt: string;
  /** When it starts, Helsinki wall-clock time ("2019-09-27T09:00"). */
  startsAt: string;
  title: LocalizedTextInput;
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

/** What a document is to the grant. */
export type DocumentKind =
  /** The agreement between the lead and the other implementers (decree § 3). */
  | 'AGREEMENT'
  /** Any other attachment. */
  | 'ANNEX'
  /** An extract of the accounts behind a payment request's costs. */
  | 'LEDGER_EXTRACT';

export type EvaluationStatus =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'VOIDED';

/** A proposal looking for partners, and the partner it seeks. */
export type FlagLookingForPartnersInput = {
  /** A submitted proposal of a PROPOSAL call. */
  proposalId: string | number;
  /** What kind of partner the proposal seeks, briefly. */
  wish: string;
};

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

/** A municipality's size by its residents (its latest population figure): under 5 000; 5 000–19 999; 20 000–49 999; 50 000–99 999; 100 000 or more; UNKNOWN without a figure (a joint municipal authority). */
export type MunicipalitySizeClass =
  | 'FROM_5000_TO_19999'
  | 'FROM_20000_TO_49999'
  | 'FROM_50000_TO_99999'
  | 'FROM_100000'
  | 'UNDER_5000'
  | 'UNKNOWN';

/** Why another application is shown beside one under review. */
export type OverlapReason =
  /** A municipality of both, the same theme (by its code, in any call), and project periods that overlap: submitted, under review or awarded (an ongoing project). */
  | 'SAME_MUNICIPALITY_THEME_PERIOD'
  /** Submitted to the same call (the same round) with a strongly similar project name or summary; `similarity` says how similar. */
  | 'SIMILAR_TEXT';

/** A municipality's offer to join a proposal looking for partners. */
export type PartnerOfferInput = {
  /** The municipality that offers to join ("837"). */
  municipalityCode: string;
  /** The proposal. */
  proposalId: string | number;
};

/** A municipality's offer to join a proposal looking for partners: OFFERED, then ACCEPTED or DECLINED by the officials of the proposal's lead municipality; an ACCEPTED one becomes JOINED when an administrator invites the proposal into the application call, whose application the municipality then takes part in. */
export type PartnerOfferStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'JOINED'
  | 'OFFERED';

/** A payment request as the lead municipality submits it. */
export type PaymentRequestInput = {
  /** Eligible costs actually incurred in the period, VAT excluded. On the final request: the whole project's costs over the project period. */
  costs: CostsInput;
  /** The final payment request, on which the grant is settled. Needs the final report submitted first; its approval needs the final report approved. */
  final?: boolean;
  note?: string | null | undefined;
  /** The last day of the period covered: within the project period, and not after today. */
  periodEnd: string;
  /** The first day of the period covered, within the award's project period. */
  periodStart: string;
};

export type PaymentRequestStatus =
  | 'APPROVED'
  | 'RETURNED'
  | 'SUBMITTED';

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

/** An invited proposal's registration for a workshop: who comes. */
export type RegisterForWorkshopInput = {
  /** The people who come (at least one); registering again replaces them. */
  participants: Array<WorkshopParticipantInput>;
  /** The invited proposal. */
  proposalId: string | number;
  workshopId: string | number;
};

export type ReportIndicatorInput = {
  name: string;
  unit?: string | null | undefined;
  value: string;
};

/** A report as the lead municipality submits it (again, after a return). */
export type ReportInput = {
  indicators?: Array<ReportIndicatorInput>;
  kind: ReportKind;
  /** What the project did and achieved. */
  outcomes: string;
  /** For the public, in Finnish and/or Swedish (English optional); at least one language. */
  publicSummary: LocalizedTextInput;
  /** How other municipalities can reuse the results. */
  reuse: string;
};

export type ReportKind =
  /** Due reportDueMonths after the project's end (Award.reportDue). */
  | 'FINAL'
  /** Due on the call's interimReportDue, where the call asks for one. */
  | 'INTERIM';

export type ReportStatus =
  | 'APPROVED'
  | 'RETURNED'
  | 'SUBMITTED';

/** One kind of change per request, with the fields of that kind only: EXTEND_PROJECT takes projectEnd, MOVE_BUDGET budget, CHANGE_MEMBERS addMunicipalityCodes and/or removeMunicipalityCodes. */
export type RequestChangeInput = {
  /** CHANGE_MEMBERS: municipalities to add. */
  addMunicipalityCodes?: Array<string> | null | undefined;
  /** MOVE_BUDGET: the new amount of each category that changes (the others keep theirs); the total stays the same to the cent. */
  budget?: BudgetInput | null | undefined;
  /** Why the change is needed. */
  justification: string;
  kind: ChangeRequestKind;
  /** EXTEND_PROJECT: the new project end, after the current one and not after the call's latestProjectEnd (else its projectDeadline). */
  projectEnd?: string | null | undefined;
  /** CHANGE_MEMBERS: other implementers to remove (never the lead). */
  removeMunicipalityCodes?: Array<string> | null | undefined;
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

export type SortDirection =
  | 'ASC'
  | 'DESC';

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
  /** Proposals (PROPOSAL calls) only: whether the proposers agree that the project name appears in the call's public summary of proposals received. False until chosen; true on an APPLICATION call is BAD_USER_INPUT. */
  allowPublication?: boolean | null | undefined;
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
  /** The day an interim report of each funded project is due; null: the call asks for none. */
  interimReportDue?: string | null | undefined;
  /** The latest day a change may extend a project to; null: the call's projectDeadline. */
  latestProjectEnd?: string | null | undefined;
  minMunicipalities?: number | null | undefined;
  notes?: LocalizedTextInput | null | undefined;
  /** Opening as a wall-clock time in Europe/Helsinki, e.g. "2020-06-24T00:00". */
  opensAt?: string | null | undefined;
  /** Funded projects must end by this day. */
  projectDeadline?: string | null | undefined;
  /** For an APPLICATION call: the PROPOSAL call it follows. */
  proposalCallId?: string | number | null | undefined;
  questions?: Array<QuestionInput> | null | undefined;
  /** Months after the project's end the final report is due, 1–24 (3 unless given). */
  reportDueMonths?: number | null | undefined;
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

/** An invited proposal's answer to a workshop: INVITED, then REGISTERED (with its participants) or DECLINED by the consortium's officials until registration closes; after the workshop has started an administrator records a REGISTERED one as ATTENDED or NO_SHOW. */
export type WorkshopInvitationStatus =
  | 'ATTENDED'
  | 'DECLINED'
  | 'INVITED'
  | 'NO_SHOW'
  | 'REGISTERED';

/** A person registered for a workshop. Personal data. */
export type WorkshopParticipantInput = {
  name: string;
  /** Their role or title ("IT manager"). */
  role: string;
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

export type ChangeRequestsDecideAwardMutationVariables = Exact<{
  a: string | number;
  input: DecideAwardInput;
}>;


export type ChangeRequestsDecideAwardMutation = { decideAward: { id: string } };

export type ChangeRequestsBudgetFragment = { staff: string | null, travel: string | null, premises: string | null, purchasedServices: string | null, other: string | null, total: string | null };

export type ChangeRequestFieldsFragment = { id: string, kind: ChangeRequestKind, status: ChangeRequestStatus, justification: string, projectEnd: string | null, decisionReason: string | null, decidedAt: string | null, version: number, amendmentNumber: number | null, budget: { staff: string | null, travel: string | null, premises: string | null, purchasedServices: string | null, other: string | null, total: string | null } | null, addMunicipalities: Array<{ code: string }>, removeMunicipalities: Array<{ code: string }>, termsBefore: { projectEnd: string | null, approvedBudget: { staff: string | null, total: string | null } | null, municipalities: Array<{ code: string }> } | null };

export type ChangeRequestsRequestMutationVariables = Exact<{
  awardId: string | number;
  input: RequestChangeInput;
}>;


export type ChangeRequestsRequestMutation = { requestChange: { id: string, kind: ChangeRequestKind, status: ChangeRequestStatus, justification: string, projectEnd: string | null, decisionReason: string | null, decidedAt: string | null, version: number, amendmentNumber: number | null, budget: { staff: string | null, travel: string | null, premises: string | null, purchasedServices: string | null, other: string | null, total: string | null } | null, addMunicipalities: Array<{ code: string }>, removeMunicipalities: Array<{ code: string }>, termsBefore: { projectEnd: string | null, approvedBudget: { staff: string | null, total: string | null } | null, municipalities: Array<{ code: string }> } | null } };

export type ChangeRequestsApproveMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type ChangeRequestsApproveMutation = { approveChangeRequest: { id: string, kind: ChangeRequestKind, status: ChangeRequestStatus, justification: string, projectEnd: string | null, decisionReason: string | null, decidedAt: string | null, version: number, amendmentNumber: number | null, budget: { staff: string | null, travel: string | null, premises: string | null, purchasedServices: string | null, other: string | null, total: string | null } | null, addMunicipalities: Array<{ code: string }>, removeMunicipalities: Array<{ code: string }>, termsBefore: { projectEnd: string | null, approvedBudget: { staff: string | null, total: string | null } | null, municipalities: Array<{ code: string }> } | null } };

export type ChangeRequestsRejectMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ChangeRequestsRejectMutation = { rejectChangeRequest: { id: string, kind: ChangeRequestKind, status: ChangeRequestStatus, justification: string, projectEnd: string | null, decisionReason: string | null, decidedAt: string | null, version: number, amendmentNumber: number | null, budget: { staff: string | null, travel: string | null, premises: string | null, purchasedServices: string | null, other: string | null, total: string | null } | null, addMunicipalities: Array<{ code: string }>, removeMunicipalities: Array<{ code: string }>, termsBefore: { projectEnd: string | null, approvedBudget: { staff: string | null, total: string | null } | null, municipalities: Array<{ code: string }> } | null } };

export type ChangeRequestsWithdrawMutationVariables = Exact<{
  id: string | number;
}>;


export type ChangeRequestsWithdrawMutation = { withdrawChangeRequest: { id: string, kind: ChangeRequestKind, status: ChangeRequestStatus, justification: string, projectEnd: string | null, decisionReason: string | null, decidedAt: string | null, version: number, amendmentNumber: number | null, budget: { staff: string | null, travel: string | null, premises: string | null, purchasedServices: string | null, other: string | null, total: string | null } | null, addMunicipalities: Array<{ code: string }>, removeMunicipalities: Array<{ code: string }>, termsBefore: { projectEnd: string | null, approvedBudget: { staff: string | null, total: string | null } | null, municipalities: Array<{ code: string }> } | null } };

export type ChangeRequestsAwardQueryVariables = Exact<{
  id: string | number;
}>;


export type ChangeRequestsAwardQuery = { changeRequest: { id: string, status: ChangeRequestStatus, award: { id: string } } | null };

export type ChangeRequestsAwardTermsQueryVariables = Exact<{
  callId: string | number;
}>;


export type ChangeRequestsAwardTermsQuery = { call: { awards: { nodes: Array<{ id: string, projectStart: string | null, projectEnd: string | null, approvedBudget: { staff: string | null, travel: string | null, premises: string | null, purchasedServices: string | null, other: string | null, total: string | null } | null, municipalities: Array<{ code: string }>, application: { consortium: { members: Array<{ role: ConsortiumRole, municipality: { code: string } }> } }, originalDecision: { projectStart: string | null, projectEnd: string | null, approvedBudget: { staff: string | null, travel: string | null, premises: string | null, purchasedServices: string | null, other: string | null, total: string | null } | null, municipalities: Array<{ code: string }> }, changeRequests: Array<{ id: string, kind: ChangeRequestKind, status: ChangeRequestStatus }> }> } } | null };

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

export type DecisionDocumentAwardsQueryVariables = Exact<{
  lang?: Language | null | undefined;
}>;


export type DecisionDocumentAwardsQuery = { awards: { nodes: Array<{ id: string, decisionDocument: string }> } };

export type DecisionDocumentPageQueryVariables = Exact<{
  first: number;
}>;


export type DecisionDocumentPageQuery = { awards: { nodes: Array<{ decisionDocument: string }> } };

export type DecisionDocumentDecideMutationVariables = Exact<{
  a: string | number;
  input: DecideAwardInput;
}>;


export type DecisionDocumentDecideMutation = { decideAward: { id: string, decisionDocument: string } };

export type DecisionDocumentStartReviewMutationVariables = Exact<{
  c: string | number;
}>;


export type DecisionDocumentStartReviewMutation = { startReview: Array<{ id: string }> };

export type DocumentsOfAwardQueryVariables = Exact<{
  key: string;
}>;


export type DocumentsOfAwardQuery = { awards: { nodes: Array<{ id: string, hasAgreement: boolean | null, documents: Array<{ id: string, kind: DocumentKind, fileName: string, mediaType: string, byteSize: number, sha256: string, uploadedAt: string, url: string }> | null }> } };

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

export type VoidingSaveMutationVariables = Exact<{
  a: string | number;
  input: SaveEvaluationInput;
}>;


export type VoidingSaveMutation = { saveEvaluation: { id: string } };

export type VoidingSubmitMutationVariables = Exact<{
  id: string | number;
}>;


export type VoidingSubmitMutation = { submitEvaluation: { id: string, status: EvaluationStatus } };

export type VoidingDeclareMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type VoidingDeclareMutation = { declareConflictAfterSubmission: { id: string, status: EvaluationStatus, conflictDeclaredAt: string | null, conflictDeclaration: string | null } };

export type VoidingVoidMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type VoidingVoidMutation = { voidEvaluation: { id: string, status: EvaluationStatus, voidedAt: string | null, voidReason: string | null, submittedAt: string | null } };

export type VoidingSummaryQueryVariables = Exact<{
  id: string | number;
}>;


export type VoidingSummaryQuery = { application: { evaluations: Array<{ id: string, status: EvaluationStatus, voidReason: string | null }>, evaluationSummary: { count: number, weightedScore: number | null, criteria: Array<{ mean: number | null, count: number }> } | null, call: { ranking: Array<{ weightedScore: number | null, evaluationCount: number, application: { id: string } }> } } | null };

export type VoidingRankedQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  direction: SortDirection;
  callId: string | number;
}>;


export type VoidingRankedQuery = { applications: { totalCount: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

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

export type TallyPayMutationVariables = Exact<{
  a: string | number;
  input: PaymentRequestInput;
}>;


export type TallyPayMutation = { submitPaymentRequest: { id: string } };

export type TallyApprovePaymentMutationVariables = Exact<{
  id: string | number;
  input: ApprovePaymentRequestInput;
}>;


export type TallyApprovePaymentMutation = { approvePaymentRequest: { id: string } };

export type TallyReportMutationVariables = Exact<{
  a: string | number;
  input: ReportInput;
}>;


export type TallyReportMutation = { submitReport: { id: string } };

export type TallyApproveReportMutationVariables = Exact<{
  id: string | number;
}>;


export type TallyApproveReportMutation = { approveReport: { id: string } };

export type TallyRecoverMutationVariables = Exact<{
  a: string | number;
  amount: string;
}>;


export type TallyRecoverMutation = { recordRecovery: { id: string } };

export type TallyRejectMutationVariables = Exact<{
  a: string | number;
  r: string;
}>;


export type TallyRejectMutation = { rejectApplication: { id: string, status: ApplicationStatus } };

export type GrantJourneyStartReviewMutationVariables = Exact<{
  call: string | number;
}>;


export type GrantJourneyStartReviewMutation = { startReview: Array<{ id: string }> };

export type GrantJourneyDecideMutationVariables = Exact<{
  application: string | number;
  input: DecideAwardInput;
}>;


export type GrantJourneyDecideMutation = { decideAward: { id: string, grantedAmount: string, projectStart: string | null, projectEnd: string | null, paidTotal: string, returnedTotal: string, approvedBudget: { staff: string | null, purchasedServices: string | null, total: string | null } | null } };

export type GrantJourneySubmitPaymentMutationVariables = Exact<{
  award: string | number;
  input: PaymentRequestInput;
}>;


export type GrantJourneySubmitPaymentMutation = { submitPaymentRequest: { id: string, number: number, status: PaymentRequestStatus, final: boolean, paidAmount: string | null, claimedCosts: { total: string } } };

export type GrantJourneyApprovePaymentMutationVariables = Exact<{
  id: string | number;
  input: ApprovePaymentRequestInput;
}>;


export type GrantJourneyApprovePaymentMutation = { approvePaymentRequest: { id: string, status: PaymentRequestStatus, paidAmount: string | null, approvedCosts: { staff: string, purchasedServices: string, total: string } | null, award: { paidTotal: string, returnedTotal: string, recoveryClaim: string, recoveredTotal: string, settledAt: string | null } } };

export type GrantJourneyRequestChangeMutationVariables = Exact<{
  award: string | number;
  input: RequestChangeInput;
}>;


export type GrantJourneyRequestChangeMutation = { requestChange: { id: string, kind: ChangeRequestKind, status: ChangeRequestStatus, projectEnd: string | null } };

export type GrantJourneyApproveChangeMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type GrantJourneyApproveChangeMutation = { approveChangeRequest: { id: string, status: ChangeRequestStatus, amendmentNumber: number | null, termsBefore: { projectEnd: string | null } | null } };

export type GrantJourneySubmitReportMutationVariables = Exact<{
  award: string | number;
  input: ReportInput;
}>;


export type GrantJourneySubmitReportMutation = { submitReport: { id: string, kind: ReportKind, status: ReportStatus } };

export type GrantJourneyApproveReportMutationVariables = Exact<{
  id: string | number;
}>;


export type GrantJourneyApproveReportMutation = { approveReport: { id: string, status: ReportStatus } };

export type GrantJourneyRecordRecoveryMutationVariables = Exact<{
  award: string | number;
  amount: string;
}>;


export type GrantJourneyRecordRecoveryMutation = { recordRecovery: { id: string, recoveryClaim: string, recoveredTotal: string } };

export type GrantJourneyPublicViewQueryVariables = Exact<{
  call: string | number;
}>;


export type GrantJourneyPublicViewQuery = { call: { appropriation: string | null, statistics: { totalAwarded: string, totalPaid: string, totalReturned: string, totalRecovered: string, remainingAppropriation: string | null }, awards: { nodes: Array<{ id: string, grantedAmount: string, projectStart: string | null, projectEnd: string | null, paidTotal: string, returnedTotal: string, originalDecision: { projectStart: string | null, projectEnd: string | null }, finalReportSummary: { fi: string | null, sv: string | null } | null }> } } | null };

export type GrantJourneyGrantFileQueryVariables = Exact<{
  call: string | number;
}>;


export type GrantJourneyGrantFileQuery = { call: { awards: { nodes: Array<{ id: string, hasAgreement: boolean | null, recoveryClaim: string, recoveredTotal: string, settledAt: string | null, documents: Array<{ kind: DocumentKind, fileName: string, mediaType: string }> | null, paymentRequests: Array<{ number: number, final: boolean, status: PaymentRequestStatus, paidAmount: string | null, approvedCosts: { total: string } | null }>, reports: Array<{ kind: ReportKind, status: ReportStatus }>, changeRequests: Array<{ kind: ChangeRequestKind, status: ChangeRequestStatus, amendmentNumber: number | null }> }> } } | null };

export type GrantMoneyStartReviewMutationVariables = Exact<{
  c: string | number;
}>;


export type GrantMoneyStartReviewMutation = { startReview: Array<{ id: string }> };

export type GrantMoneyDecideMutationVariables = Exact<{
  a: string | number;
  input: DecideAwardInput;
}>;


export type GrantMoneyDecideMutation = { decideAward: { id: string, paidTotal: string, returnedTotal: string } };

export type GrantMoneySubmitPaymentMutationVariables = Exact<{
  award: string | number;
  input: PaymentRequestInput;
}>;


export type GrantMoneySubmitPaymentMutation = { submitPaymentRequest: { id: string, number: number, status: PaymentRequestStatus, final: boolean, paidAmount: string | null, claimedCosts: { staff: string, total: string }, approvedCosts: { total: string } | null } };

export type GrantMoneyResubmitPaymentMutationVariables = Exact<{
  id: string | number;
  input: PaymentRequestInput;
}>;


export type GrantMoneyResubmitPaymentMutation = { resubmitPaymentRequest: { id: string, status: PaymentRequestStatus, version: number, claimedCosts: { total: string } } };

export type GrantMoneyApprovePaymentMutationVariables = Exact<{
  id: string | number;
  input: ApprovePaymentRequestInput;
}>;


export type GrantMoneyApprovePaymentMutation = { approvePaymentRequest: { id: string, status: PaymentRequestStatus, paidAmount: string | null, decisionReason: string | null, approvedCosts: { staff: string, travel: string, total: string } | null, award: { id: string, paidTotal: string, returnedTotal: string, recoveryClaim: string, settledAt: string | null } } };

export type GrantMoneyReturnPaymentMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type GrantMoneyReturnPaymentMutation = { returnPaymentRequest: { id: string, status: PaymentRequestStatus, decisionReason: string | null } };

export type GrantMoneyRecordRecoveryMutationVariables = Exact<{
  award: string | number;
  amount: string;
}>;


export type GrantMoneyRecordRecoveryMutation = { recordRecovery: { id: string, recoveryClaim: string, recoveredTotal: string } };

export type GrantMoneySubmitReportMutationVariables = Exact<{
  award: string | number;
  input: ReportInput;
}>;


export type GrantMoneySubmitReportMutation = { submitReport: { id: string, kind: ReportKind, status: ReportStatus, version: number, indicators: Array<{ name: string, value: string, unit: string | null }> } };

export type GrantMoneyApproveReportMutationVariables = Exact<{
  id: string | number;
}>;


export type GrantMoneyApproveReportMutation = { approveReport: { id: string, status: ReportStatus } };

export type GrantMoneyReturnReportMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type GrantMoneyReturnReportMutation = { returnReport: { id: string, status: ReportStatus, returnReason: string | null } };

export type GrantMoneyStatisticsQueryVariables = Exact<{
  key: string;
}>;


export type GrantMoneyStatisticsQuery = { call: { appropriation: string | null, statistics: { totalAwarded: string, totalPaid: string, totalReturned: string, totalRecovered: string, remainingAppropriation: string | null } } | null };

export type GrantMoneyPublicAwardQueryVariables = Exact<{
  key: string | number;
}>;


export type GrantMoneyPublicAwardQuery = { awards: { nodes: Array<{ id: string, paidTotal: string, returnedTotal: string, finalReportSummary: { fi: string | null, sv: string | null } | null, paymentRequests: Array<{ id: string }>, reports: Array<{ id: string }> }> } };

export type GrantMoneyAwardRecoveryQueryVariables = Exact<{
  key: string | number;
}>;


export type GrantMoneyAwardRecoveryQuery = { awards: { nodes: Array<{ id: string, recoveryClaim: string, recoveredTotal: string }> } };

export type GrantMoneyOverdueQueryVariables = Exact<{
  call?: string | number | null | undefined;
  key?: string | null | undefined;
  overdue: boolean;
}>;


export type GrantMoneyOverdueQuery = { awards: { totalCount: number, nodes: Array<{ id: string }> } };

export type GrantMoneyAttachmentsQueryVariables = Exact<{
  call: string | number;
}>;


export type GrantMoneyAttachmentsQuery = { awards: { nodes: Array<{ paymentRequests: Array<{ id: string, documents: Array<{ kind: DocumentKind, fileName: string }> }>, reports: Array<{ id: string, documents: Array<{ kind: DocumentKind }> }> }> } };

export type GrantTermsCreateCallMutationVariables = Exact<{
  input: CreateCallInput;
}>;


export type GrantTermsCreateCallMutation = { createCall: { id: string, projectDeadline: string | null, reportDueMonths: number, interimReportDue: string | null, latestProjectEnd: string | null } };

export type GrantTermsUpdateCallMutationVariables = Exact<{
  id: string | number;
  input: UpdateCallInput;
}>;


export type GrantTermsUpdateCallMutation = { updateCall: { id: string, reportDueMonths: number, interimReportDue: string | null, latestProjectEnd: string | null } };

export type GrantTermsCallQueryVariables = Exact<{
  key: string;
}>;


export type GrantTermsCallQuery = { call: { id: string, projectDeadline: string | null, reportDueMonths: number, interimReportDue: string | null, latestProjectEnd: string | null } | null };

export type GrantTermsStartReviewMutationVariables = Exact<{
  c: string | number;
}>;


export type GrantTermsStartReviewMutation = { startReview: Array<{ id: string }> };

export type GrantTermsDecideMutationVariables = Exact<{
  a: string | number;
  input: DecideAwardInput;
}>;


export type GrantTermsDecideMutation = { decideAward: { id: string, projectStart: string | null, projectEnd: string | null, approvedBudget: { staff: string | null, travel: string | null, premises: string | null, purchasedServices: string | null, other: string | null, total: string | null } | null } };

export type GrantTermsAwardsQueryVariables = Exact<{
  key: string;
}>;


export type GrantTermsAwardsQuery = { call: { awards: { nodes: Array<{ id: string, projectStart: string | null, projectEnd: string | null, approvedBudget: { total: string | null } | null }> } } | null };

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

export type HistoryUpdateCallMutationVariables = Exact<{
  id: string | number;
  input: UpdateCallInput;
}>;


export type HistoryUpdateCallMutation = { updateCall: { id: string } };

export type HistoryCreateCallMutationVariables = Exact<{
  input: CreateCallInput;
}>;


export type HistoryCreateCallMutation = { createCall: { id: string } };

export type HistoryPublishCallMutationVariables = Exact<{
  id: string | number;
}>;


export type HistoryPublishCallMutation = { publishCall: { id: string } };

export type HistoryCallQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HistoryCallQuery = { call: { title: { fi: string | null }, asPublished: { publishedAt: string, appropriation: string | null, title: { fi: string | null, en: string | null }, themes: Array<{ code: string, title: { en: string | null } }>, criteria: Array<{ code: string, weight: number }>, questions: Array<{ code: string, required: boolean }>, conditions: Array<{ fi: string | null }> } | null, history: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ at: string, action: string, actor: { role: Role | null }, changes: Array<{ field: string, before: string | null, after: string | null }> }> } } | null };

export type HistoryActorNamesQueryVariables = Exact<{
  id: string | number;
}>;


export type HistoryActorNamesQuery = { call: { history: { nodes: Array<{ actor: { role: Role | null, name: string | null } }> } } | null };

export type HistoryUpdateConsortiumMutationVariables = Exact<{
  id: string | number;
  input: UpdateConsortiumInput;
}>;


export type HistoryUpdateConsortiumMutation = { updateConsortium: { id: string } };

export type HistoryApplicationPublicQueryVariables = Exact<{
  id: string | number;
}>;


export type HistoryApplicationPublicQuery = { application: { summary: string | null, asSubmitted: { referenceNumber: string | null, submittedAt: string, consortiumName: string | null, summary: string | null, requestedAmount: string, projectName: { fi: string | null }, theme: { code: string } | null, budget: { staff: string | null, total: string | null }, members: Array<{ role: ConsortiumRole, municipality: { code: string } }> } | null, history: { nodes: Array<{ action: string, actor: { role: Role | null }, changes: Array<{ field: string, before: string | null, after: string | null }> }> } } | null };

export type HistoryApplicationPrivateQueryVariables = Exact<{
  id: string | number;
}>;


export type HistoryApplicationPrivateQuery = { application: { asSubmitted: { answers: Array<{ text: string, question: { code: string } }>, contact: { name: string | null, email: string | null } | null } | null } | null };

export type HistorySubmittedContactQueryVariables = Exact<{
  id: string | number;
}>;


export type HistorySubmittedContactQuery = { application: { asSubmitted: { contact: { email: string | null } | null } | null } | null };

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

export type VisibilityApplicationHistoryQueryVariables = Exact<{
  d: string | number;
  s: string | number;
}>;


export type VisibilityApplicationHistoryQuery = { draft: { history: { totalCount: number, nodes: Array<{ action: string, changes: Array<{ field: string, after: string | null }> }> }, asSubmitted: { summary: string | null } | null } | null, submitted: { history: { totalCount: number }, asSubmitted: { summary: string | null } | null } | null };

export type VisibilityCall2QueryVariables = Exact<{ [key: string]: never; }>;


export type VisibilityCall2Query = { call: { statistics: { applicationsSubmitted: number } } | null };

export type VisibilityApplication3QueryVariables = Exact<{
  id: string | number;
}>;


export type VisibilityApplication3Query = { application: { id: string, proposalId: string | null } | null };

export type VisibilityChangeRequestQueryVariables = Exact<{
  r: string | number;
}>;


export type VisibilityChangeRequestQuery = { changeRequest: { id: string, justification: string } | null };

export type VisibilityAwardChangeRequestsQueryVariables = Exact<{
  p: string | number;
}>;


export type VisibilityAwardChangeRequestsQuery = { application: { award: { id: string, changeRequests: Array<{ id: string }> } | null } | null };

export type VisibilityGrantRecordsQueryVariables = Exact<{
  c: string | number;
}>;


export type VisibilityGrantRecordsQuery = { awards: { nodes: Array<{ id: string, paidTotal: string, returnedTotal: string, finalReportSummary: { fi: string | null } | null, paymentRequests: Array<{ id: string, status: PaymentRequestStatus, claimedCosts: { total: string } }>, reports: Array<{ id: string, outcomes: string }> }> }, municipality: { awards: { nodes: Array<{ paymentRequests: Array<{ id: string }>, reports: Array<{ id: string }> }> } } | null };

export type WorkshopSummaryQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkshopSummaryQuery = { call: { proposalSummary: { total: number, byTheme: Array<{ proposals: number, theme: { code: string } | null }>, byRegion: Array<{ proposals: number, region: { code: string } | null }>, bySizeClass: Array<{ sizeClass: MunicipalitySizeClass, proposals: number }>, publishedProjectNames: Array<{ fi: string | null }> } | null } | null };

export type WorkshopCreateMutationVariables = Exact<{
  input: CreateWorkshopInput;
}>;


export type WorkshopCreateMutation = { createWorkshop: { id: string, startsAt: string, startsAtLocal: string, registrationClosesAt: string, registrationClosesAtLocal: string, place: string | null, online: boolean, title: { fi: string | null } } };

export type WorkshopInviteMutationVariables = Exact<{
  workshopId: string | number;
  proposalIds?: Array<string | number> | string | number | null | undefined;
}>;


export type WorkshopInviteMutation = { inviteToWorkshop: Array<{ id: string, status: WorkshopInvitationStatus, proposal: { id: string } | null }> };

export type WorkshopInvitationsQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkshopInvitationsQuery = { call: { workshops: Array<{ id: string, startsAtLocal: string, invitations: Array<{ status: WorkshopInvitationStatus, proposal: { id: string } | null, participants: Array<{ name: string, role: string }> }> }> } | null };

export type WorkshopRegisterMutationVariables = Exact<{
  input: RegisterForWorkshopInput;
}>;


export type WorkshopRegisterMutation = { registerForWorkshop: { status: WorkshopInvitationStatus, respondedAt: string | null } };

export type WorkshopDeclineMutationVariables = Exact<{
  workshopId: string | number;
  proposalId: string | number;
}>;


export type WorkshopDeclineMutation = { declineWorkshop: { status: WorkshopInvitationStatus } };

export type WorkshopAttendanceMutationVariables = Exact<{
  workshopId: string | number;
  proposalId: string | number;
  attended: boolean;
}>;


export type WorkshopAttendanceMutation = { recordWorkshopAttendance: { status: WorkshopInvitationStatus, attendanceRecordedAt: string | null } };

export type WorkshopFlagMutationVariables = Exact<{
  input: FlagLookingForPartnersInput;
}>;


export type WorkshopFlagMutation = { flagLookingForPartners: { id: string, partnerSearch: { wish: string } | null } };

export type WorkshopPartnerSearchesQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkshopPartnerSearchesQuery = { call: { partnerSearches: Array<{ proposalId: string, wish: string, projectName: { fi: string | null }, leadMunicipality: { code: string } | null, theme: { code: string } | null, offers: Array<{ status: PartnerOfferStatus, municipality: { code: string } }> }> } | null };

export type WorkshopOfferMutationVariables = Exact<{
  input: PartnerOfferInput;
}>;


export type WorkshopOfferMutation = { offerToJoinProposal: { id: string, status: PartnerOfferStatus, municipality: { code: string } } };

export type WorkshopAcceptMutationVariables = Exact<{
  input: PartnerOfferInput;
}>;


export type WorkshopAcceptMutation = { acceptPartnerOffer: { status: PartnerOfferStatus, decidedAt: string | null } };

export type WorkshopDeclineOfferMutationVariables = Exact<{
  input: PartnerOfferInput;
}>;


export type WorkshopDeclineOfferMutation = { declinePartnerOffer: { status: PartnerOfferStatus } };

export type WorkshopInviteProposalMutationVariables = Exact<{
  proposalId: string | number;
  callId: string | number;
}>;


export type WorkshopInviteProposalMutation = { inviteProposal: { id: string, status: ApplicationStatus, allowPublication: boolean, consortium: { id: string, lead: { code: string }, members: Array<{ role: ConsortiumRole, municipality: { code: string } }> }, eligibilityIssues: Array<{ code: string }> } };

export type WorkshopSubmittedChoiceQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkshopSubmittedChoiceQuery = { application: { asSubmitted: { allowPublication: boolean | null } | null } | null };

export type WorkshopProposalQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkshopProposalQuery = { application: { id: string, allowPublication: boolean, consortium: { id: string, members: Array<{ municipality: { code: string } }> } } | null };

export type WorkshopPublishApplicationMutationVariables = Exact<{
  input: CreateApplicationInput;
}>;


export type WorkshopPublishApplicationMutation = { createApplication: { id: string } };

export type WorkshopNestedQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkshopNestedQuery = { calls: { nodes: Array<{ proposalSummary: { total: number } | null, workshops: Array<{ id: string }>, partnerSearches: Array<{ wish: string }> }> } };

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
export const ChangeRequestsBudgetFragmentDoc = new TypedDocumentString(`
    fragment ChangeRequestsBudget on Budget {
  staff
  travel
  premises
  purchasedServices
  other
  total
}
    `, {"fragmentName":"ChangeRequestsBudget"}) as unknown as TypedDocumentString<ChangeRequestsBudgetFragment, unknown>;
export const ChangeRequestFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChangeRequestFields on ChangeRequest {
  id
  kind
  status
  justification
  projectEnd
  budget {
    ...ChangeRequestsBudget
  }
  addMunicipalities {
    code
  }
  removeMunicipalities {
    code
  }
  decisionReason
  decidedAt
  version
  amendmentNumber
  termsBefore {
    projectEnd
    approvedBudget {
      staff
      total
    }
    municipalities {
      code
    }
  }
}
    fragment ChangeRequestsBudget on Budget {
  staff
  travel
  premises
  purchasedServices
  other
  total
}`, {"fragmentName":"ChangeRequestFields"}) as unknown as TypedDocumentString<ChangeRequestFieldsFragment, unknown>;
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
export const ChangeRequestsDecideAwardDocument = new TypedDocumentString(`
    mutation ChangeRequestsDecideAward($a: ID!, $input: DecideAwardInput!) {
  decideAward(applicationId: $a, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ChangeRequestsDecideAwardMutation, ChangeRequestsDecideAwardMutationVariables>;
export const ChangeRequestsRequestDocument = new TypedDocumentString(`
    mutation ChangeRequestsRequest($awardId: ID!, $input: RequestChangeInput!) {
  requestChange(awardId: $awardId, input: $input) {
    ...ChangeRequestFields
  }
}
    fragment ChangeRequestsBudget on Budget {
  staff
  travel
  premises
  purchasedServices
  other
  total
}
fragment ChangeRequestFields on ChangeRequest {
  id
  kind
  status
  justification
  projectEnd
  budget {
    ...ChangeRequestsBudget
  }
  addMunicipalities {
    code
  }
  removeMunicipalities {
    code
  }
  decisionReason
  decidedAt
  version
  amendmentNumber
  termsBefore {
    projectEnd
    approvedBudget {
      staff
      total
    }
    municipalities {
      code
    }
  }
}`) as unknown as TypedDocumentString<ChangeRequestsRequestMutation, ChangeRequestsRequestMutationVariables>;
export const ChangeRequestsApproveDocument = new TypedDocumentString(`
    mutation ChangeRequestsApprove($id: ID!, $reason: String) {
  approveChangeRequest(id: $id, reason: $reason) {
    ...ChangeRequestFields
  }
}
    fragment ChangeRequestsBudget on Budget {
  staff
  travel
  premises
  purchasedServices
  other
  total
}
fragment ChangeRequestFields on ChangeRequest {
  id
  kind
  status
  justification
  projectEnd
  budget {
    ...ChangeRequestsBudget
  }
  addMunicipalities {
    code
  }
  removeMunicipalities {
    code
  }
  decisionReason
  decidedAt
  version
  amendmentNumber
  termsBefore {
    projectEnd
    approvedBudget {
      staff
      total
    }
    municipalities {
      code
    }
  }
}`) as unknown as TypedDocumentString<ChangeRequestsApproveMutation, ChangeRequestsApproveMutationVariables>;
export const ChangeRequestsRejectDocument = new TypedDocumentString(`
    mutation ChangeRequestsReject($id: ID!, $reason: String!) {
  rejectChangeRequest(id: $id, reason: $reason) {
    ...ChangeRequestFields
  }
}
    fragment ChangeRequestsBudget on Budget {
  staff
  travel
  premises
  purchasedServices
  other
  total
}
fragment ChangeRequestFields on ChangeRequest {
  id
  kind
  status
  justification
  projectEnd
  budget {
    ...ChangeRequestsBudget
  }
  addMunicipalities {
    code
  }
  removeMunicipalities {
    code
  }
  decisionReason
  decidedAt
  version
  amendmentNumber
  termsBefore {
    projectEnd
    approvedBudget {
      staff
      total
    }
    municipalities {
      code
    }
  }
}`) as unknown as TypedDocumentString<ChangeRequestsRejectMutation, ChangeRequestsRejectMutationVariables>;
export const ChangeRequestsWithdrawDocument = new TypedDocumentString(`
    mutation ChangeRequestsWithdraw($id: ID!) {
  withdrawChangeRequest(id: $id) {
    ...ChangeRequestFields
  }
}
    fragment ChangeRequestsBudget on Budget {
  staff
  travel
  premises
  purchasedServices
  other
  total
}
fragment ChangeRequestFields on ChangeRequest {
  id
  kind
  status
  justification
  projectEnd
  budget {
    ...ChangeRequestsBudget
  }
  addMunicipalities {
    code
  }
  removeMunicipalities {
    code
  }
  decisionReason
  decidedAt
  version
  amendmentNumber
  termsBefore {
    projectEnd
    approvedBudget {
      staff
      total
    }
    municipalities {
      code
    }
  }
}`) as unknown as TypedDocumentString<ChangeRequestsWithdrawMutation, ChangeRequestsWithdrawMutationVariables>;
export const ChangeRequestsAwardDocument = new TypedDocumentString(`
    query ChangeRequestsAward($id: ID!) {
  changeRequest(id: $id) {
    id
    status
    award {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ChangeRequestsAwardQuery, ChangeRequestsAwardQueryVariables>;
export const ChangeRequestsAwardTermsDocument = new TypedDocumentString(`
    query ChangeRequestsAwardTerms($callId: ID!) {
  call(id: $callId) {
    awards(first: 5) {
      nodes {
        id
        projectStart
        projectEnd
        approvedBudget {
          ...ChangeRequestsBudget
        }
        municipalities {
          code
        }
        application {
          consortium {
            members {
              role
              municipality {
                code
              }
            }
          }
        }
        originalDecision {
          projectStart
          projectEnd
          approvedBudget {
            ...ChangeRequestsBudget
          }
          municipalities {
            code
          }
        }
        changeRequests {
          id
          kind
          status
        }
      }
    }
  }
}
    fragment ChangeRequestsBudget on Budget {
  staff
  travel
  premises
  purchasedServices
  other
  total
}`) as unknown as TypedDocumentString<ChangeRequestsAwardTermsQuery, ChangeRequestsAwardTermsQueryVariables>;
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
export const DecisionDocumentAwardsDocument = new TypedDocumentString(`
    query DecisionDocumentAwards($lang: Language) {
  awards(first: 100) {
    nodes {
      id
      decisionDocument(lang: $lang)
    }
  }
}
    `) as unknown as TypedDocumentString<DecisionDocumentAwardsQuery, DecisionDocumentAwardsQueryVariables>;
export const DecisionDocumentPageDocument = new TypedDocumentString(`
    query DecisionDocumentPage($first: Int!) {
  awards(first: $first) {
    nodes {
      decisionDocument(lang: SV)
    }
  }
}
    `) as unknown as TypedDocumentString<DecisionDocumentPageQuery, DecisionDocumentPageQueryVariables>;
export const DecisionDocumentDecideDocument = new TypedDocumentString(`
    mutation DecisionDocumentDecide($a: ID!, $input: DecideAwardInput!) {
  decideAward(applicationId: $a, input: $input) {
    id
    decisionDocument
  }
}
    `) as unknown as TypedDocumentString<DecisionDocumentDecideMutation, DecisionDocumentDecideMutationVariables>;
export const DecisionDocumentStartReviewDocument = new TypedDocumentString(`
    mutation DecisionDocumentStartReview($c: ID!) {
  startReview(callId: $c) {
    id
  }
}
    `) as unknown as TypedDocumentString<DecisionDocumentStartReviewMutation, DecisionDocumentStartReviewMutationVariables>;
export const DocumentsOfAwardDocument = new TypedDocumentString(`
    query DocumentsOfAward($key: String!) {
  awards(filter: {callKey: $key}, first: 10) {
    nodes {
      id
      hasAgreement
      documents {
        id
        kind
        fileName
        mediaType
        byteSize
        sha256
        uploadedAt
        url
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentsOfAwardQuery, DocumentsOfAwardQueryVariables>;
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
export const VoidingSaveDocument = new TypedDocumentString(`
    mutation VoidingSave($a: ID!, $input: SaveEvaluationInput!) {
  saveEvaluation(applicationId: $a, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<VoidingSaveMutation, VoidingSaveMutationVariables>;
export const VoidingSubmitDocument = new TypedDocumentString(`
    mutation VoidingSubmit($id: ID!) {
  submitEvaluation(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<VoidingSubmitMutation, VoidingSubmitMutationVariables>;
export const VoidingDeclareDocument = new TypedDocumentString(`
    mutation VoidingDeclare($id: ID!, $reason: String!) {
  declareConflictAfterSubmission(evaluationId: $id, reason: $reason) {
    id
    status
    conflictDeclaredAt
    conflictDeclaration
  }
}
    `) as unknown as TypedDocumentString<VoidingDeclareMutation, VoidingDeclareMutationVariables>;
export const VoidingVoidDocument = new TypedDocumentString(`
    mutation VoidingVoid($id: ID!, $reason: String!) {
  voidEvaluation(id: $id, reason: $reason) {
    id
    status
    voidedAt
    voidReason
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<VoidingVoidMutation, VoidingVoidMutationVariables>;
export const VoidingSummaryDocument = new TypedDocumentString(`
    query VoidingSummary($id: ID!) {
  application(id: $id) {
    evaluations {
      id
      status
      voidReason
    }
    evaluationSummary {
      count
      weightedScore
      criteria {
        mean
        count
      }
    }
    call {
      ranking {
        application {
          id
        }
        weightedScore
        evaluationCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VoidingSummaryQuery, VoidingSummaryQueryVariables>;
export const VoidingRankedDocument = new TypedDocumentString(`
    query VoidingRanked($first: Int, $after: String, $direction: SortDirection!, $callId: ID!) {
  applications(
    first: $first
    after: $after
    filter: {callId: $callId}
    orderBy: {field: WEIGHTED_SCORE, direction: $direction}
  ) {
    totalCount
    edges {
      cursor
      node {
        id
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<VoidingRankedQuery, VoidingRankedQueryVariables>;
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
export const TallyPayDocument = new TypedDocumentString(`
    mutation TallyPay($a: ID!, $input: PaymentRequestInput!) {
  submitPaymentRequest(awardId: $a, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<TallyPayMutation, TallyPayMutationVariables>;
export const TallyApprovePaymentDocument = new TypedDocumentString(`
    mutation TallyApprovePayment($id: ID!, $input: ApprovePaymentRequestInput!) {
  approvePaymentRequest(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<TallyApprovePaymentMutation, TallyApprovePaymentMutationVariables>;
export const TallyReportDocument = new TypedDocumentString(`
    mutation TallyReport($a: ID!, $input: ReportInput!) {
  submitReport(awardId: $a, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<TallyReportMutation, TallyReportMutationVariables>;
export const TallyApproveReportDocument = new TypedDocumentString(`
    mutation TallyApproveReport($id: ID!) {
  approveReport(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<TallyApproveReportMutation, TallyApproveReportMutationVariables>;
export const TallyRecoverDocument = new TypedDocumentString(`
    mutation TallyRecover($a: ID!, $amount: Decimal!) {
  recordRecovery(awardId: $a, amount: $amount) {
    id
  }
}
    `) as unknown as TypedDocumentString<TallyRecoverMutation, TallyRecoverMutationVariables>;
export const TallyRejectDocument = new TypedDocumentString(`
    mutation TallyReject($a: ID!, $r: String!) {
  rejectApplication(applicationId: $a, reason: $r) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<TallyRejectMutation, TallyRejectMutationVariables>;
export const GrantJourneyStartReviewDocument = new TypedDocumentString(`
    mutation GrantJourneyStartReview($call: ID!) {
  startReview(callId: $call) {
    id
  }
}
    `) as unknown as TypedDocumentString<GrantJourneyStartReviewMutation, GrantJourneyStartReviewMutationVariables>;
export const GrantJourneyDecideDocument = new TypedDocumentString(`
    mutation GrantJourneyDecide($application: ID!, $input: DecideAwardInput!) {
  decideAward(applicationId: $application, input: $input) {
    id
    grantedAmount
    projectStart
    projectEnd
    approvedBudget {
      staff
      purchasedServices
      total
    }
    paidTotal
    returnedTotal
  }
}
    `) as unknown as TypedDocumentString<GrantJourneyDecideMutation, GrantJourneyDecideMutationVariables>;
export const GrantJourneySubmitPaymentDocument = new TypedDocumentString(`
    mutation GrantJourneySubmitPayment($award: ID!, $input: PaymentRequestInput!) {
  submitPaymentRequest(awardId: $award, input: $input) {
    id
    number
    status
    final
    claimedCosts {
      total
    }
    paidAmount
  }
}
    `) as unknown as TypedDocumentString<GrantJourneySubmitPaymentMutation, GrantJourneySubmitPaymentMutationVariables>;
export const GrantJourneyApprovePaymentDocument = new TypedDocumentString(`
    mutation GrantJourneyApprovePayment($id: ID!, $input: ApprovePaymentRequestInput!) {
  approvePaymentRequest(id: $id, input: $input) {
    id
    status
    paidAmount
    approvedCosts {
      staff
      purchasedServices
      total
    }
    award {
      paidTotal
      returnedTotal
      recoveryClaim
      recoveredTotal
      settledAt
    }
  }
}
    `) as unknown as TypedDocumentString<GrantJourneyApprovePaymentMutation, GrantJourneyApprovePaymentMutationVariables>;
export const GrantJourneyRequestChangeDocument = new TypedDocumentString(`
    mutation GrantJourneyRequestChange($award: ID!, $input: RequestChangeInput!) {
  requestChange(awardId: $award, input: $input) {
    id
    kind
    status
    projectEnd
  }
}
    `) as unknown as TypedDocumentString<GrantJourneyRequestChangeMutation, GrantJourneyRequestChangeMutationVariables>;
export const GrantJourneyApproveChangeDocument = new TypedDocumentString(`
    mutation GrantJourneyApproveChange($id: ID!, $reason: String) {
  approveChangeRequest(id: $id, reason: $reason) {
    id
    status
    amendmentNumber
    termsBefore {
      projectEnd
    }
  }
}
    `) as unknown as TypedDocumentString<GrantJourneyApproveChangeMutation, GrantJourneyApproveChangeMutationVariables>;
export const GrantJourneySubmitReportDocument = new TypedDocumentString(`
    mutation GrantJourneySubmitReport($award: ID!, $input: ReportInput!) {
  submitReport(awardId: $award, input: $input) {
    id
    kind
    status
  }
}
    `) as unknown as TypedDocumentString<GrantJourneySubmitReportMutation, GrantJourneySubmitReportMutationVariables>;
export const GrantJourneyApproveReportDocument = new TypedDocumentString(`
    mutation GrantJourneyApproveReport($id: ID!) {
  approveReport(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<GrantJourneyApproveReportMutation, GrantJourneyApproveReportMutationVariables>;
export const GrantJourneyRecordRecoveryDocument = new TypedDocumentString(`
    mutation GrantJourneyRecordRecovery($award: ID!, $amount: Decimal!) {
  recordRecovery(awardId: $award, amount: $amount) {
    id
    recoveryClaim
    recoveredTotal
  }
}
    `) as unknown as TypedDocumentString<GrantJourneyRecordRecoveryMutation, GrantJourneyRecordRecoveryMutationVariables>;
export const GrantJourneyPublicViewDocument = new TypedDocumentString(`
    query GrantJourneyPublicView($call: ID!) {
  call(id: $call) {
    appropriation
    statistics {
      totalAwarded
      totalPaid
      totalReturned
      totalRecovered
      remainingAppropriation
    }
    awards(first: 5) {
      nodes {
        id
        grantedAmount
        projectStart
        projectEnd
        originalDecision {
          projectStart
          projectEnd
        }
        paidTotal
        returnedTotal
        finalReportSummary {
          fi
          sv
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GrantJourneyPublicViewQuery, GrantJourneyPublicViewQueryVariables>;
export const GrantJourneyGrantFileDocument = new TypedDocumentString(`
    query GrantJourneyGrantFile($call: ID!) {
  call(id: $call) {
    awards(first: 5) {
      nodes {
        id
        hasAgreement
        documents {
          kind
          fileName
          mediaType
        }
        paymentRequests {
          number
          final
          status
          paidAmount
          approvedCosts {
            total
          }
        }
        reports {
          kind
          status
        }
        changeRequests {
          kind
          status
          amendmentNumber
        }
        recoveryClaim
        recoveredTotal
        settledAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GrantJourneyGrantFileQuery, GrantJourneyGrantFileQueryVariables>;
export const GrantMoneyStartReviewDocument = new TypedDocumentString(`
    mutation GrantMoneyStartReview($c: ID!) {
  startReview(callId: $c) {
    id
  }
}
    `) as unknown as TypedDocumentString<GrantMoneyStartReviewMutation, GrantMoneyStartReviewMutationVariables>;
export const GrantMoneyDecideDocument = new TypedDocumentString(`
    mutation GrantMoneyDecide($a: ID!, $input: DecideAwardInput!) {
  decideAward(applicationId: $a, input: $input) {
    id
    paidTotal
    returnedTotal
  }
}
    `) as unknown as TypedDocumentString<GrantMoneyDecideMutation, GrantMoneyDecideMutationVariables>;
export const GrantMoneySubmitPaymentDocument = new TypedDocumentString(`
    mutation GrantMoneySubmitPayment($award: ID!, $input: PaymentRequestInput!) {
  submitPaymentRequest(awardId: $award, input: $input) {
    id
    number
    status
    final
    claimedCosts {
      staff
      total
    }
    approvedCosts {
      total
    }
    paidAmount
  }
}
    `) as unknown as TypedDocumentString<GrantMoneySubmitPaymentMutation, GrantMoneySubmitPaymentMutationVariables>;
export const GrantMoneyResubmitPaymentDocument = new TypedDocumentString(`
    mutation GrantMoneyResubmitPayment($id: ID!, $input: PaymentRequestInput!) {
  resubmitPaymentRequest(id: $id, input: $input) {
    id
    status
    version
    claimedCosts {
      total
    }
  }
}
    `) as unknown as TypedDocumentString<GrantMoneyResubmitPaymentMutation, GrantMoneyResubmitPaymentMutationVariables>;
export const GrantMoneyApprovePaymentDocument = new TypedDocumentString(`
    mutation GrantMoneyApprovePayment($id: ID!, $input: ApprovePaymentRequestInput!) {
  approvePaymentRequest(id: $id, input: $input) {
    id
    status
    paidAmount
    decisionReason
    approvedCosts {
      staff
      travel
      total
    }
    award {
      id
      paidTotal
      returnedTotal
      recoveryClaim
      settledAt
    }
  }
}
    `) as unknown as TypedDocumentString<GrantMoneyApprovePaymentMutation, GrantMoneyApprovePaymentMutationVariables>;
export const GrantMoneyReturnPaymentDocument = new TypedDocumentString(`
    mutation GrantMoneyReturnPayment($id: ID!, $reason: String!) {
  returnPaymentRequest(id: $id, reason: $reason) {
    id
    status
    decisionReason
  }
}
    `) as unknown as TypedDocumentString<GrantMoneyReturnPaymentMutation, GrantMoneyReturnPaymentMutationVariables>;
export const GrantMoneyRecordRecoveryDocument = new TypedDocumentString(`
    mutation GrantMoneyRecordRecovery($award: ID!, $amount: Decimal!) {
  recordRecovery(awardId: $award, amount: $amount) {
    id
    recoveryClaim
    recoveredTotal
  }
}
    `) as unknown as TypedDocumentString<GrantMoneyRecordRecoveryMutation, GrantMoneyRecordRecoveryMutationVariables>;
export const GrantMoneySubmitReportDocument = new TypedDocumentString(`
    mutation GrantMoneySubmitReport($award: ID!, $input: ReportInput!) {
  submitReport(awardId: $award, input: $input) {
    id
    kind
    status
    version
    indicators {
      name
      value
      unit
    }
  }
}
    `) as unknown as TypedDocumentString<GrantMoneySubmitReportMutation, GrantMoneySubmitReportMutationVariables>;
export const GrantMoneyApproveReportDocument = new TypedDocumentString(`
    mutation GrantMoneyApproveReport($id: ID!) {
  approveReport(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<GrantMoneyApproveReportMutation, GrantMoneyApproveReportMutationVariables>;
export const GrantMoneyReturnReportDocument = new TypedDocumentString(`
    mutation GrantMoneyReturnReport($id: ID!, $reason: String!) {
  returnReport(id: $id, reason: $reason) {
    id
    status
    returnReason
  }
}
    `) as unknown as TypedDocumentString<GrantMoneyReturnReportMutation, GrantMoneyReturnReportMutationVariables>;
export const GrantMoneyStatisticsDocument = new TypedDocumentString(`
    query GrantMoneyStatistics($key: String!) {
  call(key: $key) {
    appropriation
    statistics {
      totalAwarded
      totalPaid
      totalReturned
      totalRecovered
      remainingAppropriation
    }
  }
}
    `) as unknown as TypedDocumentString<GrantMoneyStatisticsQuery, GrantMoneyStatisticsQueryVariables>;
export const GrantMoneyPublicAwardDocument = new TypedDocumentString(`
    query GrantMoneyPublicAward($key: ID!) {
  awards(first: 5, filter: {callId: $key}) {
    nodes {
      id
      paidTotal
      returnedTotal
      finalReportSummary {
        fi
        sv
      }
      paymentRequests {
        id
      }
      reports {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GrantMoneyPublicAwardQuery, GrantMoneyPublicAwardQueryVariables>;
export const GrantMoneyAwardRecoveryDocument = new TypedDocumentString(`
    query GrantMoneyAwardRecovery($key: ID!) {
  awards(first: 5, filter: {callId: $key}) {
    nodes {
      id
      recoveryClaim
      recoveredTotal
    }
  }
}
    `) as unknown as TypedDocumentString<GrantMoneyAwardRecoveryQuery, GrantMoneyAwardRecoveryQueryVariables>;
export const GrantMoneyOverdueDocument = new TypedDocumentString(`
    query GrantMoneyOverdue($call: ID, $key: String, $overdue: Boolean!) {
  awards(
    first: 50
    filter: {callId: $call, callKey: $key, reportOverdue: $overdue}
  ) {
    totalCount
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<GrantMoneyOverdueQuery, GrantMoneyOverdueQueryVariables>;
export const GrantMoneyAttachmentsDocument = new TypedDocumentString(`
    query GrantMoneyAttachments($call: ID!) {
  awards(first: 5, filter: {callId: $call}) {
    nodes {
      paymentRequests {
        id
        documents {
          kind
          fileName
        }
      }
      reports {
        id
        documents {
          kind
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GrantMoneyAttachmentsQuery, GrantMoneyAttachmentsQueryVariables>;
export const GrantTermsCreateCallDocument = new TypedDocumentString(`
    mutation GrantTermsCreateCall($input: CreateCallInput!) {
  createCall(input: $input) {
    id
    projectDeadline
    reportDueMonths
    interimReportDue
    latestProjectEnd
  }
}
    `) as unknown as TypedDocumentString<GrantTermsCreateCallMutation, GrantTermsCreateCallMutationVariables>;
export const GrantTermsUpdateCallDocument = new TypedDocumentString(`
    mutation GrantTermsUpdateCall($id: ID!, $input: UpdateCallInput!) {
  updateCall(id: $id, input: $input) {
    id
    reportDueMonths
    interimReportDue
    latestProjectEnd
  }
}
    `) as unknown as TypedDocumentString<GrantTermsUpdateCallMutation, GrantTermsUpdateCallMutationVariables>;
export const GrantTermsCallDocument = new TypedDocumentString(`
    query GrantTermsCall($key: String!) {
  call(key: $key) {
    id
    projectDeadline
    reportDueMonths
    interimReportDue
    latestProjectEnd
  }
}
    `) as unknown as TypedDocumentString<GrantTermsCallQuery, GrantTermsCallQueryVariables>;
export const GrantTermsStartReviewDocument = new TypedDocumentString(`
    mutation GrantTermsStartReview($c: ID!) {
  startReview(callId: $c) {
    id
  }
}
    `) as unknown as TypedDocumentString<GrantTermsStartReviewMutation, GrantTermsStartReviewMutationVariables>;
export const GrantTermsDecideDocument = new TypedDocumentString(`
    mutation GrantTermsDecide($a: ID!, $input: DecideAwardInput!) {
  decideAward(applicationId: $a, input: $input) {
    id
    projectStart
    projectEnd
    approvedBudget {
      staff
      travel
      premises
      purchasedServices
      other
      total
    }
  }
}
    `) as unknown as TypedDocumentString<GrantTermsDecideMutation, GrantTermsDecideMutationVariables>;
export const GrantTermsAwardsDocument = new TypedDocumentString(`
    query GrantTermsAwards($key: String!) {
  call(key: $key) {
    awards(first: 3) {
      nodes {
        id
        projectStart
        projectEnd
        approvedBudget {
          total
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GrantTermsAwardsQuery, GrantTermsAwardsQueryVariables>;
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
export const HistoryUpdateCallDocument = new TypedDocumentString(`
    mutation HistoryUpdateCall($id: ID!, $input: UpdateCallInput!) {
  updateCall(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<HistoryUpdateCallMutation, HistoryUpdateCallMutationVariables>;
export const HistoryCreateCallDocument = new TypedDocumentString(`
    mutation HistoryCreateCall($input: CreateCallInput!) {
  createCall(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<HistoryCreateCallMutation, HistoryCreateCallMutationVariables>;
export const HistoryPublishCallDocument = new TypedDocumentString(`
    mutation HistoryPublishCall($id: ID!) {
  publishCall(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<HistoryPublishCallMutation, HistoryPublishCallMutationVariables>;
export const HistoryCallDocument = new TypedDocumentString(`
    query HistoryCall($id: ID!, $first: Int, $after: String) {
  call(id: $id) {
    title {
      fi
    }
    asPublished {
      publishedAt
      title {
        fi
        en
      }
      appropriation
      themes {
        code
        title {
          en
        }
      }
      criteria {
        code
        weight
      }
      questions {
        code
        required
      }
      conditions {
        fi
      }
    }
    history(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        at
        action
        actor {
          role
        }
        changes {
          field
          before
          after
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HistoryCallQuery, HistoryCallQueryVariables>;
export const HistoryActorNamesDocument = new TypedDocumentString(`
    query HistoryActorNames($id: ID!) {
  call(id: $id) {
    history {
      nodes {
        actor {
          role
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HistoryActorNamesQuery, HistoryActorNamesQueryVariables>;
export const HistoryUpdateConsortiumDocument = new TypedDocumentString(`
    mutation HistoryUpdateConsortium($id: ID!, $input: UpdateConsortiumInput!) {
  updateConsortium(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<HistoryUpdateConsortiumMutation, HistoryUpdateConsortiumMutationVariables>;
export const HistoryApplicationPublicDocument = new TypedDocumentString(`
    query HistoryApplicationPublic($id: ID!) {
  application(id: $id) {
    summary
    asSubmitted {
      referenceNumber
      submittedAt
      consortiumName
      summary
      requestedAmount
      projectName {
        fi
      }
      theme {
        code
      }
      budget {
        staff
        total
      }
      members {
        role
        municipality {
          code
        }
      }
    }
    history {
      nodes {
        action
        actor {
          role
        }
        changes {
          field
          before
          after
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HistoryApplicationPublicQuery, HistoryApplicationPublicQueryVariables>;
export const HistoryApplicationPrivateDocument = new TypedDocumentString(`
    query HistoryApplicationPrivate($id: ID!) {
  application(id: $id) {
    asSubmitted {
      answers {
        question {
          code
        }
        text
      }
      contact {
        name
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HistoryApplicationPrivateQuery, HistoryApplicationPrivateQueryVariables>;
export const HistorySubmittedContactDocument = new TypedDocumentString(`
    query HistorySubmittedContact($id: ID!) {
  application(id: $id) {
    asSubmitted {
      contact {
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HistorySubmittedContactQuery, HistorySubmittedContactQueryVariables>;
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
export const VisibilityApplicationHistoryDocument = new TypedDocumentString(`
    query VisibilityApplicationHistory($d: ID!, $s: ID!) {
  draft: application(id: $d) {
    history {
      totalCount
      nodes {
        action
        changes {
          field
          after
        }
      }
    }
    asSubmitted {
      summary
    }
  }
  submitted: application(id: $s) {
    history(first: 5) {
      totalCount
    }
    asSubmitted {
      summary
    }
  }
}
    `) as unknown as TypedDocumentString<VisibilityApplicationHistoryQuery, VisibilityApplicationHistoryQueryVariables>;
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
export const VisibilityChangeRequestDocument = new TypedDocumentString(`
    query VisibilityChangeRequest($r: ID!) {
  changeRequest(id: $r) {
    id
    justification
  }
}
    `) as unknown as TypedDocumentString<VisibilityChangeRequestQuery, VisibilityChangeRequestQueryVariables>;
export const VisibilityAwardChangeRequestsDocument = new TypedDocumentString(`
    query VisibilityAwardChangeRequests($p: ID!) {
  application(id: $p) {
    award {
      id
      changeRequests {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VisibilityAwardChangeRequestsQuery, VisibilityAwardChangeRequestsQueryVariables>;
export const VisibilityGrantRecordsDocument = new TypedDocumentString(`
    query VisibilityGrantRecords($c: ID!) {
  awards(first: 10, filter: {callId: $c}) {
    nodes {
      id
      paidTotal
      returnedTotal
      finalReportSummary {
        fi
      }
      paymentRequests {
        id
        status
        claimedCosts {
          total
        }
      }
      reports {
        id
        outcomes
      }
    }
  }
  municipality(code: "092") {
    awards(first: 10, orderBy: {field: DECISION_DATE, direction: DESC}) {
      nodes {
        paymentRequests {
          id
        }
        reports {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VisibilityGrantRecordsQuery, VisibilityGrantRecordsQueryVariables>;
export const WorkshopSummaryDocument = new TypedDocumentString(`
    query WorkshopSummary($id: ID!) {
  call(id: $id) {
    proposalSummary {
      total
      byTheme {
        theme {
          code
        }
        proposals
      }
      byRegion {
        region {
          code
        }
        proposals
      }
      bySizeClass {
        sizeClass
        proposals
      }
      publishedProjectNames {
        fi
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkshopSummaryQuery, WorkshopSummaryQueryVariables>;
export const WorkshopCreateDocument = new TypedDocumentString(`
    mutation WorkshopCreate($input: CreateWorkshopInput!) {
  createWorkshop(input: $input) {
    id
    title {
      fi
    }
    startsAt
    startsAtLocal
    registrationClosesAt
    registrationClosesAtLocal
    place
    online
  }
}
    `) as unknown as TypedDocumentString<WorkshopCreateMutation, WorkshopCreateMutationVariables>;
export const WorkshopInviteDocument = new TypedDocumentString(`
    mutation WorkshopInvite($workshopId: ID!, $proposalIds: [ID!]) {
  inviteToWorkshop(workshopId: $workshopId, proposalIds: $proposalIds) {
    id
    status
    proposal {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<WorkshopInviteMutation, WorkshopInviteMutationVariables>;
export const WorkshopInvitationsDocument = new TypedDocumentString(`
    query WorkshopInvitations($id: ID!) {
  call(id: $id) {
    workshops {
      id
      startsAtLocal
      invitations {
        status
        proposal {
          id
        }
        participants {
          name
          role
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkshopInvitationsQuery, WorkshopInvitationsQueryVariables>;
export const WorkshopRegisterDocument = new TypedDocumentString(`
    mutation WorkshopRegister($input: RegisterForWorkshopInput!) {
  registerForWorkshop(input: $input) {
    status
    respondedAt
  }
}
    `) as unknown as TypedDocumentString<WorkshopRegisterMutation, WorkshopRegisterMutationVariables>;
export const WorkshopDeclineDocument = new TypedDocumentString(`
    mutation WorkshopDecline($workshopId: ID!, $proposalId: ID!) {
  declineWorkshop(workshopId: $workshopId, proposalId: $proposalId) {
    status
  }
}
    `) as unknown as TypedDocumentString<WorkshopDeclineMutation, WorkshopDeclineMutationVariables>;
export const WorkshopAttendanceDocument = new TypedDocumentString(`
    mutation WorkshopAttendance($workshopId: ID!, $proposalId: ID!, $attended: Boolean!) {
  recordWorkshopAttendance(
    workshopId: $workshopId
    proposalId: $proposalId
    attended: $attended
  ) {
    status
    attendanceRecordedAt
  }
}
    `) as unknown as TypedDocumentString<WorkshopAttendanceMutation, WorkshopAttendanceMutationVariables>;
export const WorkshopFlagDocument = new TypedDocumentString(`
    mutation WorkshopFlag($input: FlagLookingForPartnersInput!) {
  flagLookingForPartners(input: $input) {
    id
    partnerSearch {
      wish
    }
  }
}
    `) as unknown as TypedDocumentString<WorkshopFlagMutation, WorkshopFlagMutationVariables>;
export const WorkshopPartnerSearchesDocument = new TypedDocumentString(`
    query WorkshopPartnerSearches($id: ID!) {
  call(id: $id) {
    partnerSearches {
      proposalId
      projectName {
        fi
      }
      leadMunicipality {
        code
      }
      theme {
        code
      }
      wish
      offers {
        municipality {
          code
        }
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkshopPartnerSearchesQuery, WorkshopPartnerSearchesQueryVariables>;
export const WorkshopOfferDocument = new TypedDocumentString(`
    mutation WorkshopOffer($input: PartnerOfferInput!) {
  offerToJoinProposal(input: $input) {
    id
    status
    municipality {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WorkshopOfferMutation, WorkshopOfferMutationVariables>;
export const WorkshopAcceptDocument = new TypedDocumentString(`
    mutation WorkshopAccept($input: PartnerOfferInput!) {
  acceptPartnerOffer(input: $input) {
    status
    decidedAt
  }
}
    `) as unknown as TypedDocumentString<WorkshopAcceptMutation, WorkshopAcceptMutationVariables>;
export const WorkshopDeclineOfferDocument = new TypedDocumentString(`
    mutation WorkshopDeclineOffer($input: PartnerOfferInput!) {
  declinePartnerOffer(input: $input) {
    status
  }
}
    `) as unknown as TypedDocumentString<WorkshopDeclineOfferMutation, WorkshopDeclineOfferMutationVariables>;
export const WorkshopInviteProposalDocument = new TypedDocumentString(`
    mutation WorkshopInviteProposal($proposalId: ID!, $callId: ID!) {
  inviteProposal(proposalId: $proposalId, callId: $callId) {
    id
    status
    allowPublication
    consortium {
      id
      lead {
        code
      }
      members {
        municipality {
          code
        }
        role
      }
    }
    eligibilityIssues {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WorkshopInviteProposalMutation, WorkshopInviteProposalMutationVariables>;
export const WorkshopSubmittedChoiceDocument = new TypedDocumentString(`
    query WorkshopSubmittedChoice($id: ID!) {
  application(id: $id) {
    asSubmitted {
      allowPublication
    }
  }
}
    `) as unknown as TypedDocumentString<WorkshopSubmittedChoiceQuery, WorkshopSubmittedChoiceQueryVariables>;
export const WorkshopProposalDocument = new TypedDocumentString(`
    query WorkshopProposal($id: ID!) {
  application(id: $id) {
    id
    allowPublication
    consortium {
      id
      members {
        municipality {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkshopProposalQuery, WorkshopProposalQueryVariables>;
export const WorkshopPublishApplicationDocument = new TypedDocumentString(`
    mutation WorkshopPublishApplication($input: CreateApplicationInput!) {
  createApplication(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<WorkshopPublishApplicationMutation, WorkshopPublishApplicationMutationVariables>;
export const WorkshopNestedDocument = new TypedDocumentString(`
    query WorkshopNested {
  calls(first: 10) {
    nodes {
      proposalSummary {
        total
      }
      workshops {
        id
      }
      partnerSearches {
        wish
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkshopNestedQuery, WorkshopNestedQueryVariables>;