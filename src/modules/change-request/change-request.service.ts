import type { EntityManager } from 'typeorm';
import { actsFor } from '../../auth/viewer';
import type { RequestContext } from '../../context';
import {
  badInput,
  forbidden,
  invalidTransition,
  type Messages,
  notFound,
  records,
} from '../../common/errors';
import { newId, parseId } from '../../common/ids';
import { fromCents, type Money, toCents } from '../../common/money';
import { helsinkiDate } from '../../common/time-zone';
import { findForUpdate, inTransaction } from '../../common/transaction';
import { ApplicationStatus } from '../application/application-status';
import { Application } from '../application/application.entity';
import { retallied } from '../application/funding-tallies';
import { insertAudited, updateAudited } from '../audit/audit.service';
import { Award } from '../award/award.entity';
import { lockAward } from '../award/lock-award';
import { Call } from '../call/call.entity';
import { ConsortiumMember } from '../consortium/consortium.entity';
import { ConsortiumService } from '../consortium/consortium.service';
import { ChangeRequestStatus, changeRequestStatuses } from './change-request-status';
import {
  type AwardTermsRecord,
  type BudgetRecord,
  ChangeRequest,
  ChangeRequestKind,
} from './change-request.entity';
import type { RequestChangeInput } from './change-request.inputs';

/** The award's budget columns by the category each holds. */
const budgetColumns = {
  staff: 'budgetStaff',
  travel: 'budgetTravel',
  premises: 'budgetPremises',
  purchasedServices: 'budgetPurchasedServices',
  other: 'budgetOther',
} as const satisfies Record<keyof BudgetRecord, keyof Award & keyof ChangeRequest>;
const categories = Object.keys(budgetColumns) as (keyof BudgetRecord)[];

/** Each kind's own fields of RequestChangeInput; a request carries its kind's and no other. */
const kindFields: Record<ChangeRequestKind, (keyof RequestChangeInput)[]> = {
  EXTEND_PROJECT: ['projectEnd'],
  MOVE_BUDGET: ['budget'],
  CHANGE_MEMBERS: ['addMunicipalityCodes', 'removeMunicipalityCodes'],
};

/** Applications of a consortium whose members matter beyond the grant being changed. */
const standing = [ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.AWARDED];

/** The award a change request is about, with what the rules need of its application and consortium. */
interface Grant {
  award: Award;
  call: Call;
  applicationId: string;
  consortiumId: string;
  leadCode: string;
}

/** The change a request asks for, checked against the award's current terms. */
type Change =
  | { kind: ChangeRequestKind.EXTEND_PROJECT; projectEnd: string }
  | { kind: ChangeRequestKind.MOVE_BUDGET; budget: BudgetRecord }
  | { kind: ChangeRequestKind.CHANGE_MEMBERS; add: string[]; remove: string[] };

/**
 * Change requests (issue 14): officials of a grant's lead municipality ask to extend the project, move
 * money between cost categories or change the other implementers, one kind per request and one open
 * request of a kind per award at a time; an administrator approves (the award changes in the same
 * transaction) or rejects with a reason. Every rule is checked again at the approval, against the terms
 * as they are then.
 */
export class ChangeRequestService {
  constructor(private readonly ctx: RequestContext) {}

