import { isLeadOfficial } from '../../auth/access';
import { restrictAdoptions } from '../../auth/visibility';
import { actsFor } from '../../auth/viewer';
import type { RequestContext } from '../../context';
import { isUniqueViolation } from '../../common/database-faults';
import { badInput, forbidden, type Messages, notFound } from '../../common/errors';
import { newId, parseId, parseMunicipalityCode } from '../../common/ids';
import { integerFromSum } from '../../common/money';
import { paginateEach, type Page, type PageArgs, type SortKey, sortValue } from '../../common/pagination';
import { helsinkiDate } from '../../common/time-zone';
import { findForUpdate, inTransaction } from '../../common/transaction';
import { insertAudited, updateAudited } from '../audit/audit.service';
import type { Award } from '../award/award.entity';
import { Adoption, AdoptionKind, AdoptionStatus } from './adoption.entity';
import { AdoptionRegionRow, type RecordAdoptionInput } from './adoption.inputs';
import { adoptionStatuses } from './adoption-status';
import { moveAdoptionTallies } from './adoption-tallies';

const adoptionRecord: Messages = { en: 'The adoption', fi: 'Käyttöönottoa', sv: 'Ibruktagandet' };
const alreadyRecorded = () =>
  badInput(
    {
      en: 'The municipality has already recorded its adoption of this result',
      fi: 'Kunta on jo kirjannut tämän tuloksen käyttöönoton',
      sv: 'Kommunen har redan registrerat sitt ibruktagande av detta resultat',
    },
    'input.awardId',
  );
const awardRecord: Messages = { en: 'The award', fi: 'Avustuspäätöstä', sv: 'Understödsbeslutet' };

/** Newest adoption first; the id breaks ties. */
const adoptionOrder: SortKey[] = [
  { expression: 'adoption.adoptedOn', direction: 'DESC', type: sortValue.date },
  { expression: 'adoption.id', direction: 'DESC', type: sortValue.id },
];

/** The lists of adoptions under another type, by the column that names their parent. */
export type AdoptionParent = 'Award' | 'Municipality';
const parentColumns: Record<AdoptionParent, string> = {
  Award: 'adoption.awardId',
  Municipality: 'adoption.municipalityCode',
};

/**
 * Results reused: a municipality's officials record that it adopted a funded project's result; the
 * officials of the project's lead municipality confirm or decline it. Confirmed adoptions are public and
 * counted in the funding statistics (adoption_tally, moved in the confirmation's transaction).
 */
export class AdoptionService {
  constructor(private readonly ctx: RequestContext) {}

  byId(id: string): Promise<Adoption | null> {
    return this.ctx.loaders.adoption.load(parseId(id));
  }

