import type { EntityManager } from 'typeorm';
import { isConsortiumOfficial } from '../../auth/access';
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
import { newId, parseId, parseMunicipalityCode } from '../../common/ids';
import { forUpdate, findForUpdate, inTransaction } from '../../common/transaction';
import { toHelsinkiIso } from '../../common/time-zone';
import { insertAudited, updateAudited } from '../audit/audit.service';
import { Application } from '../application/application.entity';
import { Call, CallStage } from '../call/call.entity';
import { ConsortiumMember } from '../consortium/consortium.entity';
import { Municipality } from '../municipality/municipality.entity';
import {
  PartnerOffer,
  PartnerOfferStatus,
  PartnerSearch,
  PartnerSearchView,
  Workshop,
} from './workshop.entity';
import type { FlagLookingForPartnersInput, PartnerOfferInput } from './workshop.inputs';
import { partnerOfferStatuses } from './workshop-status';
import { receivedProposalStatuses } from './workshop-status';

const offerRecord: Messages = {
  en: 'The offer to join',
  fi: 'Liittymistarjousta',
  sv: 'Erbjudandet att delta',
};

/**
 * "Looking for partners": a proposal's officials flag it with the partner they seek; signed-in applicants
 * list the flagged proposals of a call (a narrow view, never the proposal itself); a municipality's
 * officials offer to join one from the call's workshop on; the proposal's lead officials accept or
 * decline. When an administrator invites the proposal (`inviteProposal`), the accepted partners join its
 * application (`joinAcceptedPartners`, registered with the application module in src/schema.ts).
 */
export class PartnerService {
  constructor(private readonly ctx: RequestContext) {}

  async flag(input: FlagLookingForPartnersInput): Promise<Application> {
    const proposal = await this.ownProposal(input.proposalId, 'input.proposalId');
    const wish = input.wish.trim();
    if (!wish)
      throw badInput(
        {
          en: 'Say briefly what partner the proposal seeks',
          fi: 'Kerro lyhyesti, millaista kumppania ehdotukselle haetaan',
          sv: 'Beskriv kort vilken partner förslaget söker',
        },
        'input.wish',
      );
    await inTransaction(this.ctx, async ({ manager }) => {
      const locked = await this.lockOpenProposal(manager, proposal.id, 'input.proposalId');
      const now = this.ctx.clock.now();
      const existing = await manager.getRepository(PartnerSearch).findOneBy({ applicationId: locked.id });
      if (existing)
        await updateAudited(
          manager,
          this.ctx,
          PartnerSearch,
          existing,
          { wish, closedAt: null, updatedAt: now },
          'flagLookingForPartners',
          { fields: ['wish', 'closedAt'] },
        );
      else
        await insertAudited(
          manager,
          this.ctx,
          PartnerSearch,
          {
            id: newId(),
            applicationId: locked.id,
            wish,
            closedAt: null,
            flaggedById: this.ctx.viewer.userId,
            createdAt: now,
            updatedAt: now,
          },
          'flagLookingForPartners',
          { fields: ['applicationId', 'wish'] },
        );
    });
    this.ctx.loaders.partnerSearches.ofProposal.clear(proposal.id);
    return proposal;
  }

  /** No longer looking for partners; offers already made stay as they are. Nothing to do if not flagged. */
  async unflag(proposalId: string): Promise<Application> {
    const proposal = await this.ownProposal(proposalId, 'proposalId');
    await inTransaction(this.ctx, async ({ manager }) => {
      const search = await forUpdate(
        manager
          .getRepository(PartnerSearch)
          .createQueryBuilder('search')
          .where('search.applicationId = :id', { id: proposal.id }),
      ).getOne();
      if (!search || search.closedAt) return;
      const now = this.ctx.clock.now();
      await updateAudited(
        manager,
        this.ctx,
        PartnerSearch,
        search,
        { closedAt: now, updatedAt: now },
        'unflagLookingForPartners',
        { fields: ['closedAt'] },
      );
    });
    this.ctx.loaders.partnerSearches.ofProposal.clear(proposal.id);
    return proposal;
  }

  /** The flag of a proposal the caller may see, or null. */
  searchOf(proposal: Application): Promise<PartnerSearchView | null> {
    return this.ctx.loaders.partnerSearches.ofProposal.load(proposal.id);
  }

  /** The flagged proposals of a call, newest flag first: for signed-in callers (the permissions map). */
  searchesOfCall(callId: string): Promise<PartnerSearchView[]> {
    return this.ctx.loaders.partnerSearches.ofCall.load(callId);
  }

