import { type EntityManager, In } from 'typeorm';
import { isConsortiumOfficial } from '../../auth/access';
import type { RequestContext } from '../../context';
import { badInput, invalidTransition, type Messages, notFound, records } from '../../common/errors';
import { hasText } from '../../common/localized-text';
import { newId, parseId } from '../../common/ids';
import { toLocalizedText } from '../../common/localized-text-input';
import { helsinkiWallClockToInstant, toHelsinkiIso } from '../../common/time-zone';
import { forUpdate, inTransaction } from '../../common/transaction';
import { insertAudited, updateAudited } from '../audit/audit.service';
import { Application } from '../application/application.entity';
import { CallStage } from '../call/call.entity';
import {
  Workshop,
  WorkshopInvitation,
  WorkshopInvitationStatus,
  WorkshopParticipant,
} from './workshop.entity';
import type { CreateWorkshopInput, RegisterForWorkshopInput } from './workshop.inputs';
import { receivedProposalStatuses, workshopInvitationStatuses } from './workshop-status';

const workshopRecord: Messages = { en: 'The workshop', fi: 'Työpajaa', sv: 'Workshoppen' };
const invitationRecord: Messages = {
  en: 'The workshop invitation',
  fi: 'Työpajakutsua',
  sv: 'Inbjudan till workshoppen',
};

const { REGISTERED, DECLINED, ATTENDED, NO_SHOW } = WorkshopInvitationStatus;

/**
 * The workshop of a two-stage call: administrators create it and invite the proposers; the invited
 * consortia's officials register their participants or decline until registration closes (Helsinki
 * wall-clock time, stored as an instant); administrators record attendance once it has started. Every
 * move consults the state table (workshop-status.ts) and writes its audit event in its transaction.
 */
export class WorkshopService {
  constructor(private readonly ctx: RequestContext) {}

  async create(input: CreateWorkshopInput): Promise<Workshop> {
    const call = await this.ctx.loaders.call.load(parseId(input.callId, 'input.callId'));
    if (!call) throw notFound(records.call);
    if (call.stage !== CallStage.PROPOSAL)
      throw badInput(
        {
          en: 'A workshop belongs to a PROPOSAL call (the first of two stages)',
          fi: 'Työpaja kuuluu PROPOSAL-hakuun (kaksivaiheisen haun ensimmäiseen vaiheeseen)',
          sv: 'En workshop hör till en PROPOSAL-utlysning (det första av två steg)',
        },
        'input.callId',
      );
    const title = toLocalizedText(input.title);
    if (!hasText(title))
      throw badInput(
        { en: 'Give the workshop a title', fi: 'Anna työpajalle nimi', sv: 'Ge workshoppen ett namn' },
        'input.title',
      );
    const startsAt = helsinkiWallClockToInstant(input.startsAt, 'input.startsAt');
    const registrationClosesAt = helsinkiWallClockToInstant(
      input.registrationClosesAt,
      'input.registrationClosesAt',
    );
    if (registrationClosesAt > startsAt)
      throw badInput(
        {
          en: 'Registration closes before the workshop starts, at the latest when it starts',
          fi: 'Ilmoittautuminen päättyy viimeistään työpajan alkaessa',
          sv: 'Anmälan stänger senast när workshoppen börjar',
        },
        'input.registrationClosesAt',
      );
    const place = input.place?.trim() || null;
    if (!place && !input.online)
      throw badInput(
        {
          en: 'Say where the workshop is held, or that it is online',
          fi: 'Kerro, missä työpaja pidetään, tai että se on verkossa',
          sv: 'Ange var workshoppen hålls, eller att den är på nätet',
        },
        'input.place',
      );
    const now = this.ctx.clock.now();
    const workshop: Workshop = {
      id: newId(),
      callId: call.id,
      title,
      startsAt,
      place,
      online: input.online,
      registrationClosesAt,
      createdById: this.ctx.viewer.userId,
      createdAt: now,
      updatedAt: now,
    };
    await inTransaction(this.ctx, ({ manager }) =>
      insertAudited(manager, this.ctx, Workshop, workshop, 'createWorkshop', {
        fields: ['callId', 'title', 'startsAt', 'place', 'online', 'registrationClosesAt'],
      }),
    );
    this.ctx.loaders.workshopsOfCall.clear(call.id);
    return workshop;
  }

