import type { RequestContext } from '../../context';
import { badInput, notFound, records } from '../../common/errors';
import { newId, parseId } from '../../common/ids';
import { toLocalizedText } from '../../common/localized-text-input';
import { findForUpdate, inTransaction } from '../../common/transaction';
import { insertAudited, updateAudited } from '../audit/audit.service';
import { Award } from '../award/award.entity';
import { lockAward } from '../award/lock-award';
import { awardOfLead, requiredText, returnReason } from './grant-access';
import { Report, type ReportIndicator } from './report.entity';
import type { ReportInput } from './report.inputs';
import { ReportKind, ReportStatus, reportStatuses } from './report-status';

/** The award's column that records whether a report of the kind is in (for the overdue list). */
const submittedColumn = {
  [ReportKind.INTERIM]: 'interimReportSubmittedAt',
  [ReportKind.FINAL]: 'finalReportSubmittedAt',
} as const;

/**
 * Reports on a grant: the lead municipality's officials submit them, administrators approve or return
 * them. Each step locks the award first (the one lock order of every grant step), then the report, and
 * records on the award whether the report is in, in the same transaction.
 */
export class ReportService {
  constructor(private readonly ctx: RequestContext) {}

  async submit(awardId: string, input: ReportInput): Promise<Report> {
    const fields = this.fieldsOf(input);
    const award = await awardOfLead(this.ctx, awardId);
    if (input.kind === ReportKind.INTERIM) {
      const call = await this.ctx.loaders.call.load(award.callId);
      if (!call?.interimReportDue) {
        throw badInput(
          {
            en: 'The call asks for no interim report',
            fi: 'Haussa ei edellytetä väliraporttia',
            sv: 'Utlysningen kräver ingen mellanrapport',
          },
          'input.kind',
        );
      }
    }
    const report = await inTransaction(this.ctx, async (tx) => {
      const locked = await lockAward(tx.manager, award.id);
      const now = tx.clock.now();
      const existing = await tx.manager.findOne(Report, { where: { awardId: award.id, kind: input.kind } });
      let report: Report;
      if (existing) {
        reportStatuses.assert(existing.status, ReportStatus.SUBMITTED);
        report = await updateAudited(
          tx.manager,
          tx,
          Report,
          existing,
          {
            ...fields,
            status: ReportStatus.SUBMITTED,
            submittedAt: now,
            submittedById: tx.viewer.userId,
            version: existing.version + 1,
            updatedAt: now,
          },
          'submitReport',
        );
      } else {
        report = Object.assign(new Report(), {
          id: newId(),
          awardId: award.id,
          kind: input.kind,
          status: ReportStatus.SUBMITTED,
          ...fields,
          returnReason: null,
          submittedAt: now,
          decidedAt: null,
          version: 1,
          submittedById: tx.viewer.userId,
          updatedAt: now,
        });
        await insertAudited(tx.manager, tx, Report, report, 'submitReport');
      }
      await updateAudited(
        tx.manager,
        tx,
        Award,
        locked,
        { [submittedColumn[input.kind]]: now },
        'submitReport',
      );
      return report;
    });
    this.ctx.loaders.award.clear(award.id);
    return report;
  }

  approve(id: string): Promise<Report> {
    return this.decide(id, ReportStatus.APPROVED, 'approveReport', () => ({}));
  }

  returnReport(id: string, reason: string): Promise<Report> {
    const text = returnReason(reason);
    return this.decide(id, ReportStatus.RETURNED, 'returnReport', () => ({ returnReason: text }));
  }

  /** An administrator's decision on a submitted report; a returned one is no longer "in". */
  private async decide(
    id: string,
    status: ReportStatus,
    action: string,
    changes: () => Partial<Report>,
  ): Promise<Report> {
    const target = await this.ctx.loaders.report.load(parseId(id));
    if (!target) throw notFound(records.report);
    const report = await inTransaction(this.ctx, async (tx) => {
      const award = await lockAward(tx.manager, target.awardId);
      const report = await findForUpdate(tx.manager, Report, target.id);
      if (!report) throw notFound(records.report);
      reportStatuses.assert(report.status, status);
      const now = tx.clock.now();
      await updateAudited(
        tx.manager,
        tx,
        Report,
        report,
        { ...changes(), status, decidedAt: now, version: report.version + 1, updatedAt: now },
        action,
      );
      if (status === ReportStatus.RETURNED) {
        await updateAudited(tx.manager, tx, Award, award, { [submittedColumn[report.kind]]: null }, action);
      }
      return report;
    });
    this.ctx.loaders.award.clear(target.awardId);
    return report;
  }

  /** The report's texts, trimmed; outcomes, reuse and a public summary in some language are required. */
  private fieldsOf(input: ReportInput) {
    const publicSummary = toLocalizedText(input.publicSummary);
    if (!publicSummary.fi && !publicSummary.sv) {
      throw badInput(
        {
          en: 'Write the public summary in Finnish or Swedish (English optional)',
          fi: 'Kirjoita julkinen tiivistelmä suomeksi tai ruotsiksi (englanniksi vapaaehtoisesti)',
          sv: 'Skriv den offentliga sammanfattningen på finska eller svenska (på engelska frivilligt)',
        },
        'input.publicSummary',
      );
    }
    const indicators: ReportIndicator[] = (input.indicators ?? []).map((indicator, index) => ({
      name: requiredText(indicator.name, `input.indicators.${index}.name`),
      value: requiredText(indicator.value, `input.indicators.${index}.value`),
      unit: indicator.unit?.trim() || null,
    }));
    return {
      outcomes: requiredText(input.outcomes, 'input.outcomes'),
      reuse: requiredText(input.reuse, 'input.reuse'),
      indicators,
      publicSummary,
    };
  }
}
