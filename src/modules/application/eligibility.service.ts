import { foundRows } from '../../loaders';
import type { RequestContext } from '../../context';
import type { IssueDetail } from '../../common/errors';
import { hasText } from '../../common/localized-text';
import { basisPoints, compareMoney, type Money, toCents } from '../../common/money';
import { helsinkiDate } from '../../common/time-zone';
import type { Call, Question, Theme } from '../call/call.entity';
import type { Municipality } from '../municipality/municipality.entity';
import { isValidOn } from '../municipality/municipality.service';
import type { Answer, Application } from './application.entity';

/** The codes an eligibility issue may carry; clients switch on them. */
export enum EligibilityCode {
  TOO_FEW_MUNICIPALITIES = 'TOO_FEW_MUNICIPALITIES',
  MUNICIPALITY_NOT_VALID = 'MUNICIPALITY_NOT_VALID',
  PROJECT_NAME_MISSING = 'PROJECT_NAME_MISSING',
  SECTOR_MISSING = 'SECTOR_MISSING',
  EXCLUDED_SECTOR = 'EXCLUDED_SECTOR',
  THEME_MISSING = 'THEME_MISSING',
  THEME_NOT_OF_CALL = 'THEME_NOT_OF_CALL',
  PROJECT_PERIOD_MISSING = 'PROJECT_PERIOD_MISSING',
  PROJECT_PERIOD_INVALID = 'PROJECT_PERIOD_INVALID',
  PROJECT_END_AFTER_DEADLINE = 'PROJECT_END_AFTER_DEADLINE',
  REQUEST_MISSING = 'REQUEST_MISSING',
  BUDGET_MISSING = 'BUDGET_MISSING',
  REQUEST_ABOVE_BUDGET = 'REQUEST_ABOVE_BUDGET',
  GRANT_SHARE_EXCEEDED = 'GRANT_SHARE_EXCEEDED',
  REQUEST_ABOVE_APPROPRIATION = 'REQUEST_ABOVE_APPROPRIATION',
  ANSWER_MISSING = 'ANSWER_MISSING',
  ANSWER_TOO_LONG = 'ANSWER_TOO_LONG',
  MATURITY_ASSESSMENT_MISSING = 'MATURITY_ASSESSMENT_MISSING',
}

/** Everything the rules read, gathered beforehand so that the rules themselves are a pure function. */
export interface EligibilityFacts {
  application: Application;
  call: Call;
  /** The chosen theme, if any, whichever call it belongs to. */
  theme: Theme | null;
  /** The call's themes; a call without themes (a free-topic proposal call) needs no choice. */
  callThemeCount: number;
  municipalities: Municipality[];
  questions: Question[];
  answers: Answer[];
  /** The Helsinki calendar day the application is judged on: submission day, or today for a draft. */
  day: string;
}

const name = (municipality: Municipality) =>
  `${municipality.name.fi ?? municipality.name.sv ?? municipality.code} (${municipality.code})`;
const questionName = (question: Question) =>
  `"${question.text.fi ?? question.text.en ?? question.text.sv ?? question.code}"`;

/** Whether `amount` is at most `share` (a ratio with at most four decimals) of `total`, exactly. */
function withinShare(amount: Money, total: Money, share: number): boolean {
  return toCents(amount) * 10000n <= toCents(total) * basisPoints(share);
}

/**
 * Every rule of the call the application breaks, all at once, in a stable order. The rules come from
 * the calls themselves (minimum municipalities, excluded sectors, themes, deadline, questions, maturity
 * self-assessment), the appropriation, and decree 893/2019 § 4 (at most 85 % of eligible costs).
 */