  /**
   * Invites proposals of the workshop's call: the given ones, or without a list every proposal received
   * (submitted, not withdrawn). One already invited stays as it is; until registration closes.
   */
  async invite(workshopId: string, proposalIds: string[] | null | undefined): Promise<WorkshopInvitation[]> {
    const workshop = await this.visibleWorkshop(workshopId, 'workshopId');
    const now = this.ctx.clock.now();
    if (now >= workshop.registrationClosesAt) throw registrationClosed(workshop, null, 'INVITED');
    const ids = proposalIds?.map((id, index) => parseId(id, `proposalIds.${index}`));
    const invited = await inTransaction(this.ctx, async (tx) => {
      const { manager } = tx;
      const proposals = ids
        ? await this.namedProposals(manager, workshop, ids)
        : await manager.getRepository(Application).find({
            where: { callId: workshop.callId, status: In(receivedProposalStatuses) },
            order: { referenceNumber: 'ASC', id: 'ASC' },
          });
      const proposalIdsInvited = proposals.map((proposal) => proposal.id);
      if (proposalIdsInvited.length === 0) return [];
      const existing = await manager
        .getRepository(WorkshopInvitation)
        .findBy({ workshopId: workshop.id, applicationId: In(proposalIdsInvited) });
      const already = new Set(existing.map((invitation) => invitation.applicationId));
      for (const proposal of proposals) {
        if (already.has(proposal.id)) continue;
        const invitation: WorkshopInvitation = {
          id: newId(),
          workshopId: workshop.id,
          applicationId: proposal.id,
          status: WorkshopInvitationStatus.INVITED,
          invitedAt: now,
          respondedAt: null,
          attendanceRecordedAt: null,
          updatedAt: now,
        };
        await insertAudited(manager, this.ctx, WorkshopInvitation, invitation, 'inviteToWorkshop', {
          fields: ['workshopId', 'applicationId', 'status'],
        });
      }
      return proposalIdsInvited;
    });
    this.ctx.loaders.invitationsOfWorkshop.clear(workshop.id);
    const all = await this.ctx.loaders.invitationsOfWorkshop.load(workshop.id);
    return all.filter((invitation) => invited.includes(invitation.applicationId));
  }

  /** The consortium's officials: who comes (replacing an earlier registration), until registration closes. */
  async register(input: RegisterForWorkshopInput): Promise<WorkshopInvitation> {
    const participants = input.participants.map((person, index) => {
      const name = person.name.trim();
      const role = person.role.trim();
      if (!name || !role)
        throw badInput(
          {
            en: 'Each participant has a name and a role',
            fi: 'Jokaisella osallistujalla on nimi ja rooli',
            sv: 'Varje deltagare har ett namn och en roll',
          },
          `input.participants.${index}.${name ? 'role' : 'name'}`,
        );
      return { name, role };
    });
    if (participants.length === 0)
      throw badInput(
        {
          en: 'Register at least one participant, or decline',
          fi: 'Ilmoita vähintään yksi osallistuja tai peru osallistuminen',
          sv: 'Anmäl minst en deltagare, eller tacka nej',
        },
        'input.participants',
      );
    return this.respond(input.workshopId, input.proposalId, REGISTERED, 'registerForWorkshop', participants);
  }

  /** The consortium's officials: the proposal will not take part (its participants are removed). */
  decline(workshopId: string, proposalId: string): Promise<WorkshopInvitation> {
    return this.respond(workshopId, proposalId, DECLINED, 'declineWorkshop', []);
  }

  /** Administrators, from the workshop's start on: whether a registered proposal came. */
  async recordAttendance(
    workshopId: string,
    proposalId: string,
    attended: boolean,
  ): Promise<WorkshopInvitation> {
    const workshop = await this.visibleWorkshop(workshopId, 'workshopId');
    const applicationId = parseId(proposalId, 'proposalId');
    const to = attended ? ATTENDED : NO_SHOW;
    const id = await inTransaction(this.ctx, async ({ manager }) => {
      const invitation = await this.lockInvitation(manager, workshop.id, applicationId);
      workshopInvitationStatuses.assert(invitation.status, to);
      const now = this.ctx.clock.now();
      if (now < workshop.startsAt)
        throw invalidTransition(
          {
            en: `Attendance is recorded once the workshop has started (${toHelsinkiIso(workshop.startsAt)})`,
            fi: `Osallistuminen kirjataan, kun työpaja on alkanut (${toHelsinkiIso(workshop.startsAt)})`,
            sv: `Närvaro registreras när workshoppen har börjat (${toHelsinkiIso(workshop.startsAt)})`,
          },
          { entity: 'WorkshopInvitation', from: invitation.status, to },
        );
      await updateAudited(
        manager,
        this.ctx,
        WorkshopInvitation,
        invitation,
        { status: to, attendanceRecordedAt: now, updatedAt: now },
        'recordWorkshopAttendance',
        { fields: ['status', 'attendanceRecordedAt'] },
      );
      return invitation.id;
    });
    return this.reload(workshop.id, id);
  }

