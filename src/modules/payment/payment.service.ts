import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../context';
import { badInput, invalidTransition, notFound, records } from '../../common/errors';
import { newId, parseId } from '../../common/ids';
import {
  compareMoney,
  type Money,
  moneyFromCentsSum,
  moneySumSql,
  storableSum,
  toCents,
  fromCents,
} from '../../common/money';
import { helsinkiDate } from '../../common/time-zone';
import { findForUpdate, inTransaction } from '../../common/transaction';
import { retallied } from '../application/funding-tallies';
import { insertAudited, updateAudited } from '../audit/audit.service';
import { Award } from '../award/award.entity';
import { lockAward } from '../award/lock-award';
import { Call } from '../call/call.entity';
import { hasAgreement } from '../document/award-documents';
import { awardOfLead, returnReason } from '../report/grant-access';
import { Report } from '../report/report.entity';
import { ReportKind, ReportStatus } from '../report/report-status';
import { settle } from './payment-arithmetic';
import { costCategories, costColumns, type Costs, costsOf, PaymentRequest } from './payment-request.entity';
import { PaymentRequestStatus, paymentRequestStatuses } from './payment-request-status';
import type { ApprovePaymentRequestInput, CostsInput, PaymentRequestInput } from './payment.inputs';

const costsFrom = (input: CostsInput): Costs =>
  Object.fromEntries(costCategories.map((category) => [category, input[category]])) as Costs;

/**
 * Payment requests and the grant's money. Every step locks the award's row first (SELECT … FOR UPDATE on
 * MariaDB; SQLite's transactions take turns), so that approvals of the same award — from any number of
 * server processes — read what was paid after the one before them committed, and none pays twice; then
 * the request's row. The award's paid, returned and recovered totals move the call and funding
 * statistics in the same transaction (retallied).
 */
export class PaymentService {
  constructor(private readonly ctx: RequestContext) {}

  async submit(awardId: string, input: PaymentRequestInput): Promise<PaymentRequest> {
    const checked = this.checkedRequest(input);
    const award = await awardOfLead(this.ctx, awardId);
    this.checkPeriod(award, input);
    const request = await inTransaction(this.ctx, async (tx) => {
      const locked = await lockAward(tx.manager, award.id);
      await this.checkOpen(tx.manager, locked, input.final, null);
      const { last } = (await tx.manager
        .createQueryBuilder()
        .select('MAX(request.number)', 'last')
        .from(PaymentRequest, 'request')
        .where('request.awardId = :awardId', { awardId: award.id })
        .getRawOne<{ last: unknown }>()) ?? { last: null };
      const now = tx.clock.now();
      const request = Object.assign(new PaymentRequest(), {
        id: newId(),
        awardId: award.id,
        number: Number(last ?? 0) + 1,
        status: PaymentRequestStatus.SUBMITTED,
        ...checked,
        ...costColumns('approved', null, null),
        paidAmount: null,
        decisionReason: null,
        submittedAt: now,
        decidedAt: null,
        version: 1,
        submittedById: tx.viewer.userId,
        updatedAt: now,
      });
      await insertAudited(tx.manager, tx, PaymentRequest, request, 'submitPaymentRequest');
      return request;
    });
    this.ctx.loaders.paymentRequestsOfAward.clear(award.id);
    return request;
  }

  /** A returned request, amended and submitted again. */
  async resubmit(id: string, input: PaymentRequestInput): Promise<PaymentRequest> {
    const checked = this.checkedRequest(input);
    const target = await this.ctx.loaders.paymentRequest.load(parseId(id));
    if (!target) throw notFound(records.paymentRequest);
    const award = await awardOfLead(this.ctx, target.awardId);
    this.checkPeriod(award, input);
    return inTransaction(this.ctx, async (tx) => {
      const locked = await lockAward(tx.manager, award.id);
      const request = await this.lockRequest(tx.manager, target.id);
      paymentRequestStatuses.assert(request.status, PaymentRequestStatus.SUBMITTED);
      await this.checkOpen(tx.manager, locked, input.final, request.id);
      const now = tx.clock.now();
      return updateAudited(
        tx.manager,
        tx,
        PaymentRequest,
        request,
        {
          ...checked,
          status: PaymentRequestStatus.SUBMITTED,
          submittedAt: now,
          submittedById: tx.viewer.userId,
          version: request.version + 1,
          updatedAt: now,
        },
        'resubmitPaymentRequest',
      );
    });
  }

