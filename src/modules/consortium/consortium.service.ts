import { type EntityManager, In } from 'typeorm';
import { actsFor } from '../../auth/viewer';
import type { RequestContext } from '../../context';
import {
  badInput,
  forbidden,
  invalidTransition,
  notFound,
  versionConflict,
  records,
} from '../../common/errors';
import { newId, parseId } from '../../common/ids';
import { helsinkiDate } from '../../common/time-zone';
import { type ExtraChanges, insertAudited, updateAudited } from '../audit/audit.service';
import { findForUpdate, inTransaction } from '../../common/transaction';
import { Municipality } from '../municipality/municipality.entity';
import { isValidOn } from '../municipality/municipality.service';
import { Consortium, ConsortiumMember, ConsortiumRole } from './consortium.entity';
import type { CreateConsortiumInput, UpdateConsortiumInput } from './consortium.inputs';

/**
 * Consortia: an applicant forms one led by a municipality they act for. Officials of any member may
 * read it (row visibility); only officials of the lead may change it.
 */
export class ConsortiumService {
  constructor(private readonly ctx: RequestContext) {}

  async create(input: CreateConsortiumInput): Promise<Consortium> {
    const leadCode = input.leadCode;
    if (!actsFor(this.ctx.viewer, leadCode)) {
      throw forbidden({
        en: 'You can form a consortium only for a municipality you act for',
        fi: 'Voit muodostaa konsortion vain kunnalle, jonka puolesta toimit',
        sv: 'Du kan bilda ett konsortium endast för en kommun som du företräder',
      });
    }
    const now = this.ctx.clock.now();
    const id = newId();
    await inTransaction(this.ctx, async (tx) => {
      const { manager } = tx;
      const consortium: Consortium = {
        id,
        name: input.name.trim(),
        leadCode,
        partners: input.partners ?? [],
        createdById: this.ctx.viewer.userId,
        version: 1,
        firstSubmittedAt: null,
        createdAt: now,
        updatedAt: now,
      };
      const members = await this.checkedMembers(tx, leadCode, input.memberCodes ?? [], input.callId);
      await insertAudited(manager, this.ctx, Consortium, consortium, 'createConsortium', {
        fields: ['name', 'leadCode', 'partners'],
        extraChanges: { memberCodes: [null, members] },
      });
      await this.writeMembers(manager, id, leadCode, members);
    });
    return this.reload(id);
  }

  async update(
    id: string,
    expectedVersion: number | null | undefined,
    input: UpdateConsortiumInput,
  ): Promise<Consortium> {
    const consortiumId = parseId(id);
    const visible = await this.ctx.loaders.consortium.load(consortiumId);
    if (!visible) throw notFound(records.consortium);
    if (!actsFor(this.ctx.viewer, visible.leadCode)) {
      throw forbidden({
        en: 'Only officials of the lead municipality can change the consortium',
        fi: 'Vain vastuukunnan virkailijat voivat muuttaa konsortiota',
        sv: 'Endast tjänstemän i den ansvariga kommunen kan ändra konsortiet',
      });
    }
    await inTransaction(this.ctx, async (tx) => {
      const { manager } = tx;
      const before = await findForUpdate(manager, Consortium, consortiumId);
      if (!before) throw notFound(records.consortium);
      if (expectedVersion != null && expectedVersion !== before.version) {
        throw versionConflict(
          {
            en: `The consortium is at version ${before.version}, not ${expectedVersion}: reload it and try again`,
            fi: `Konsortion versio on ${before.version} eikä ${expectedVersion}: lataa se uudelleen ja yritä uudestaan`,
            sv: `Konsortiet har version ${before.version}, inte ${expectedVersion}: läs in det på nytt och försök igen`,
          },
          { current: before.version, expected: expectedVersion },
        );
      }
      const oldMembers = (
        await manager
          .getRepository(ConsortiumMember)
          .find({ where: { consortiumId }, order: { position: 'ASC' } })
      )
        .filter((member) => member.role === ConsortiumRole.MEMBER)
        .map((member) => member.municipalityCode);
      const memberChanges: ExtraChanges = {};
      if (input.memberCodes) {
        const members = await this.checkedMembers(tx, before.leadCode, input.memberCodes, input.callId);
        if (JSON.stringify(members) !== JSON.stringify(oldMembers)) {
          assertNoSubmissions(before);
          await manager.getRepository(ConsortiumMember).delete({ consortiumId });
          await this.writeMembers(manager, consortiumId, before.leadCode, members);
          memberChanges.memberCodes = [oldMembers, members];
        }
      }
      await updateAudited(
        manager,
        this.ctx,
        Consortium,
        before,
        {
          name: input.name?.trim() ?? before.name,
          partners: input.partners ?? before.partners,
          version: before.version + 1,
          updatedAt: this.ctx.clock.now(),
        },
        'updateConsortium',
        { fields: ['name', 'partners'], extraChanges: memberChanges },
      );
    });
    return this.reload(consortiumId);
  }