  private async respond(
    workshopId: string,
    proposalId: string,
    to: WorkshopInvitationStatus,
    action: string,
    participants: { name: string; role: string }[],
  ): Promise<WorkshopInvitation> {
    const workshop = await this.visibleWorkshop(workshopId, 'workshopId');
    const proposal = await this.ctx.loaders.application.load(parseId(proposalId, 'proposalId'));
    if (!proposal || !(await isConsortiumOfficial(this.ctx, proposal.consortiumId)))
      throw notFound(records.application);
    const id = await inTransaction(this.ctx, async ({ manager }) => {
      const invitation = await this.lockInvitation(manager, workshop.id, proposal.id);
      workshopInvitationStatuses.assert(invitation.status, to);
      const now = this.ctx.clock.now();
      if (now >= workshop.registrationClosesAt) throw registrationClosed(workshop, invitation.status, to);
      const repository = manager.getRepository(WorkshopParticipant);
      const before = (
        await repository.find({ where: { invitationId: invitation.id }, order: { position: 'ASC' } })
      ).map(({ name, role }) => ({ name, role }));
      await repository.delete({ invitationId: invitation.id });
      if (participants.length)
        await repository.insert(
          participants.map((person, position) => ({
            id: newId(),
            invitationId: invitation.id,
            position,
            ...person,
          })),
        );
      await updateAudited(
        manager,
        this.ctx,
        WorkshopInvitation,
        invitation,
        { status: to, respondedAt: now, updatedAt: now },
        action,
        {
          fields: ['status', 'respondedAt'],
          extraChanges:
            JSON.stringify(before) === JSON.stringify(participants)
              ? {}
              : { participants: [before, participants] },
        },
      );
      return invitation.id;
    });
    this.ctx.loaders.participantsOfInvitation.clear(id);
    return this.reload(workshop.id, id);
  }

  /** A workshop of a call the caller may see; otherwise the same as a missing one. */
  private async visibleWorkshop(id: string, field: string): Promise<Workshop> {
    const workshop = await this.ctx.loaders.workshop.load(parseId(id, field));
    if (!workshop || !(await this.ctx.loaders.call.load(workshop.callId))) throw notFound(workshopRecord);
    return workshop;
  }

  /** The named proposals, each a received proposal of the workshop's call. */
  private async namedProposals(manager: EntityManager, workshop: Workshop, ids: string[]) {
    const found = await manager.getRepository(Application).findBy({ id: In(ids) });
    const byId = new Map(found.map((proposal) => [proposal.id, proposal]));
    return ids.map((id, index) => {
      const proposal = byId.get(id);
      if (!proposal) throw notFound(records.application);
      if (proposal.callId !== workshop.callId || !receivedProposalStatuses.includes(proposal.status))
        throw badInput(
          {
            en: "Only proposals received in the workshop's call can be invited (submitted, not withdrawn)",
            fi: 'Kutsua voi vain työpajan haussa jätettyjä ehdotuksia (ei luonnoksia eikä peruttuja)',
            sv: 'Endast förslag som lämnats in i workshoppens utlysning kan bjudas in (inte utkast eller återtagna)',
          },
          `proposalIds.${index}`,
        );
      return proposal;
    });
  }

  private async lockInvitation(
    manager: EntityManager,
    workshopId: string,
    applicationId: string,
  ): Promise<WorkshopInvitation> {
    const invitation = await forUpdate(
      manager
        .getRepository(WorkshopInvitation)
        .createQueryBuilder('invitation')
        .where('invitation.workshopId = :workshopId AND invitation.applicationId = :applicationId', {
          workshopId,
          applicationId,
        }),
    ).getOne();
    if (!invitation) throw notFound(invitationRecord);
    return invitation;
  }

  private async reload(workshopId: string, id: string): Promise<WorkshopInvitation> {
    this.ctx.loaders.invitationsOfWorkshop.clear(workshopId);
    const invitation = (await this.ctx.loaders.invitationsOfWorkshop.load(workshopId)).find(
      (row) => row.id === id,
    );
    if (!invitation) throw notFound(invitationRecord);
    return invitation;
  }
}

/** Registration is over: registerForWorkshop, declineWorkshop and inviteToWorkshop are refused. */
function registrationClosed(workshop: Workshop, from: string | null, to: string) {
  const at = toHelsinkiIso(workshop.registrationClosesAt);
  return invalidTransition(
    {
      en: `Registration for the workshop closed at ${at}`,
      fi: `Ilmoittautuminen työpajaan päättyi ${at}`,
      sv: `Anmälan till workshoppen stängde ${at}`,
    },
    { entity: 'WorkshopInvitation', from, to },
  );
}