  /** A municipality the caller acts for offers to join a flagged proposal, from the workshop on. */
  async offer(input: PartnerOfferInput): Promise<PartnerOffer> {
    const code = parseMunicipalityCode(input.municipalityCode, 'input.municipalityCode');
    if (!actsFor(this.ctx.viewer, code))
      throw forbidden({
        en: 'You can offer to join only for a municipality you act for',
        fi: 'Voit tarjoutua mukaan vain kunnan puolesta, jonka puolesta toimit',
        sv: 'Du kan erbjuda deltagande endast för en kommun som du företräder',
      });
    const proposalId = parseId(input.proposalId, 'input.proposalId');
    if (!(await this.ctx.loaders.partnerSearches.ofProposal.load(proposalId)))
      throw notFound(records.application);
    const id = newId();
    await inTransaction(this.ctx, async ({ manager }) => {
      const proposal = await findForUpdate(manager, Application, proposalId);
      if (!proposal) throw notFound(records.application);
      const members = await manager
        .getRepository(ConsortiumMember)
        .findBy({ consortiumId: proposal.consortiumId });
      if (members.some((member) => member.municipalityCode === code))
        throw badInput(
          {
            en: 'The municipality is in the proposal already',
            fi: 'Kunta on jo mukana ehdotuksessa',
            sv: 'Kommunen deltar redan i förslaget',
          },
          'input.municipalityCode',
        );
      if (!(await manager.getRepository(Municipality).existsBy({ code })))
        throw badInput(
          { en: 'No such municipality', fi: 'Kuntaa ei ole', sv: 'Kommunen finns inte' },
          'input.municipalityCode',
        );
      await assertNotInvited(manager, proposal, {
        entity: 'PartnerOffer',
        from: null,
        to: PartnerOfferStatus.OFFERED,
      });
      const now = this.ctx.clock.now();
      const workshop = await manager
        .getRepository(Workshop)
        .findOne({ where: { callId: proposal.callId }, order: { startsAt: 'ASC' } });
      if (!workshop || now < workshop.startsAt) {
        const when = workshop ? ` (${toHelsinkiIso(workshop.startsAt)})` : '';
        throw invalidTransition(
          {
            en: `Offers to join are made at the call's workshop or after it${when}`,
            fi: `Liittymistarjoukset tehdään haun työpajassa tai sen jälkeen${when}`,
            sv: `Erbjudanden att delta görs vid utlysningens workshop eller efter den${when}`,
          },
          { entity: 'PartnerOffer', from: null, to: PartnerOfferStatus.OFFERED },
        );
      }
      const existing = await manager
        .getRepository(PartnerOffer)
        .findOneBy({ applicationId: proposal.id, municipalityCode: code });
      if (existing)
        throw invalidTransition(
          {
            en: `The municipality has offered to join already (${existing.status})`,
            fi: `Kunta on jo tarjoutunut mukaan (${existing.status})`,
            sv: `Kommunen har redan erbjudit sig att delta (${existing.status})`,
          },
          { entity: 'PartnerOffer', from: existing.status, to: PartnerOfferStatus.OFFERED },
        );
      await insertAudited(
        manager,
        this.ctx,
        PartnerOffer,
        {
          id,
          applicationId: proposal.id,
          municipalityCode: code,
          status: PartnerOfferStatus.OFFERED,
          offeredById: this.ctx.viewer.userId,
          createdAt: now,
          decidedAt: null,
          decidedById: null,
          joinedApplicationId: null,
          updatedAt: now,
        },
        'offerToJoinProposal',
        { fields: ['applicationId', 'municipalityCode', 'status'] },
      );
    });
    return this.reload(proposalId, id);
  }

  /** The officials of the proposal's lead municipality accept or decline an offer, before the invitation. */
  async decide(
    input: PartnerOfferInput,
    to: PartnerOfferStatus.ACCEPTED | PartnerOfferStatus.DECLINED,
  ): Promise<PartnerOffer> {
    const code = parseMunicipalityCode(input.municipalityCode, 'input.municipalityCode');
    const proposal = await this.ctx.loaders.application.load(parseId(input.proposalId, 'input.proposalId'));
    if (!proposal) throw notFound(records.application);
    const consortium = await this.ctx.loaders.consortium.load(proposal.consortiumId);
    if (!consortium || !actsFor(this.ctx.viewer, consortium.leadCode))
      throw forbidden({
        en: "Only officials of the proposal's lead municipality can accept or decline an offer to join",
        fi: 'Vain ehdotuksen vastuukunnan virkailijat voivat hyväksyä tai hylätä liittymistarjouksen',
        sv: 'Endast tjänstemän i förslagets ansvariga kommun kan godta eller avböja ett erbjudande att delta',
      });
    const id = await inTransaction(this.ctx, async ({ manager }) => {
      const offer = await forUpdate(
        manager
          .getRepository(PartnerOffer)
          .createQueryBuilder('offer')
          .where('offer.applicationId = :id AND offer.municipalityCode = :code', { id: proposal.id, code }),
      ).getOne();
      if (!offer) throw notFound(offerRecord);
      partnerOfferStatuses.assert(offer.status, to);
      await assertNotInvited(manager, proposal, { entity: 'PartnerOffer', from: offer.status, to });
      const now = this.ctx.clock.now();
      await updateAudited(
        manager,
        this.ctx,
        PartnerOffer,
        offer,
        { status: to, decidedAt: now, decidedById: this.ctx.viewer.userId, updatedAt: now },
        to === PartnerOfferStatus.ACCEPTED ? 'acceptPartnerOffer' : 'declinePartnerOffer',
        { fields: ['status', 'decidedAt'] },
      );
      return offer.id;
    });
    return this.reload(proposal.id, id);
  }

