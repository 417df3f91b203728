import { type EntityManager, In } from 'typeorm';
import { actsFor } from '../../auth/viewer';
import type { RequestContext } from '../../context';
import { badInput, forbidden, invalidTransition, notFound, versionConflict } from '../../common/errors';
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
      throw forbidden('You can form a consortium only for a municipality you act for');
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
    if (!visible) throw notFound('The consortium');
    if (!actsFor(this.ctx.viewer, visible.leadCode)) {
      throw forbidden('Only officials of the lead municipality can change the consortium');
    }
    await inTransaction(this.ctx, async (tx) => {
      const { manager } = tx;
      const before = await findForUpdate(manager, Consortium, consortiumId);
      if (!before) throw notFound('The consortium');
      if (expectedVersion != null && expectedVersion !== before.version) {
        throw versionConflict(
          `The consortium is at version ${before.version}, not ${expectedVersion}: reload it and try again`,
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
    if (!consortium) throw notFound('The consortium');
    return consortium;
  }

  /** The members as given, checked: known, no duplicates, not the lead again, valid on the call's dates. */
  private async checkedMembers(
    tx: RequestContext,
    leadCode: string,
    codes: string[],
    callId: string | null | undefined,
  ): Promise<string[]> {
    const all = [leadCode, ...codes];
    const found = await tx.manager.getRepository(Municipality).findBy({ code: In(all) });
    const byCode = new Map(found.map((municipality) => [municipality.code, municipality]));
    const days = await this.daysToCheck(tx, callId);
    const seen = new Set<string>();
    all.forEach((code, index) => {
      const field = index === 0 ? 'leadCode' : `memberCodes.${index - 1}`;
      if (seen.has(code)) throw badInput(`The municipality ${code} is named twice`, field);
      seen.add(code);
      const municipality = byCode.get(code);
      if (!municipality) throw badInput(`There is no municipality ${code}`, field);
      const invalidDay = days.find((day) => !isValidOn(municipality, day));
      if (invalidDay)
        throw badInput(`${municipality.name.fi ?? code} (${code}) does not exist on ${invalidDay}`, field);
    });
    return codes;
  }

  /** The call's opening and closing days in Helsinki, or today where no call is named. */
  private async daysToCheck(tx: RequestContext, callId: string | null | undefined): Promise<string[]> {
    if (!callId) return [helsinkiDate(tx.clock.now())];
    const call = await tx.loaders.call.load(parseId(callId, 'callId'));
    if (!call) throw badInput('There is no such call', 'callId');
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
      'The consortium has submitted applications: its members are on record and cannot change',
      { entity: 'Consortium', from: null, to: null },
    );
  }
}