  /**
   * Approves the costs (at most those claimed, per category; a reason when any is cut) and pays what the
   * grant covers of them beyond what was paid (payment-arithmetic.ts). The final request needs the final
   * report approved and no other request waiting; its approval settles the grant.
   */
  async approve(id: string, input: ApprovePaymentRequestInput): Promise<PaymentRequest> {
    const approved = costsFrom(input.approvedCosts);
    const approvedTotal = storableSum(Object.values(approved), 'input.approvedCosts');
    const target = await this.ctx.loaders.paymentRequest.load(parseId(id));
    if (!target) throw notFound(records.paymentRequest);
    const result = await inTransaction(this.ctx, async (tx) => {
      const award = await lockAward(tx.manager, target.awardId);
      const request = await this.lockRequest(tx.manager, target.id);
      paymentRequestStatuses.assert(request.status, PaymentRequestStatus.APPROVED);
      this.checkNotSettled(award);
      const claimed = costsOf(request, 'claimed')!;
      let cut = false;
      for (const category of costCategories) {
        const comparison = compareMoney(approved[category], claimed[category]);
        if (comparison > 0) {
          throw badInput(
            {
              en: `The approved ${category} costs are above the ${claimed[category]} euros claimed`,
              fi: `Hyväksytyt kustannukset (${category}) ylittävät haetut ${claimed[category]} euroa`,
              sv: `De godkända kostnaderna (${category}) överskrider de ${claimed[category]} euro som söktes`,
            },
            `input.approvedCosts.${category}`,
          );
        }
        if (comparison < 0) cut = true;
      }
      const reason = input.reason?.trim() || null;
      if (cut && !reason) {
        throw badInput(
          {
            en: 'Give the reason for approving fewer costs than claimed',
            fi: 'Kerro peruste sille, että hyväksytyt kustannukset ovat haettuja pienemmät',
            sv: 'Ange skälet till att färre kostnader godkänns än vad som söktes',
          },
          'input.reason',
        );
      }
      await this.checkAgreement(tx.manager, award);
      if (request.final) await this.checkReadyToSettle(tx.manager, request);
      const call = await tx.manager.findOneByOrFail(Call, { id: award.callId });
      const basis = request.final
        ? approvedTotal
        : fromCents(toCents(await this.approvedInstallments(tx.manager, award.id)) + toCents(approvedTotal));
      const settlement = settle({
        granted: award.grantedAmount,
        share: call.maxGrantShare,
        approvedCosts: basis,
        paidSoFar: award.paidTotal,
        final: request.final,
      });
      const now = tx.clock.now();
      await retallied(tx.manager, { applicationIds: [award.applicationId] }, async () => {
        await updateAudited(
          tx.manager,
          tx,
          PaymentRequest,
          request,
          {
            ...costColumns('approved', approved, approvedTotal),
            status: PaymentRequestStatus.APPROVED,
            paidAmount: settlement.payable,
            decisionReason: reason,
            decidedAt: now,
            version: request.version + 1,
            updatedAt: now,
          },
          'approvePaymentRequest',
        );
        await updateAudited(
          tx.manager,
          tx,
          Award,
          award,
          {
            paidTotal: settlement.paidAfter,
            ...(request.final && {
              recoveryClaim: settlement.recoveryClaim,
              returnedTotal: settlement.returned,
              settledAt: now,
            }),
          },
          'approvePaymentRequest',
        );
      });
      return request;
    });
    this.clearAward(target.awardId);
    return result;
  }

  async returnRequest(id: string, reason: string): Promise<PaymentRequest> {
    const text = returnReason(reason);
    const target = await this.ctx.loaders.paymentRequest.load(parseId(id));
    if (!target) throw notFound(records.paymentRequest);
    return inTransaction(this.ctx, async (tx) => {
      await lockAward(tx.manager, target.awardId);
      const request = await this.lockRequest(tx.manager, target.id);
      paymentRequestStatuses.assert(request.status, PaymentRequestStatus.RETURNED);
      const now = tx.clock.now();
      return updateAudited(
        tx.manager,
        tx,
        PaymentRequest,
        request,
        {
          status: PaymentRequestStatus.RETURNED,
          decisionReason: text,
          decidedAt: now,
          version: request.version + 1,
          updatedAt: now,
        },
        'returnPaymentRequest',
      );
    });
  }

