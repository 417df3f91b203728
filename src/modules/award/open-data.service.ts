import type { RequestContext } from '../../context';
import { restrictCalls } from '../../auth/visibility';
import { publicViewer } from '../../auth/viewer';
import { everyPage, type SortKey, sortValue } from '../../common/pagination';
import type { LocalizedText } from '../../common/localized-text';
import type { Money } from '../../common/money';
import { CallService } from '../call/call.service';
import { ConsortiumMember, ConsortiumRole } from '../consortium/consortium.entity';
import type { BusinessIdConfidence } from '../municipality/municipality.entity';
import { Award } from './award.entity';

/** A municipality as the exports name it. */
export interface ExportedMunicipality {
  code: string;
  name: LocalizedText;
  /** The Finnish business id (Y-tunnus); null for the few the data has none for. */
  businessId: string | null;
  businessIdConfidence: BusinessIdConfidence | null;
}

/** One award with everything the open-data exports show of it. */
export interface ExportedAward {
  id: string;
  call: { key: string; year: number; title: LocalizedText };
  lead: ExportedMunicipality;
  /** The other municipalities of the consortium, in the order of the application. */
  members: ExportedMunicipality[];
  /** The lead municipality's region today. */
  region: { code: string; name: LocalizedText };
  theme: { code: string; title: LocalizedText } | null;
  grantedAmount: Money;
  decisionDate: string;
  projectName: LocalizedText;
  projectStart: string | null;
  /** The award's deadline for the project, else the call's. */
  projectEnd: string | null;
}

/** The order of the published lists: call by call, each as the ministry listed its grants. */
const exportOrder: SortKey[] = [
  { expression: 'call.year', direction: 'ASC', type: sortValue.integer },
  { expression: 'call.key', direction: 'ASC', type: sortValue.text(32) },
  { expression: 'award.decisionDate', direction: 'ASC', type: sortValue.date },
  { expression: 'COALESCE(award.listPosition, 0)', direction: 'ASC', type: sortValue.integer },
  { expression: 'award.id', direction: 'ASC', type: sortValue.id },
];

const exportedMunicipality = (municipality: {
  code: string;
  name: LocalizedText;
  businessId: string | null;
  businessIdConfidence: BusinessIdConfidence | null;
}): ExportedMunicipality => ({
  code: municipality.code,
  name: municipality.name,
  businessId: municipality.businessId,
  businessIdConfidence: municipality.businessIdConfidence,
});

/**
 * The awards as open data: what the public sees of them, whoever asks, read a page at a time so that an
 * export streams however many there are (two statements per page of 100: the awards with their
 * application, call, lead, region and theme joined, then the page's consortium members).
 */
export class OpenDataService {
  constructor(private readonly ctx: RequestContext) {}

  /**
   * The awards, optionally of one call, a page at a time. The call is checked here, before the first
   * page: a malformed key is BAD_USER_INPUT, an unknown one NOT_FOUND (as for the `awards` filter).
   */
  async awards(filter: { callKey?: string }): Promise<AsyncGenerator<ExportedAward[]>> {
    const query = this.ctx.manager
      .getRepository(Award)
      .createQueryBuilder('award')
      .innerJoinAndSelect('award.application', 'application')
      .innerJoinAndSelect('award.call', 'call')
      .innerJoinAndSelect('application.consortium', 'consortium')
      .innerJoinAndSelect('consortium.lead', 'lead')
      .innerJoinAndSelect('lead.region', 'region')
      .leftJoinAndSelect('application.theme', 'theme');
    // The public's view, even for a signed-in caller: an export is the same file for everyone.
    restrictCalls(query, publicViewer, 'call');
    if (filter.callKey !== undefined) {
      const call = await new CallService(this.ctx).requireByKey(filter.callKey, 'call');
      query.andWhere('award.callId = :callId', { callId: call.id });
    }
    return this.pages(everyPage(query, exportOrder));
  }

  private async *pages(awardPages: AsyncGenerator<Award[]>): AsyncGenerator<ExportedAward[]> {
    for await (const awards of awardPages) {
      const members = await this.membersOf(awards.map((award) => award.application!.consortiumId));
      yield awards.map((award) => {
        const application = award.application!;
        const call = award.call!;
        const lead = application.consortium!.lead!;
        return {
          id: award.id,
          call: { key: call.key, year: call.year, title: call.title },
          lead: exportedMunicipality(lead),
          members: members.get(application.consortiumId) ?? [],
          region: { code: lead.region!.code, name: lead.region!.name },
          theme: application.theme ? { code: application.theme.code, title: application.theme.title } : null,
          grantedAmount: award.grantedAmount,
          decisionDate: award.decisionDate,
          projectName: application.projectName,
          projectStart: application.projectStart,
          projectEnd: award.projectDeadline ?? call.projectDeadline,
        };
      });
    }
  }

  /** The members (not the lead) of each consortium, in their order, in one statement. */
  private async membersOf(consortiumIds: string[]): Promise<Map<string, ExportedMunicipality[]>> {
    const rows = await this.ctx.manager
      .getRepository(ConsortiumMember)
      .createQueryBuilder('member')
      .innerJoinAndSelect('member.municipality', 'municipality')
      .where('member.consortiumId IN (:...ids)', { ids: [...new Set(consortiumIds)] })
      .andWhere('member.role = :role', { role: ConsortiumRole.MEMBER })
      .orderBy('member.consortiumId')
      .addOrderBy('member.position')
      .getMany();
    const members = new Map<string, ExportedMunicipality[]>();
    for (const row of rows) {
      const list = members.get(row.consortiumId) ?? [];
      list.push(exportedMunicipality(row.municipality!));
      members.set(row.consortiumId, list);
    }
    return members;
  }
}