  async record(input: RecordAdoptionInput): Promise<Adoption> {
    const awardId = parseId(input.awardId, 'input.awardId');
    const code = parseMunicipalityCode(input.municipalityCode, 'input.municipalityCode');
    const description = input.description.trim();
    if (!description)
      throw badInput(
        {
          en: 'Describe the adoption briefly',
          fi: 'Kuvaa käyttöönotto lyhyesti',
          sv: 'Beskriv ibruktagandet kort',
        },
        'input.description',
      );
    if (!actsFor(this.ctx.viewer, code))
      throw forbidden({
        en: 'You can record an adoption only for a municipality you act for',
        fi: 'Voit kirjata käyttöönoton vain kunnalle, jonka puolesta toimit',
        sv: 'Du kan registrera ett ibruktagande endast för en kommun som du företräder',
      });
    const award = await this.ctx.loaders.award.load(awardId);
    if (!award) throw notFound(awardRecord);
    const municipality = await this.ctx.loaders.municipality.load(code);
    if (!municipality)
      throw badInput(
        { en: 'No such municipality', fi: 'Kuntaa ei ole', sv: 'Kommunen finns inte' },
        'input.municipalityCode',
      );
    const members = await this.membersOf(award);
    if (members.some((member) => member.municipalityCode === code))
      throw badInput(
        {
          en: 'A municipality of the project itself does not adopt its result; record adoptions by other municipalities',
          fi: 'Hankkeen oma kunta ei ota sen tulosta käyttöön; kirjaa muiden kuntien käyttöönotot',
          sv: 'En kommun i själva projektet tar inte i bruk dess resultat; registrera andra kommuners ibruktaganden',
        },
        'input.municipalityCode',
      );
    if (input.adoptedOn < award.decisionDate)
      throw badInput(
        {
          en: `A result cannot be adopted before its award was decided (${award.decisionDate})`,
          fi: `Tulosta ei voi ottaa käyttöön ennen avustuspäätöstä (${award.decisionDate})`,
          sv: `Ett resultat kan inte tas i bruk före understödsbeslutet (${award.decisionDate})`,
        },
        'input.adoptedOn',
      );
    const now = this.ctx.clock.now();
    if (input.kind !== AdoptionKind.PLANNED && input.adoptedOn > helsinkiDate(now))
      throw badInput(
        {
          en: 'An adoption in the future is PLANNED',
          fi: 'Tuleva käyttöönotto on suunniteltu (PLANNED)',
          sv: 'Ett ibruktagande i framtiden är planerat (PLANNED)',
        },
        'input.adoptedOn',
      );
    const id = newId();
    // The check inside sees committed rows only: of two simultaneous records, the unique index refuses
    // the second, which is the same mistake as the check's.
    await inTransaction(this.ctx, async (tx) => {
      const { manager } = tx;
      if (await manager.getRepository(Adoption).existsBy({ awardId, municipalityCode: code }))
        throw alreadyRecorded();
      const adoption: Adoption = {
        id,
        awardId,
        municipalityCode: code,
        adoptedOn: input.adoptedOn,
        kind: input.kind,
        description,
        status: AdoptionStatus.PENDING,
        adopterPopulation: municipality.population ?? 0,
        recordedById: this.ctx.viewer.userId,
        createdAt: now,
        decidedAt: null,
        decidedById: null,
        updatedAt: now,
      };
      await insertAudited(manager, this.ctx, Adoption, adoption, 'recordAdoption', {
        fields: [
          'awardId',
          'municipalityCode',
          'adoptedOn',
          'kind',
          'description',
          'status',
          'adopterPopulation',
        ],
      });
    }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? alreadyRecorded() : error;
    });
    return this.reload(id);
  }

  /** The project's officials (of its lead municipality) confirm or decline a pending adoption. */
  async decide(id: string, to: AdoptionStatus.CONFIRMED | AdoptionStatus.DECLINED): Promise<Adoption> {
    const adoptionId = parseId(id);
    const visible = await this.ctx.loaders.adoption.load(adoptionId);
    if (!visible) throw notFound(adoptionRecord);
    const award = await this.ctx.loaders.award.load(visible.awardId);
    if (!award || !(await isLeadOfficial(this.ctx, award)))
      throw forbidden({
        en: "Only officials of the project's lead municipality can confirm or decline an adoption of its result",
        fi: 'Vain hankkeen vastuukunnan virkailijat voivat vahvistaa tai hylätä sen tuloksen käyttöönoton',
        sv: 'Endast tjänstemän i projektets ansvariga kommun kan bekräfta eller avvisa ett ibruktagande av dess resultat',
      });
    await inTransaction(this.ctx, async (tx) => {
      const { manager } = tx;
      const before = await findForUpdate(manager, Adoption, adoptionId);
      if (!before) throw notFound(adoptionRecord);
      adoptionStatuses.assert(before.status, to);
      const now = this.ctx.clock.now();
      await updateAudited(
        manager,
        this.ctx,
        Adoption,
        before,
        { status: to, decidedAt: now, decidedById: this.ctx.viewer.userId, updatedAt: now },
        to === AdoptionStatus.CONFIRMED ? 'confirmAdoption' : 'declineAdoption',
        { fields: ['status', 'decidedAt'] },
      );
      if (to === AdoptionStatus.CONFIRMED) await moveAdoptionTallies(manager, adoptionId, 1);
    });
    return this.reload(adoptionId);
  }

  /** The adoptions of many awards or municipalities the caller may see, one statement for all pages. */
  ofParent(parent: AdoptionParent, key: string, page: PageArgs): Promise<Page<Adoption>> {
    return this.ctx.loaders
      .pagesOf(`${parent}.adoptions`, [page], async (keys) => {
        const query = this.ctx.manager.getRepository(Adoption).createQueryBuilder('adoption');
        restrictAdoptions(query, this.ctx.viewer, 'adoption');
        return paginateEach(query, { expression: parentColumns[parent], keys }, adoptionOrder, page);
      })
      .load(key);
  }

  /**
   * Confirmed adoptions by the adopters' region, in one statement: how many, how many of projects led
   * from elsewhere, how many municipalities and their residents (each municipality once).
   */
  async byRegion(): Promise<AdoptionRegionRow[]> {
    const confirmed = AdoptionStatus.CONFIRMED;
    const rows: Record<string, unknown>[] = await this.ctx.manager.query(
      `SELECT am.regionCode AS regionCode, COUNT(*) AS adoptions,
          SUM(CASE WHEN lm.regionCode <> am.regionCode THEN 1 ELSE 0 END) AS fromOtherRegions,
          COUNT(DISTINCT ad.municipalityCode) AS municipalities,
          (SELECT SUM(per.population) FROM (
              SELECT pa.municipalityCode AS code, MAX(pm.regionCode) AS regionCode, MAX(pa.adopterPopulation) AS population
              FROM adoption pa JOIN municipality pm ON pm.code = pa.municipalityCode
              WHERE pa.status = ? GROUP BY pa.municipalityCode) per
            WHERE per.regionCode = am.regionCode) AS residents
        FROM adoption ad
        JOIN municipality am ON am.code = ad.municipalityCode
        JOIN award w ON w.id = ad.awardId
        JOIN application a ON a.id = w.applicationId
        JOIN consortium c ON c.id = a.consortiumId
        JOIN municipality lm ON lm.code = c.leadCode
        WHERE ad.status = ?
        GROUP BY am.regionCode
        ORDER BY am.regionCode`,
      [confirmed, confirmed],
    );
    return rows.map((row) =>
      Object.assign(new AdoptionRegionRow(), {
        regionCode: String(row.regionCode),
        adoptions: Number(integerFromSum(row.adoptions)),
        adoptionsFromOtherRegions: Number(integerFromSum(row.fromOtherRegions)),
        adoptingMunicipalities: Number(integerFromSum(row.municipalities)),
        residents: Number(integerFromSum(row.residents)),
      }),
    );
  }

  private async membersOf(award: Award) {
    const application = await this.ctx.loaders.application.load(award.applicationId);
    return application ? this.ctx.loaders.membersOfConsortium.load(application.consortiumId) : [];
  }

  private async reload(id: string): Promise<Adoption> {
    this.ctx.loaders.adoption.clear(id);
    const adoption = await this.ctx.loaders.adoption.load(id);
    if (!adoption) throw notFound(adoptionRecord);
    return adoption;
  }
}
