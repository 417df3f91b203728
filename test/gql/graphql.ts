/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** An answer to one of the call's questions; an empty text removes the answer. */
export type AnswerInput = {
  questionId: string | number;
  text: string;
};

export type ApplicationStatus =
  | 'AWARDED'
  | 'DRAFT'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'UNDER_REVIEW'
  | 'WITHDRAWN';

/** Eligible costs by category, VAT excluded; the total is their sum. */
export type BudgetInput = {
  other?: string | null | undefined;
  premises?: string | null | undefined;
  purchasedServices?: string | null | undefined;
  staff?: string | null | undefined;
  travel?: string | null | undefined;
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

/** A question of the application form. */
export type QuestionInput = {
  code: string;
  /** Longest answer accepted, in characters. */
  maxLength?: number | null | undefined;
  required?: boolean;
  text: LocalizedTextInput;
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

export type ApplicationsMunicipalityQueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicationsMunicipalityQuery = { municipality: { awards: { nodes: Array<{ application: { id: string } }> } } | null };

export type ApplicationsCreateApplicationMutationVariables = Exact<{
  input: CreateApplicationInput;
}>;


export type ApplicationsCreateApplicationMutation = { createApplication: { id: string } };

export type ApplicationsMunicipality2QueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicationsMunicipality2Query = { municipality: { awards: { nodes: Array<{ application: { id: string } }> } } | null };

export type ApplicationsApplicationQueryVariables = Exact<{
  id: string | number;
}>;


export type ApplicationsApplicationQuery = { application: { status: ApplicationStatus, eligibilityIssues: Array<{ code: string }> } | null };

export type ApplicationsCreateConsortiumMutationVariables = Exact<{ [key: string]: never; }>;


export type ApplicationsCreateConsortiumMutation = { createConsortium: { id: string } };

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
export const ApplicationsCreateApplicationDocument = new TypedDocumentString(`
    mutation ApplicationsCreateApplication($input: CreateApplicationInput!) {
  createApplication(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApplicationsCreateApplicationMutation, ApplicationsCreateApplicationMutationVariables>;
export const ApplicationsMunicipality2Document = new TypedDocumentString(`
    query ApplicationsMunicipality2 {
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
    `) as unknown as TypedDocumentString<ApplicationsMunicipality2Query, ApplicationsMunicipality2QueryVariables>;
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