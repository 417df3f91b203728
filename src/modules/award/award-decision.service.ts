import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../context';
import {
  amountExceedsRequest,
  appropriationExceeded,
  badInput,
  notFound,
  records,
} from '../../common/errors';
import { newId, parseId } from '../../common/ids';
import {
  canonicalMoney,
  compareMoney,
  fromCents,
  moneyFromCentsSum,
  moneySumSql,
  toCents,
} from '../../common/money';
import { helsinkiDate } from '../../common/time-zone';
import { insertAudited, updateAudited } from '../audit/audit.service';
import { findForUpdate, inTransaction } from '../../common/transaction';
import { ApplicationStatus, applicationStatuses } from '../application/application-status';
import { Application } from '../application/application.entity';
import { retallied } from '../application/funding-tallies';
import { Call, CallState } from '../call/call.entity';
import { callStates } from '../call/call-state';
import { Award } from './award.entity';
import { budgetColumns, termsFromApplication } from './grant-terms';
import type { DecideAwardInput } from './award-decision.inputs';

/** Applications still waiting for a decision; a call is DECIDED once it has none. */
const undecided = [ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW];

/**
 * Grant decisions. Each one locks its call's row first (SELECT … FOR UPDATE on MariaDB), so that decisions
 * on the same call — from any number of server processes — are summed and checked against the
 * appropriation one at a time, and none is lost.
 */
export class AwardDecisionService {
  constructor(private readonly ctx: RequestContext) {}

  /** Grants at most `grantedAmount`: not above the request, nor above what the call has left. */
  async decideAward(applicationId: string, input: DecideAwardInput): Promise<Award> {
    const id = parseId(applicationId, 'applicationId');
    if (toCents(input.grantedAmount) <= 0n)
      throw badInput(
        {
          en: 'A grant is more than zero euros',
          fi: 'Avustus on enemmän kuin nolla euroa',
          sv: 'Ett understöd är mer än noll euro',
        },
        'input.grantedAmount',
      );
    if (input.projectDeadline && input.projectDeadline < input.decisionDate) {
      throw badInput(
        {
          en: 'The project deadline is before the decision',
          fi: 'Hankkeen määräaika on ennen päätöstä',
          sv: 'Projektets tidsfrist är före beslutet',
        },
        'input.projectDeadline',
      );
    }
    const award = await this.decide(id, 'decideAward', async (manager, application, call) => {
      applicationStatuses.assert(application.status, ApplicationStatus.AWARDED);
      if (compareMoney(input.grantedAmount, application.requestedAmount) > 0) {
        throw amountExceedsRequest(
          {
            en: `The granted amount is above the ${application.requestedAmount} euros requested`,
            fi: `Myönnetty summa ylittää haetun ${application.requestedAmount} euroa`,
            sv: `Det beviljade beloppet överskrider de ${application.requestedAmount} euro som söktes`,
          },
          {
            field: 'input.grantedAmount',
            amount: canonicalMoney(input.grantedAmount),
            requested: canonicalMoney(application.requestedAmount),
          },
        );
      }
      if (call.appropriation !== null) {
        const awarded = await this.awardedCents(manager, call.id);
        const remaining = toCents(call.appropriation) - awarded;
        if (toCents(input.grantedAmount) > remaining) {
          throw appropriationExceeded(
            {
              en: `The call has ${fromCents(remaining)} euros of its appropriation left`,
              fi: `Haun määrärahasta on jäljellä ${fromCents(remaining)} euroa`,
              sv: `Av utlysningens anslag återstår ${fromCents(remaining)} euro`,
            },
            {
              field: 'input.grantedAmount',
              amount: canonicalMoney(input.grantedAmount),
              remaining: fromCents(remaining),
            },
          );
        }
      }
      const { last } = (await manager
        .createQueryBuilder()
        .select('MAX(award.listPosition)', 'last')
        .from(Award, 'award')
        .where('award.callId = :callId', { callId: call.id })
        .getRawOne<{ last: unknown }>()) ?? { last: null };
      const award: Award = Object.assign(new Award(), {
        id: newId(),
        applicationId: application.id,
        callId: call.id,
        grantedAmount: input.grantedAmount,
        decisionDate: input.decisionDate,
        decisionNumber: input.decisionNumber?.trim() || null,
        conditions: input.conditions?.trim() || null,
        projectDeadline: input.projectDeadline ?? call.projectDeadline,
        ...termsFromApplication(application),
        listPosition: Number(last ?? 0) + 1,
        createdAt: this.ctx.clock.now(),
        ...Award.unpaid(),
      });
      await insertAudited(manager, this.ctx, Award, award, 'decideAward', {
        fields: [
          'applicationId',
          'grantedAmount',
          'decisionDate',
          'decisionNumber',
          'conditions',
          'projectDeadline',
          'projectStart',
          'projectEnd',
          ...budgetColumns,
        ],
      });
      return { result: award, status: ApplicationStatus.AWARDED };
    });
    this.ctx.loaders.awardOfApplication.clear(id);
    return award;
  }