  async request(awardId: string, input: RequestChangeInput): Promise<ChangeRequest> {
    const id = parseId(awardId, 'awardId');
    const target = await this.ctx.loaders.award.load(id);
    if (!target) throw notFound(records.award);
    const { leadCode } = await grantParties(this.ctx.manager, target);
    if (!actsFor(this.ctx.viewer, leadCode)) {
      throw forbidden({
        en: "Only officials of the grant's lead municipality can request a change",
        fi: 'Vain avustuksen vastuukunnan virkailijat voivat hakea muutosta',
        sv: 'Endast tjänstemän i understödets ansvariga kommun kan ansöka om ändring',
      });
    }
    const justification = input.justification.trim();
    if (!justification) {
      throw badInput(
        {
          en: 'Give the reasons for the change',
          fi: 'Perustele muutos',
          sv: 'Motivera ändringen',
        },
        'input.justification',
      );
    }
    const requestId = newId();
    await inTransaction(this.ctx, async (tx) => {
      const grant = await lockGrant(tx.manager, id);
      await assertNoOpenRequest(tx.manager, id, input.kind);
      const change = await checkedChange(tx, grant, changeOf(input, grant.award));
      const now = this.ctx.clock.now();
      const row: ChangeRequest = Object.assign(new ChangeRequest(), {
        id: requestId,
        awardId: id,
        kind: input.kind,
        status: ChangeRequestStatus.SUBMITTED,
        justification,
        projectEnd: change.kind === ChangeRequestKind.EXTEND_PROJECT ? change.projectEnd : null,
        ...budgetOf(change.kind === ChangeRequestKind.MOVE_BUDGET ? change.budget : null),
        addMunicipalityCodes: change.kind === ChangeRequestKind.CHANGE_MEMBERS ? change.add : [],
        removeMunicipalityCodes: change.kind === ChangeRequestKind.CHANGE_MEMBERS ? change.remove : [],
        amendmentNumber: null,
        termsBefore: null,
        requestedById: this.ctx.viewer.userId,
        decidedById: null,
        decidedAt: null,
        decisionReason: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      await insertAudited(tx.manager, this.ctx, ChangeRequest, row, 'requestChange', {
        fields: [
          'awardId',
          'kind',
          'status',
          'justification',
          'projectEnd',
          ...categories.map((category) => budgetColumns[category]),
          'addMunicipalityCodes',
          'removeMunicipalityCodes',
        ],
      });
    });
    this.ctx.loaders.changeRequestsOfAward.clear(id);
    return this.reload(requestId);
  }

  /** Officials of the lead municipality take back a request not yet decided. */
  async withdraw(id: string): Promise<ChangeRequest> {
    const visible = await this.visible(id);
    const { leadCode } = await grantParties(this.ctx.manager, { id: visible.awardId });
    if (!actsFor(this.ctx.viewer, leadCode)) {
      throw forbidden({
        en: "Only officials of the grant's lead municipality can withdraw its change requests",
        fi: 'Vain avustuksen vastuukunnan virkailijat voivat perua sen muutoshakemuksia',
        sv: 'Endast tjänstemän i understödets ansvariga kommun kan återkalla dess ändringsansökningar',
      });
    }
    return this.decide(visible.id, ChangeRequestStatus.WITHDRAWN, null, 'withdrawChangeRequest');
  }

  /** Administrators: rejects a submitted request, giving the reason; the award stays as it is. */
  async reject(id: string, reason: string): Promise<ChangeRequest> {
    const visible = await this.visible(id);
    // Its length was checked as it came in (stringArgumentLimits); trimming only shortens it.
    const text = reason.trim();
    if (!text) {
      throw badInput(
        {
          en: 'Give the reason for rejecting the change request',
          fi: 'Kerro muutoshakemuksen hylkäämisen peruste',
          sv: 'Ange skälet till att ändringsansökan avslås',
        },
        'reason',
      );
    }
    return this.decide(visible.id, ChangeRequestStatus.REJECTED, text, 'rejectChangeRequest');
  }

  /**
   * Administrators: approves a submitted request and applies it to the award (and its consortium) in
   * one transaction, with the award's row locked; the request keeps the terms it replaced.
   */
  async approve(id: string, reason: string | null | undefined): Promise<ChangeRequest> {
    const visible = await this.visible(id);
    return this.decide(
      visible.id,
      ChangeRequestStatus.APPROVED,
      reason?.trim() || null,
      'approveChangeRequest',
    );
  }

  private async decide(
    id: string,
    status: ChangeRequestStatus,
    reason: string | null,
    action: string,
  ): Promise<ChangeRequest> {
    let awardId = '';
    await inTransaction(this.ctx, async (tx) => {
      const { manager } = tx;
      // The request, then its award, then (for members) the consortium: the one lock order.
      const request = await findForUpdate(manager, ChangeRequest, id);
      if (!request) throw notFound(records.changeRequest);
      awardId = request.awardId;
      changeRequestStatuses.assert(request.status, status);
      let termsBefore: string | null = null;
      let amendmentNumber: number | null = null;
      if (status === ChangeRequestStatus.APPROVED) {
        const grant = await lockGrant(manager, request.awardId);
        const change = await checkedChange(tx, grant, changeOfRequest(request));
        termsBefore = JSON.stringify(await currentTerms(manager, grant));
        // Counted with the award's row locked: approvals of one award are numbered one at a time.
        amendmentNumber =
          (await manager
            .getRepository(ChangeRequest)
            .countBy({ awardId: request.awardId, status: ChangeRequestStatus.APPROVED })) + 1;
        await this.apply(tx, grant, change, request.id);
      }
      await updateAudited(
        manager,
        this.ctx,
        ChangeRequest,
        request,
        {
          status,
          decisionReason: reason,
          decidedById: this.ctx.viewer.userId,
          decidedAt: this.ctx.clock.now(),
          termsBefore,
          amendmentNumber,
          version: request.version + 1,
          updatedAt: this.ctx.clock.now(),
        },
        action,
        { fields: ['status', 'decisionReason', 'decidedById', 'amendmentNumber', 'termsBefore'] },
      );
    });
    this.ctx.loaders.award.clear(awardId);
    this.ctx.loaders.changeRequestsOfAward.clear(awardId);
    this.ctx.loaders.originalTermsOfAward.clear(awardId);
    return this.reload(id);
  }

  /** Writes an approved change: the award's project end or budget, or the consortium's members. */
  private async apply(tx: RequestContext, grant: Grant, change: Change, requestId: string): Promise<void> {
    const { manager } = tx;
    const audit = { extraChanges: { changeRequestId: requestId } };
    if (change.kind === ChangeRequestKind.EXTEND_PROJECT) {
      await updateAudited(
        manager,
        this.ctx,
        Award,
        grant.award,
        { projectEnd: change.projectEnd },
        'approveChangeRequest',
        audit,
      );
    } else if (change.kind === ChangeRequestKind.MOVE_BUDGET) {
      await updateAudited(
        manager,
        this.ctx,
        Award,
        grant.award,
        budgetOf(change.budget),
        'approveChangeRequest',
        audit,
      );
    } else {
      // The municipalities' figures in call and funding statistics move with the members.
      const applications = await manager
        .getRepository(Application)
        .find({ select: { id: true }, where: { consortiumId: grant.consortiumId } });
      await retallied(manager, { applicationIds: applications.map((row) => row.id) }, () =>
        new ConsortiumService(tx).changeMembersOnRecord(grant.consortiumId, {
          add: change.add,
          remove: change.remove,
          days: memberDays(tx, grant.award),
          action: 'approveChangeRequest',
        }),
      );
    }
  }

  private async visible(id: string): Promise<ChangeRequest> {
    const request = await this.ctx.loaders.changeRequest.load(parseId(id));
    if (!request) throw notFound(records.changeRequest);
    return request;
  }

  private async reload(id: string): Promise<ChangeRequest> {
    this.ctx.loaders.changeRequest.clear(id);
    const request = await this.ctx.loaders.changeRequest.load(id);
    if (!request) throw notFound(records.changeRequest);
    return request;
  }
}

/** The consortium and lead municipality behind an award (awards and their consortia are public). */
async function grantParties(
  manager: EntityManager,
  award: Pick<Award, 'id'>,
): Promise<{ applicationId: string; consortiumId: string; leadCode: string }> {
  const row = await manager
    .createQueryBuilder()
    .select('application.id', 'applicationId')
    .addSelect('application.consortiumId', 'consortiumId')
    .addSelect('consortium.leadCode', 'leadCode')
    .from(Award, 'award')
    .innerJoin(Application, 'application', 'application.id = award.applicationId')
    .innerJoin('consortium', 'consortium', 'consortium.id = application.consortiumId')
    .where('award.id = :id', { id: award.id })
    .getRawOne<{ applicationId: string; consortiumId: string; leadCode: string }>();
  if (!row) throw notFound(records.award);
  return row;
}

/** The award's row locked for the rest of the transaction, with its call and parties. */
async function lockGrant(manager: EntityManager, awardId: string): Promise<Grant> {
  const award = await lockAward(manager, awardId);
  const call = await manager.getRepository(Call).findOneByOrFail({ id: award.callId });
  return { award, call, ...(await grantParties(manager, award)) };
}

async function assertNoOpenRequest(
  manager: EntityManager,
  awardId: string,
  kind: ChangeRequestKind,
): Promise<void> {
  const open = await manager
    .getRepository(ChangeRequest)
    .countBy({ awardId, kind, status: ChangeRequestStatus.SUBMITTED });
  if (open > 0) {
    throw invalidTransition(
      {
        en: `The grant has a ${kind} change request waiting for a decision: withdraw it or wait for the decision`,
        fi: `Avustuksella on käsittelyä odottava muutoshakemus (${kind}): peru se tai odota päätöstä`,
        sv: `Understödet har en ändringsansökan (${kind}) som väntar på beslut: återkalla den eller vänta på beslutet`,
      },
      { entity: 'ChangeRequest', from: ChangeRequestStatus.SUBMITTED, to: ChangeRequestStatus.SUBMITTED },
    );
  }
}

/** The change the input asks for: its kind's fields, none of another kind's. */
function changeOf(input: RequestChangeInput, award: Award): Change {
  for (const kind of Object.values(ChangeRequestKind)) {
    if (kind === input.kind) continue;
    const fields = kindFields[kind];
    const stray = fields.find((field) => input[field] != null);
    if (stray) {
      throw badInput(
        {
          en: `${stray} belongs to a ${kind} request, not to ${input.kind}: make a request of each kind`,
          fi: `${stray} kuuluu muutoshakemukseen ${kind} eikä ${input.kind}: tee kustakin muutoksesta oma hakemuksensa`,
          sv: `${stray} hör till en ändringsansökan ${kind}, inte ${input.kind}: gör en ansökan för varje slag av ändring`,
        },
        `input.${stray}`,
      );
    }
  }
  const missing = (field: string, messages: Messages) => badInput(messages, `input.${field}`);
  switch (input.kind) {
    case ChangeRequestKind.EXTEND_PROJECT:
      if (!input.projectEnd)
        throw missing('projectEnd', {
          en: 'Give the new project end',
          fi: 'Anna hankkeen uusi päättymispäivä',
          sv: 'Ange projektets nya slutdag',
        });
      return { kind: input.kind, projectEnd: input.projectEnd };
    case ChangeRequestKind.MOVE_BUDGET: {
      const given = input.budget ?? {};
      if (categories.every((category) => given[category] == null))
        throw missing('budget', {
          en: 'Give the new amount of at least one cost category',
          fi: 'Anna vähintään yhden kustannuslajin uusi summa',
          sv: 'Ange det nya beloppet för minst ett kostnadsslag',
        });
      const current = budgetRecordOf(award);
      const budget = Object.fromEntries(
        categories.map((category) => [category, given[category] ?? current[category]]),
      ) as unknown as BudgetRecord;
      return { kind: input.kind, budget };
    }
    case ChangeRequestKind.CHANGE_MEMBERS: {
      const add = input.addMunicipalityCodes ?? [];
      const remove = input.removeMunicipalityCodes ?? [];
      if (add.length === 0 && remove.length === 0)
        throw missing('addMunicipalityCodes', {
          en: 'Name the municipalities to add or to remove',
          fi: 'Nimeä lisättävät tai poistettavat kunnat',
          sv: 'Ange vilka kommuner som ska läggas till eller tas bort',
        });
      return { kind: input.kind, add, remove };
    }
  }
}

/** The change a stored request asks for. */
function changeOfRequest(request: ChangeRequest): Change {
  switch (request.kind) {
    case ChangeRequestKind.EXTEND_PROJECT:
      return { kind: request.kind, projectEnd: request.projectEnd ?? '' };
    case ChangeRequestKind.MOVE_BUDGET:
      return { kind: request.kind, budget: budgetRecordOf(request) };
    case ChangeRequestKind.CHANGE_MEMBERS:
      return {
        kind: request.kind,
        add: request.addMunicipalityCodes,
        remove: request.removeMunicipalityCodes,
      };
  }
}

/**
 * The change, refused where it breaks a rule against the grant's terms as they are: a later project end
 * within the call's limit; a budget with the same total; members that can take part.
 */
async function checkedChange(tx: RequestContext, grant: Grant, change: Change): Promise<Change> {
  const { award, call } = grant;
  if (change.kind === ChangeRequestKind.EXTEND_PROJECT) {
    const current = award.projectEnd ?? award.projectStart;
    if (current && change.projectEnd <= current) {
      throw badInput(
        {
          en: `The new project end must be after the current one, ${current}`,
          fi: `Uuden päättymispäivän on oltava nykyisen (${current}) jälkeen`,
          sv: `Den nya slutdagen ska vara efter den nuvarande, ${current}`,
        },
        'input.projectEnd',
      );
    }
    const limit = call.latestProjectEnd ?? call.projectDeadline;
    if (limit && change.projectEnd > limit) {
      throw badInput(
        {
          en: `A project of this call can end on ${limit} at the latest`,
          fi: `Tämän haun hanke voi päättyä viimeistään ${limit}`,
          sv: `Ett projekt i denna utlysning kan sluta senast den ${limit}`,
        },
        'input.projectEnd',
      );
    }
  } else if (change.kind === ChangeRequestKind.MOVE_BUDGET) {
    const current = budgetRecordOf(award);
    const total = totalCents(current);
    const proposed = totalCents(change.budget);
    if (proposed !== total) {
      throw badInput(
        {
          en: `The categories add up to ${fromCents(proposed)} euros; the approved budget is ${fromCents(total)} euros, and a move keeps the total`,
          fi: `Kustannuslajien summa on ${fromCents(proposed)} euroa; hyväksytty talousarvio on ${fromCents(total)} euroa, eikä siirto muuta kokonaissummaa`,
          sv: `Kostnadsslagen blir sammanlagt ${fromCents(proposed)} euro; den godkända budgeten är ${fromCents(total)} euro, och en överföring behåller totalen`,
        },
        'input.budget',
      );
    }
    if (categories.every((category) => cents(change.budget[category]) === cents(current[category]))) {
      throw badInput(
        {
          en: 'The budget would stay as it is',
          fi: 'Talousarvio pysyisi ennallaan',
          sv: 'Budgeten skulle förbli oförändrad',
        },
        'input.budget',
      );
    }
  } else {
    await assertMembersOnlyOfThisGrant(tx.manager, grant);
    const { after } = await new ConsortiumService(tx).changeMembersOnRecord(grant.consortiumId, {
      add: change.add,
      remove: change.remove,
      days: memberDays(tx, award),
      action: 'approveChangeRequest',
      checkOnly: true,
    });
    if (after.length < call.minMunicipalities) {
      throw badInput(
        {
          en: `The call requires at least ${call.minMunicipalities} municipalities; the project would have ${after.length}`,
          fi: `Haku edellyttää vähintään ${call.minMunicipalities} kuntaa; hankkeessa olisi ${after.length}`,
          sv: `Utlysningen kräver minst ${call.minMunicipalities} kommuner; projektet skulle ha ${after.length}`,
        },
        'input.removeMunicipalityCodes',
      );
    }
  }
  return change;
}

/**
 * A consortium's members are those of every application it has: they change through this grant only
 * when no other application of it (submitted, under review or awarded) stands on them.
 */
async function assertMembersOnlyOfThisGrant(manager: EntityManager, grant: Grant): Promise<void> {
  const others = await manager
    .getRepository(Application)
    .createQueryBuilder('application')
    .where('application.consortiumId = :consortiumId', { consortiumId: grant.consortiumId })
    .andWhere('application.id <> :id', { id: grant.applicationId })
    .andWhere('application.status IN (:...standing)', { standing })
    .getCount();
  if (others > 0) {
    throw invalidTransition(
      {
        en: 'The consortium has other applications or grants on record: its members cannot change for this grant alone',
        fi: 'Konsortiolla on muitakin kirjattuja hakemuksia tai avustuksia: sen jäseniä ei voi muuttaa vain tämän avustuksen vuoksi',
        sv: 'Konsortiet har andra registrerade ansökningar eller understöd: dess medlemmar kan inte ändras för detta understöd ensamt',
      },
      { entity: 'Consortium', from: null, to: null },
    );
  }
}

/** A new implementer takes part from today to the project's end: valid on both days. */
function memberDays(ctx: RequestContext, award: Award): string[] {
  const today = helsinkiDate(ctx.clock.now());
  return award.projectEnd && award.projectEnd > today ? [today, award.projectEnd] : [today];
}

/** The award's terms as they stand: project period, approved budget and municipalities (lead first). */
async function currentTerms(manager: EntityManager, grant: Grant): Promise<AwardTermsRecord> {
  const members = await manager
    .getRepository(ConsortiumMember)
    .find({ where: { consortiumId: grant.consortiumId }, order: { position: 'ASC' } });
  return {
    projectStart: grant.award.projectStart,
    projectEnd: grant.award.projectEnd,
    budget: budgetRecordOf(grant.award),
    municipalityCodes: members.map((member) => member.municipalityCode),
  };
}

/** The budget columns of an award or a request as categories. */
export function budgetRecordOf(row: Pick<Award, (typeof budgetColumns)[keyof BudgetRecord]>): BudgetRecord {
  return Object.fromEntries(
    categories.map((category) => [category, row[budgetColumns[category]]]),
  ) as unknown as BudgetRecord;
}

/** Categories back to columns; all null for none. */
function budgetOf(budget: BudgetRecord | null): Pick<Award, (typeof budgetColumns)[keyof BudgetRecord]> {
  return Object.fromEntries(
    categories.map((category) => [budgetColumns[category], budget?.[category] ?? null]),
  ) as Pick<Award, (typeof budgetColumns)[keyof BudgetRecord]>;
}

const cents = (amount: Money | null): bigint => (amount === null ? 0n : toCents(amount));

function totalCents(budget: BudgetRecord): bigint {
  return categories.reduce((sum, category) => sum + cents(budget[category]), 0n);
}

/** The total of a budget, null when no category has an amount. */
export function budgetTotal(budget: BudgetRecord): Money | null {
  return categories.every((category) => budget[category] === null) ? null : fromCents(totalCents(budget));
}