  /** Money of a recovery claim that came back: at most what is still outstanding. */
  async recordRecovery(awardId: string, amount: Money): Promise<Award> {
    const id = parseId(awardId, 'awardId');
    if (toCents(amount) <= 0n) {
      throw badInput(
        {
          en: 'A recovered amount is more than zero euros',
          fi: 'Takaisin saatu summa on enemmän kuin nolla euroa',
          sv: 'Ett återbetalt belopp är mer än noll euro',
        },
        'amount',
      );
    }
    const award = await inTransaction(this.ctx, async (tx) => {
      const award = await lockAward(tx.manager, id);
      const outstanding = toCents(award.recoveryClaim) - toCents(award.recoveredTotal);
      if (toCents(amount) > outstanding) {
        throw badInput(
          {
            en: `Only ${fromCents(outstanding)} euros of the recovery claim are outstanding`,
            fi: `Takaisinperittävää on jäljellä vain ${fromCents(outstanding)} euroa`,
            sv: `Av återkravet återstår endast ${fromCents(outstanding)} euro`,
          },
          'amount',
        );
      }
      await retallied(tx.manager, { applicationIds: [award.applicationId] }, () =>
        updateAudited(
          tx.manager,
          tx,
          Award,
          award,
          { recoveredTotal: fromCents(toCents(award.recoveredTotal) + toCents(amount)) },
          'recordRecovery',
        ),
      );
      return award;
    });
    this.clearAward(id);
    return award;
  }

  private clearAward(awardId: string): void {
    this.ctx.loaders.award.clear(awardId);
    this.ctx.loaders.callStatistics.clearAll();
  }

  /** The request's own fields, checked: a positive total, a period that runs forwards and has passed. */
  private checkedRequest(input: PaymentRequestInput): Partial<PaymentRequest> {
    const costs = costsFrom(input.costs);
    const total = storableSum(Object.values(costs), 'input.costs');
    if (toCents(total) <= 0n) {
      throw badInput(
        {
          en: 'A payment request claims some costs',
          fi: 'Maksatushakemuksessa haetaan kustannuksia',
          sv: 'En utbetalningsansökan gäller kostnader',
        },
        'input.costs',
      );
    }
    if (input.periodEnd < input.periodStart) {
      throw badInput(
        {
          en: 'The period ends before it starts',
          fi: 'Kausi päättyy ennen kuin se alkaa',
          sv: 'Perioden slutar innan den börjar',
        },
        'input.periodEnd',
      );
    }
    const today = helsinkiDate(this.ctx.clock.now());
    if (input.periodEnd > today) {
      throw badInput(
        {
          en: `Costs are claimed once incurred: the period cannot end after today (${today})`,
          fi: `Kustannuksia haetaan vasta kun ne ovat syntyneet: kausi ei voi päättyä tämän päivän (${today}) jälkeen`,
          sv: `Kostnader söks först när de har uppstått: perioden kan inte sluta efter i dag (${today})`,
        },
        'input.periodEnd',
      );
    }
    return {
      final: input.final,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      ...costColumns('claimed', costs, total),
      note: input.note?.trim() || null,
    };
  }

  /** The period lies within the award's project period (to its deadline where no end is recorded). */
  private checkPeriod(award: Award, input: PaymentRequestInput): void {
    if (award.projectStart && input.periodStart < award.projectStart) {
      throw badInput(
        {
          en: `The period starts before the project, on ${award.projectStart}`,
          fi: `Kausi alkaa ennen hanketta (${award.projectStart})`,
          sv: `Perioden börjar före projektet (${award.projectStart})`,
        },
        'input.periodStart',
      );
    }
    const end = award.projectEnd ?? award.projectDeadline;
    if (end && input.periodEnd > end) {
      throw badInput(
        {
          en: `The period ends after the project, on ${end}`,
          fi: `Kausi päättyy hankkeen päättymisen (${end}) jälkeen`,
          sv: `Perioden slutar efter projektet (${end})`,
        },
        'input.periodEnd',
      );
    }
  }

  private checkNotSettled(award: Award): void {
    if (award.settledAt) {
      throw invalidTransition(
        {
          en: 'The grant is settled: its final payment was approved',
          fi: 'Avustus on loppuun käsitelty: sen loppumaksu on hyväksytty',
          sv: 'Understödet är slutreglerat: dess slutbetalning har godkänts',
        },
        { entity: 'Award', from: 'SETTLED', to: null },
      );
    }
  }