  private async reload(id: string): Promise<Consortium> {
    this.ctx.loaders.consortium.clear(id);
    this.ctx.loaders.membersOfConsortium.clear(id);
    const consortium = await this.ctx.loaders.consortium.load(id);
    if (!consortium) throw notFound(records.consortium);
    return consortium;
  }

  /** The members as given, checked: known, no duplicates, not the lead again, valid on the call's dates. */
  private async checkedMembers(
    tx: RequestContext,
    leadCode: string,
    codes: string[],
    callId: string | null | undefined,
  ): Promise<string[]> {
    const days = await this.daysToCheck(tx, callId);
    await checkMunicipalities(
      tx.manager,
      [leadCode, ...codes].map((code, index) => ({
        code,
        field: index === 0 ? 'leadCode' : `memberCodes.${index - 1}`,
      })),
      days,
    );
    return codes;
  }

  /**
   * The other implementers of a consortium whose members are on record, changed by an approved change
   * request of its grant: the one audited path past `firstSubmittedAt`. Removed codes must be members
   * other than the lead; added ones must exist and be valid on every day of `days`, and not be members
   * already. Runs in the caller's transaction (this service built with it); returns the members before
   * and after, the lead first. `checkOnly` refuses what would be refused and writes nothing.
   */
  async changeMembersOnRecord(
    consortiumId: string,
    change: { add: string[]; remove: string[]; days: string[]; action: string; checkOnly?: boolean },
  ): Promise<{ before: string[]; after: string[] }> {
    const { manager } = this.ctx;
    const consortium = await findForUpdate(manager, Consortium, consortiumId);
    if (!consortium) throw notFound(records.consortium);
    const rows = await manager
      .getRepository(ConsortiumMember)
      .find({ where: { consortiumId }, order: { position: 'ASC' } });
    const others = rows
      .filter((member) => member.role === ConsortiumRole.MEMBER)
      .map((member) => member.municipalityCode);
    change.remove.forEach((code, index) => {
      if (others.includes(code) && change.remove.indexOf(code) === index) return;
      const messages =
        code === consortium.leadCode
          ? {
              en: `${code} leads the project and stays in it`,
              fi: `${code} on hankkeen vastuukunta ja pysyy siinä`,
              sv: `${code} är projektets ansvariga kommun och stannar i det`,
            }
          : {
              en: `${code} is not one of the other implementers`,
              fi: `${code} ei ole hankkeen muu toteuttaja`,
              sv: `${code} är inte en av de övriga genomförarna`,
            };
      throw badInput(messages, `input.removeMunicipalityCodes.${index}`);
    });
    const kept = others.filter((code) => !change.remove.includes(code));
    await checkMunicipalities(
      manager,
      change.add.map((code, index) => ({ code, field: `input.addMunicipalityCodes.${index}` })),
      change.days,
      [consortium.leadCode, ...kept],
    );
    const after = [...kept, ...change.add];
    const terms = { before: [consortium.leadCode, ...others], after: [consortium.leadCode, ...after] };
    if (change.checkOnly) return terms;
    await manager.getRepository(ConsortiumMember).delete({ consortiumId });
    await this.writeMembers(manager, consortiumId, consortium.leadCode, after);
    await updateAudited(
      manager,
      this.ctx,
      Consortium,
      consortium,
      { version: consortium.version + 1, updatedAt: this.ctx.clock.now() },
      change.action,
      { fields: [], extraChanges: { memberCodes: [others, after] } },
    );
    this.ctx.loaders.consortium.clear(consortiumId);
    this.ctx.loaders.membersOfConsortium.clear(consortiumId);
    return terms;
  }