  /** Rejects an application with a reason, which the application and the audit log keep. */
  async rejectApplication(applicationId: string, reason: string): Promise<Application> {
    const id = parseId(applicationId, 'applicationId');
    // Its length was checked as it came in (stringArgumentLimits); trimming only shortens it.
    const text = reason.trim();
    if (text.length === 0) {
      const messages = {
        en: 'Give the reason for rejecting',
        fi: 'Kerro hylkäämisen peruste',
        sv: 'Ange skälet till avslaget',
      };
      throw badInput(messages, 'reason');
    }
    return this.decide(id, 'rejectApplication', async (_manager, application) => {
      applicationStatuses.assert(application.status, ApplicationStatus.REJECTED);
      return {
        result: application,
        status: ApplicationStatus.REJECTED,
        rejectionReason: text,
      };
    });
  }

  /**
   * The shared frame of a decision: lock the call, then the application; let `work` check and record the
   * decision; move the application's status; and mark the call DECIDED when nothing is left undecided.
   */
  private async decide<T>(
    applicationId: string,
    action: string,
    work: (
      manager: EntityManager,
      application: Application,
      call: Call,
    ) => Promise<{ result: T; status: ApplicationStatus; rejectionReason?: string }>,
  ): Promise<T> {
    // The call is found before the transaction: on MariaDB a transaction's snapshot starts with its first
    // plain read, and the sum of awards must be read after the lock is held, not before.
    const target = await this.ctx.manager
      .getRepository(Application)
      .findOne({ select: { id: true, callId: true }, where: { id: applicationId } });
    if (!target) throw notFound(records.application);
    const result = await inTransaction(this.ctx, async ({ manager }) => {
      // Always the call before the application: the one lock order every decision takes.
      const call = await findForUpdate(manager, Call, target.callId);
      const application = await findForUpdate(manager, Application, applicationId);
      if (!call || !application) throw notFound(records.application);
      // The decision moves the figures of call and funding statistics (an award, an awarded application).
      const outcome = await retallied(manager, { applicationIds: [application.id] }, async () => {
        const decided = await work(manager, application, call);
        await updateAudited(
          manager,
          this.ctx,
          Application,
          application,
          {
            status: decided.status,
            version: application.version + 1,
            updatedAt: this.ctx.clock.now(),
            ...(decided.rejectionReason !== undefined && { rejectionReason: decided.rejectionReason }),
          },
          action,
        );
        return decided;
      });
      await this.markDecidedWhenDone(manager, call);
      return outcome.result;
    });
    this.ctx.loaders.application.clear(applicationId);
    return result;
  }

  private async awardedCents(manager: EntityManager, callId: string): Promise<bigint> {
    const row = await manager
      .createQueryBuilder()
      // What settled grants returned unused, and what was recovered, is available to the call again.
      .select(moneySumSql('(award.grantedAmount - award.returnedTotal - award.recoveredTotal)'), 'cents')
      .from(Award, 'award')
      .where('award.callId = :callId', { callId })
      .getRawOne<{ cents: unknown }>();
    return toCents(moneyFromCentsSum(row?.cents));
  }

  /**
   * With nothing left undecided the call is DECIDED, dated by its latest grant decision (a call that
   * only rejected is dated today).
   */
  private async markDecidedWhenDone(manager: EntityManager, call: Call): Promise<void> {
    if (!callStates.can(call.state, CallState.DECIDED)) return;
    const open = await manager
      .getRepository(Application)
      .createQueryBuilder('application')
      .where('application.callId = :callId AND application.status IN (:...undecided)', {
        callId: call.id,
        undecided,
      })
      .getCount();
    if (open > 0) return;
    const latest = await manager.findOne(Award, {
      where: { callId: call.id },
      order: { decisionDate: 'DESC' },
    });
    const decisionDate = latest?.decisionDate ?? helsinkiDate(this.ctx.clock.now());
    await updateAudited(
      manager,
      this.ctx,
      Call,
      call,
      {
        state: CallState.DECIDED,
        decisionDate: call.decisionDate ?? decisionDate,
        updatedAt: this.ctx.clock.now(),
      },
      'decideCall',
    );
    this.ctx.loaders.call.clear(call.id);
    this.ctx.loaders.callStatistics.clear(call);
  }
}