function eligibilityIssues(facts: EligibilityFacts): IssueDetail[] {
  const { application, call, theme, callThemeCount, municipalities, questions, answers, day } = facts;
  const issues: IssueDetail[] = [];
  const issue = (code: EligibilityCode, message: string) => issues.push({ code, message });

  if (municipalities.length < call.minMunicipalities) {
    issue(
      EligibilityCode.TOO_FEW_MUNICIPALITIES,
      `The call requires at least ${call.minMunicipalities} municipalities; the consortium has ${municipalities.length}`,
    );
  }
  for (const municipality of municipalities) {
    if (!isValidOn(municipality, day)) {
      issue(EligibilityCode.MUNICIPALITY_NOT_VALID, `${name(municipality)} is not a municipality on ${day}`);
    }
  }
  if (!hasText(application.projectName)) {
    issue(EligibilityCode.PROJECT_NAME_MISSING, 'The project has no name');
  }
  if (!application.sector) {
    if (call.excludedSectorList.length)
      issue(EligibilityCode.SECTOR_MISSING, "The project's sector is not given");
  } else if (call.excludedSectorList.includes(application.sector)) {
    issue(
      EligibilityCode.EXCLUDED_SECTOR,
      `The call does not fund projects in the sector ${application.sector}`,
    );
  }
  if (!theme) {
    if (callThemeCount > 0) issue(EligibilityCode.THEME_MISSING, 'No theme of the call is chosen');
  } else if (theme.callId !== call.id)
    issue(EligibilityCode.THEME_NOT_OF_CALL, `The theme "${theme.code}" is not one of this call's`);

  const { projectStart, projectEnd } = application;
  if (!projectStart || !projectEnd)
    issue(EligibilityCode.PROJECT_PERIOD_MISSING, 'The project period is not given');
  else if (projectEnd < projectStart)
    issue(EligibilityCode.PROJECT_PERIOD_INVALID, 'The project ends before it starts');
  if (projectEnd && call.projectDeadline && projectEnd > call.projectDeadline) {
    issue(
      EligibilityCode.PROJECT_END_AFTER_DEADLINE,
      `The project ends on ${projectEnd}, after the call's project deadline ${call.projectDeadline}`,
    );
  }

  const requested = application.requestedAmount;
  if (toCents(requested) <= 0n) issue(EligibilityCode.REQUEST_MISSING, 'No amount is requested');
  if (!application.totalBudget || toCents(application.totalBudget) <= 0n) {
    issue(EligibilityCode.BUDGET_MISSING, 'The budget of eligible costs is not given');
  } else if (compareMoney(requested, application.totalBudget) > 0) {
    issue(
      EligibilityCode.REQUEST_ABOVE_BUDGET,
      `The request of ${requested} € is above the total budget of ${application.totalBudget} €`,
    );
  } else if (!withinShare(requested, application.totalBudget, call.maxGrantShare)) {
    issue(
      EligibilityCode.GRANT_SHARE_EXCEEDED,
      `A grant covers at most ${Math.round(call.maxGrantShare * 100)} % of the eligible costs of ${application.totalBudget} €`,
    );
  }
  if (call.appropriation && compareMoney(requested, call.appropriation) > 0) {
    issue(
      EligibilityCode.REQUEST_ABOVE_APPROPRIATION,
      `The request of ${requested} € is above the call's appropriation of ${call.appropriation} €`,
    );
  }

  const answerOf = new Map(answers.map((answer) => [answer.questionId, answer.text]));
  for (const question of questions) {
    const text = answerOf.get(question.id) ?? '';
    if (question.required && !text.trim()) {
      issue(
        EligibilityCode.ANSWER_MISSING,
        `The question ${questionName(question)} (${question.code}) is not answered`,
      );
    }
    if (question.maxLength !== null && [...text].length > question.maxLength) {
      issue(
        EligibilityCode.ANSWER_TOO_LONG,
        `The answer to ${questionName(question)} (${question.code}) has ${[...text].length} characters; at most ${question.maxLength} are accepted`,
      );
    }
  }
  if (call.requiresMaturityAssessment && application.maturityLevel === null) {
    issue(EligibilityCode.MATURITY_ASSESSMENT_MISSING, 'The call requires a maturity self-assessment');
  }
  return issues;
}

/** Gathers the facts through the request's loaders, so that a list of applications costs few statements. */
export class EligibilityService {
  constructor(private readonly ctx: RequestContext) {}

  async issuesOf(application: Application): Promise<IssueDetail[]> {
    const { loaders } = this.ctx;
    // Everything starts in the same tick, so that the facts of a whole list of applications load in one
    // batch per relation, whichever order the database answers in.
    const [call, theme, callThemes, municipalities, questions, answers] = await Promise.all([
      loaders.call.load(application.callId),
      application.themeId ? loaders.theme.load(application.themeId) : null,
      loaders.themesOfCall.load(application.callId),
      loaders.membersOfConsortium
        .load(application.consortiumId)
        .then((members) => loaders.municipality.loadMany(members.map((member) => member.municipalityCode))),
      loaders.questionsOfCall.load(application.callId),
      loaders.answersOfApplication.load(application.id),
    ]);
    if (!call) return [];
    const day = helsinkiDate(application.submittedAt ?? this.ctx.clock.now());
    return eligibilityIssues({
      application,
      call,
      theme,
      callThemeCount: callThemes.length,
      municipalities: foundRows(municipalities),
      questions,
      answers,
      day,
    });
  }
}