  /** A proposal the caller may see and acts for a member of; otherwise the same as a missing one. */
  private async ownProposal(id: string, field: string): Promise<Application> {
    const proposal = await this.ctx.loaders.application.load(parseId(id, field));
    if (!proposal || !(await isConsortiumOfficial(this.ctx, proposal.consortiumId)))
      throw notFound(records.application);
    return proposal;
  }

  /** The proposal locked, checked to be a received proposal of a PROPOSAL call not yet invited. */
  private async lockOpenProposal(manager: EntityManager, id: string, field: string): Promise<Application> {
    const proposal = await findForUpdate(manager, Application, id);
    if (!proposal) throw notFound(records.application);
    const call = await manager.getRepository(Call).findOneByOrFail({ id: proposal.callId });
    if (call.stage !== CallStage.PROPOSAL)
      throw badInput(
        {
          en: 'Only a proposal (in a PROPOSAL call) looks for partners here',
          fi: 'Vain ehdotus (PROPOSAL-haussa) voi hakea kumppaneita täällä',
          sv: 'Endast ett förslag (i en PROPOSAL-utlysning) kan söka partner här',
        },
        field,
      );
    if (!receivedProposalStatuses.includes(proposal.status))
      throw invalidTransition(
        {
          en: `A ${proposal.status} proposal cannot look for partners: submit it first`,
          fi: `Ehdotus, jonka tila on ${proposal.status}, ei voi hakea kumppaneita: jätä se ensin`,
          sv: `Ett förslag med status ${proposal.status} kan inte söka partner: lämna in det först`,
        },
        { entity: 'Application', from: proposal.status, to: null },
      );
    await assertNotInvited(manager, proposal, { entity: 'Application', from: proposal.status, to: null });
    return proposal;
  }

  private async reload(proposalId: string, id: string): Promise<PartnerOffer> {
    this.ctx.loaders.offersOfProposal.clear(proposalId);
    const offer = (await this.ctx.loaders.offersOfProposal.load(proposalId)).find((row) => row.id === id);
    if (!offer) throw notFound(offerRecord);
    return offer;
  }
}

/**
 * The hook `inviteProposal` runs in its transaction: the accepted offers of the proposal become JOINED
 * (naming the new application) and its search for partners closes; returns the codes that join.
 */
export async function joinAcceptedPartners(
  tx: RequestContext,
  proposal: Application,
  applicationId: string,
): Promise<string[]> {
  const { manager } = tx;
  const offers = await forUpdate(
    manager
      .getRepository(PartnerOffer)
      .createQueryBuilder('offer')
      .where('offer.applicationId = :id AND offer.status = :accepted', {
        id: proposal.id,
        accepted: PartnerOfferStatus.ACCEPTED,
      })
      .orderBy('offer.decidedAt', 'ASC')
      .addOrderBy('offer.id', 'ASC'),
  ).getMany();
  const now = tx.clock.now();
  for (const offer of offers) {
    partnerOfferStatuses.assert(offer.status, PartnerOfferStatus.JOINED);
    await updateAudited(
      manager,
      tx,
      PartnerOffer,
      offer,
      { status: PartnerOfferStatus.JOINED, joinedApplicationId: applicationId, updatedAt: now },
      'inviteProposal',
      { fields: ['status', 'joinedApplicationId'] },
    );
  }
  const search = await manager.getRepository(PartnerSearch).findOneBy({ applicationId: proposal.id });
  if (search && !search.closedAt)
    await updateAudited(
      manager,
      tx,
      PartnerSearch,
      search,
      { closedAt: now, updatedAt: now },
      'inviteProposal',
      {
        fields: ['closedAt'],
      },
    );
  return offers.map((offer) => offer.municipalityCode);
}

/**
 * Partners join a proposal before it becomes an application, not after: once invited, flagging, offering
 * and deciding are refused, naming the record whose move stands in the way (`move`).
 */
async function assertNotInvited(
  manager: EntityManager,
  proposal: Application,
  move: { entity: 'Application' | 'PartnerOffer'; from: string | null; to: string | null },
): Promise<void> {
  if (!(await manager.getRepository(Application).existsBy({ proposalId: proposal.id }))) return;
  throw invalidTransition(
    {
      en: 'The proposal has been invited into the application call already: partners can no longer join it here',
      fi: 'Ehdotus on jo kutsuttu hakuvaiheeseen: kumppanit eivät voi enää liittyä siihen täällä',
      sv: 'Förslaget har redan bjudits in till ansökningsskedet: partner kan inte längre ansluta sig här',
    },
    move,
  );
}