  /**
   * A request may be (re)submitted while the grant is not settled, no other final request is pending
   * (once the final one is in, nothing else is requested), and — for a final one — the final report is in.
   */
  private async checkOpen(
    manager: EntityManager,
    award: Award,
    final: boolean,
    requestId: string | null,
  ): Promise<void> {
    this.checkNotSettled(award);
    const pending = await manager
      .getRepository(PaymentRequest)
      .createQueryBuilder('request')
      .where('request.awardId = :awardId AND request.final = 1', { awardId: award.id })
      .andWhere('request.status IN (:...open)', {
        open: [PaymentRequestStatus.SUBMITTED, PaymentRequestStatus.RETURNED],
      })
      .getOne();
    if (pending && pending.id !== requestId) {
      throw invalidTransition(
        {
          en: `The final payment request (no. ${pending.number}) is pending: amend it rather than submit another`,
          fi: `Loppumaksatushakemus (nro ${pending.number}) on vireillä: täydennä sitä uuden sijaan`,
          sv: `Ansökan om slutbetalning (nr ${pending.number}) är anhängig: komplettera den i stället för att lämna en ny`,
        },
        { entity: 'PaymentRequest', from: pending.status, to: null },
      );
    }
    if (final && !award.finalReportSubmittedAt) {
      const report = await manager.findOne(Report, { where: { awardId: award.id, kind: ReportKind.FINAL } });
      throw invalidTransition(
        {
          en: 'The final payment request needs the final report submitted first',
          fi: 'Loppumaksatushakemus edellyttää, että loppuraportti on ensin jätetty',
          sv: 'Ansökan om slutbetalning förutsätter att slutrapporten först har lämnats in',
        },
        { entity: 'Report', from: report?.status ?? null, to: null },
      );
    }
  }

  /**
   * The first payment waits for the agreement between the lead and the other implementers (decree
   * 893/2019 § 3) on record among the award's documents.
   */
  private async checkAgreement(manager: EntityManager, award: Award): Promise<void> {
    const paidBefore = await manager
      .getRepository(PaymentRequest)
      .existsBy({ awardId: award.id, status: PaymentRequestStatus.APPROVED });
    if (paidBefore || (await hasAgreement(manager, award.id))) return;
    throw invalidTransition(
      {
        en: 'The first payment needs the agreement between the implementers (decree 893/2019 § 3) on record: upload it to the award',
        fi: 'Ensimmäinen maksu edellyttää, että toteuttajien välinen sopimus (asetus 893/2019, 3 §) on toimitettu: lataa se avustuspäätökselle',
        sv: 'Den första utbetalningen förutsätter att avtalet mellan genomförarna (förordning 893/2019, 3 §) finns: ladda upp det till beslutet',
      },
      { entity: 'Award', from: null, to: null },
    );
  }

  /** The final payment waits for the final report's approval and for every other request's decision. */
  private async checkReadyToSettle(manager: EntityManager, request: PaymentRequest): Promise<void> {
    const report = await manager.findOne(Report, {
      where: { awardId: request.awardId, kind: ReportKind.FINAL },
    });
    if (report?.status !== ReportStatus.APPROVED) {
      throw invalidTransition(
        {
          en: 'The final payment is approved only once the final report is approved',
          fi: 'Loppumaksu hyväksytään vasta, kun loppuraportti on hyväksytty',
          sv: 'Slutbetalningen godkänns först när slutrapporten har godkänts',
        },
        { entity: 'Report', from: report?.status ?? null, to: null },
      );
    }
    const waiting = await manager
      .getRepository(PaymentRequest)
      .createQueryBuilder('request')
      .where('request.awardId = :awardId AND request.id <> :id', { awardId: request.awardId, id: request.id })
      .andWhere('request.status = :submitted', { submitted: PaymentRequestStatus.SUBMITTED })
      .orderBy('request.number', 'ASC')
      .getOne();
    if (waiting) {
      throw invalidTransition(
        {
          en: `Payment request no. ${waiting.number} is still waiting for a decision`,
          fi: `Maksatushakemus nro ${waiting.number} odottaa vielä päätöstä`,
          sv: `Utbetalningsansökan nr ${waiting.number} väntar fortfarande på beslut`,
        },
        { entity: 'PaymentRequest', from: waiting.status, to: null },
      );
    }
  }

  /** The approved costs of the award's approved installments (not the final request). */
  private async approvedInstallments(manager: EntityManager, awardId: string): Promise<Money> {
    const row = await manager
      .createQueryBuilder()
      .select(moneySumSql('request.approvedTotal'), 'cents')
      .from(PaymentRequest, 'request')
      // Booleans are 1 and 0 on both engines (TINYINT on MariaDB).
      .where('request.awardId = :awardId AND request.status = :approved AND request.final = 0', {
        awardId,
        approved: PaymentRequestStatus.APPROVED,
      })
      .getRawOne<{ cents: unknown }>();
    return moneyFromCentsSum(row?.cents);
  }

  private async lockRequest(manager: EntityManager, id: string): Promise<PaymentRequest> {
    const request = await findForUpdate(manager, PaymentRequest, id);
    if (!request) throw notFound(records.paymentRequest);
    return request;
  }
}