  /**
   * A new consortium for the application an invited proposal becomes, when partners found at the
   * workshop join it: the proposal's consortium (its lead, members in order, name and partners) with the
   * `add` municipalities as further members. The proposal's consortium stays exactly as it was submitted,
   * so that the proposal's record keeps telling the truth. Each added code must exist and be valid on
   * every day of `days`; one already in the consortium is left out. Runs in the caller's transaction
   * (this service built with it), audited as `action`; returns the new consortium's id.
   */
  async copyWithNewMembers(sourceId: string, add: string[], days: string[], action: string): Promise<string> {
    const { manager } = this.ctx;
    const source = await manager.getRepository(Consortium).findOneBy({ id: sourceId });
    if (!source) throw notFound(records.consortium);
    const others = (
      await manager
        .getRepository(ConsortiumMember)
        .find({ where: { consortiumId: sourceId }, order: { position: 'ASC' } })
    )
      .filter((member) => member.role === ConsortiumRole.MEMBER)
      .map((member) => member.municipalityCode);
    const added = add.filter((code) => code !== source.leadCode && !others.includes(code));
    await checkMunicipalities(
      manager,
      added.map((code, index) => ({ code, field: `partners.${index}` })),
      days,
      [source.leadCode, ...others],
    );
    const now = this.ctx.clock.now();
    const id = newId();
    const members = [...others, ...added];
    const consortium: Consortium = {
      id,
      name: source.name,
      leadCode: source.leadCode,
      partners: source.partners,
      createdById: this.ctx.viewer.userId,
      version: 1,
      firstSubmittedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    await insertAudited(manager, this.ctx, Consortium, consortium, action, {
      fields: ['name', 'leadCode', 'partners'],
      extraChanges: { memberCodes: [null, members], copiedFrom: [null, sourceId] },
    });
    await this.writeMembers(manager, id, source.leadCode, members);
    return id;
  }

  /** The call's opening and closing days in Helsinki, or today where no call is named. */
  private async daysToCheck(tx: RequestContext, callId: string | null | undefined): Promise<string[]> {
    if (!callId) return [helsinkiDate(tx.clock.now())];
    const call = await tx.loaders.call.load(parseId(callId, 'callId'));
    if (!call) {
      const messages = {
        en: 'There is no such call',
        fi: 'Tällaista hakua ei ole',
        sv: 'Det finns ingen sådan utlysning',
      };
      throw badInput(messages, 'callId');
    }
    const days = [call.opensAt, call.closesAt]
      .filter((instant): instant is Date => instant !== null)
      .map(helsinkiDate);
    return days.length ? days : [helsinkiDate(this.ctx.clock.now())];
  }

  private async writeMembers(
    manager: EntityManager,
    consortiumId: string,
    leadCode: string,
    codes: string[],
  ): Promise<void> {
    await manager.getRepository(ConsortiumMember).insert([
      { id: newId(), consortiumId, municipalityCode: leadCode, role: ConsortiumRole.LEAD, position: 0 },
      ...codes.map((code, index) => ({
        id: newId(),
        consortiumId,
        municipalityCode: code,
        role: ConsortiumRole.MEMBER,
        position: index + 1,
      })),
    ]);
  }
}

/**
 * A consortium has no status of its own: its first submitted application is what fixes its members
 * (`firstSubmittedAt`, which the application module records with the submission).
 */
function assertNoSubmissions(consortium: Consortium): void {
  if (consortium.firstSubmittedAt) {
    throw invalidTransition(
      {
        en: 'The consortium has submitted applications: its members are on record and cannot change',
        fi: 'Konsortio on jättänyt hakemuksia: sen jäsenet on kirjattu eivätkä ne voi enää muuttua',
        sv: 'Konsortiet har lämnat in ansökningar: dess medlemmar är registrerade och kan inte längre ändras',
      },
      { entity: 'Consortium', from: null, to: null },
    );
  }
}

/**
 * Municipalities named for a consortium, each with the argument path a refusal points at: known, none
 * twice (nor one of `already`, the members that stay), and valid on every day of `days`.
 */
async function checkMunicipalities(
  manager: EntityManager,
  named: { code: string; field: string }[],
  days: string[],
  already: string[] = [],
): Promise<void> {
  if (named.length === 0) return;
  const found = await manager.getRepository(Municipality).findBy({ code: In(named.map(({ code }) => code)) });
  const byCode = new Map(found.map((municipality) => [municipality.code, municipality]));
  const seen = new Set<string>();
  for (const { code, field } of named) {
    if (already.includes(code)) {
      const messages = {
        en: `The municipality ${code} is in the project already`,
        fi: `Kunta ${code} on jo mukana hankkeessa`,
        sv: `Kommunen ${code} deltar redan i projektet`,
      };
      throw badInput(messages, field);
    }
    if (seen.has(code)) {
      const messages = {
        en: `The municipality ${code} is named twice`,
        fi: `Kunta ${code} on mainittu kahdesti`,
        sv: `Kommunen ${code} nämns två gånger`,
      };
      throw badInput(messages, field);
    }
    seen.add(code);
    const municipality = byCode.get(code);
    if (!municipality) {
      const messages = {
        en: `There is no municipality ${code}`,
        fi: `Kuntaa ${code} ei ole`,
        sv: `Det finns ingen kommun ${code}`,
      };
      throw badInput(messages, field);
    }
    const invalidDay = days.find((day) => !isValidOn(municipality, day));
    if (invalidDay) {
      const { fi, sv } = municipality.name;
      const messages = {
        en: `${fi ?? code} (${code}) does not exist on ${invalidDay}`,
        fi: `Kuntaa ${fi ?? code} (${code}) ei ole olemassa päivänä ${invalidDay}`,
        sv: `Kommunen ${sv ?? fi ?? code} (${code}) finns inte den ${invalidDay}`,
      };
      throw badInput(messages, field);
    }
  }
}
