import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { listCost } from '../../common/query-cost';
import { toHelsinkiIso } from '../../common/time-zone';
import { Application } from '../application/application.entity';
import { Call, Theme } from '../call/call.entity';
import { Municipality } from '../municipality/municipality.entity';
import { Region } from '../region/region.entity';
import { PartnerService } from './partner.service';
import { ProposalRegionCount, ProposalThemeCount } from './proposal-summary';
import {
  PartnerOffer,
  PartnerOfferStatus,
  PartnerSearchView,
  Workshop,
  WorkshopInvitation,
  WorkshopParticipant,
} from './workshop.entity';
import {
  CreateWorkshopInput,
  FlagLookingForPartnersInput,
  PartnerOfferInput,
  RegisterForWorkshopInput,
} from './workshop.inputs';
import { WorkshopService } from './workshop.service';

@Resolver(() => Workshop)
export class WorkshopResolver {
  @Mutation(() => Workshop, {
    description: 'Administrators: a workshop for the proposers of a PROPOSAL call.',
  })
  createWorkshop(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateWorkshopInput) input: CreateWorkshopInput,
  ): Promise<Workshop> {
    return new WorkshopService(ctx).create(input);
  }

  @Mutation(() => [WorkshopInvitation], {
    complexity: listCost(140),
    description:
      "Administrators: invites proposals of the workshop's call, the given ones or without `proposalIds` every proposal received (submitted, not withdrawn), until registration closes. Returns their invitations; one already invited stays as it was.",
  })
  inviteToWorkshop(
    @Ctx() ctx: RequestContext,
    @Arg('workshopId', () => ID) workshopId: string,
    @Arg('proposalIds', () => [ID], { nullable: true }) proposalIds?: string[] | null,
  ): Promise<WorkshopInvitation[]> {
    return new WorkshopService(ctx).invite(workshopId, proposalIds);
  }

  @Mutation(() => WorkshopInvitation, {
    description:
      "Officials of the invited proposal's consortium: registers who comes (replacing an earlier registration), until registration closes.",
  })
  registerForWorkshop(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RegisterForWorkshopInput) input: RegisterForWorkshopInput,
  ): Promise<WorkshopInvitation> {
    return new WorkshopService(ctx).register(input);
  }

  @Mutation(() => WorkshopInvitation, {
    description:
      "Officials of the invited proposal's consortium: the proposal will not take part (until registration closes).",
  })
  declineWorkshop(
    @Ctx() ctx: RequestContext,
    @Arg('workshopId', () => ID) workshopId: string,
    @Arg('proposalId', () => ID) proposalId: string,
  ): Promise<WorkshopInvitation> {
    return new WorkshopService(ctx).decline(workshopId, proposalId);
  }

  @Mutation(() => WorkshopInvitation, {
    description:
      'Administrators, once the workshop has started: whether a registered proposal attended (ATTENDED) or not (NO_SHOW).',
  })
  recordWorkshopAttendance(
    @Ctx() ctx: RequestContext,
    @Arg('workshopId', () => ID) workshopId: string,
    @Arg('proposalId', () => ID) proposalId: string,
    @Arg('attended') attended: boolean,
  ): Promise<WorkshopInvitation> {
    return new WorkshopService(ctx).recordAttendance(workshopId, proposalId, attended);
  }

  @FieldResolver(() => String, {
    description: 'When it starts, in Helsinki time with its offset ("2019-09-27T09:00:00+03:00").',
  })
  startsAtLocal(@Root() workshop: Workshop): string {
    return toHelsinkiIso(workshop.startsAt);
  }

  @FieldResolver(() => String, { description: 'When registration closes, in Helsinki time with its offset.' })
  registrationClosesAtLocal(@Root() workshop: Workshop): string {
    return toHelsinkiIso(workshop.registrationClosesAt);
  }

  @FieldResolver(() => Call, { nullable: true })
  call(@Root() workshop: Workshop, @Ctx() ctx: RequestContext): Promise<Call | null> {
    return ctx.loaders.call.load(workshop.callId);
  }

  @FieldResolver(() => [WorkshopInvitation], {
    complexity: listCost(140),
    description:
      "The invitations the caller may see: administrators all, an official their own consortia's; nobody else any.",
  })
  invitations(@Root() workshop: Workshop, @Ctx() ctx: RequestContext): Promise<WorkshopInvitation[]> {
    return ctx.loaders.invitationsOfWorkshop.load(workshop.id);
  }
}

@Resolver(() => WorkshopInvitation)
export class WorkshopInvitationResolver {
  @FieldResolver(() => Workshop)
  async workshop(@Root() invitation: WorkshopInvitation, @Ctx() ctx: RequestContext): Promise<Workshop> {
    return (await ctx.loaders.workshop.load(invitation.workshopId))!;
  }

  @FieldResolver(() => Application, { nullable: true, description: 'The invited proposal.' })
  proposal(@Root() invitation: WorkshopInvitation, @Ctx() ctx: RequestContext): Promise<Application | null> {
    return ctx.loaders.application.load(invitation.applicationId);
  }

  @FieldResolver(() => [WorkshopParticipant], {
    complexity: listCost(10),
    description:
      "Who the consortium registered. Personal data: the consortium's officials and administrators.",
  })
  participants(
    @Root() invitation: WorkshopInvitation,
    @Ctx() ctx: RequestContext,
  ): Promise<WorkshopParticipant[]> {
    return ctx.loaders.participantsOfInvitation.load(invitation.id);
  }
}

@Resolver(() => PartnerSearchView)
export class PartnerSearchResolver {
  @Mutation(() => Application, {
    description:
      "Officials of a submitted proposal's consortium: flags it as looking for partners, with what partner it seeks (again: changes the wish).",
  })
  flagLookingForPartners(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => FlagLookingForPartnersInput) input: FlagLookingForPartnersInput,
  ): Promise<Application> {
    return new PartnerService(ctx).flag(input);
  }

  @Mutation(() => Application, {
    description: "Officials of the proposal's consortium: it no longer looks for partners.",
  })
  unflagLookingForPartners(
    @Ctx() ctx: RequestContext,
    @Arg('proposalId', () => ID) proposalId: string,
  ): Promise<Application> {
    return new PartnerService(ctx).unflag(proposalId);
  }

  @Mutation(() => PartnerOffer, {
    description:
      "Officials of a municipality: offers to join a proposal looking for partners, at the call's workshop or after it.",
  })
  offerToJoinProposal(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => PartnerOfferInput) input: PartnerOfferInput,
  ): Promise<PartnerOffer> {
    return new PartnerService(ctx).offer(input);
  }

  @Mutation(() => PartnerOffer, {
    description:
      "Officials of the proposal's lead municipality: accepts an offer to join; the municipality joins the application when the proposal is invited.",
  })
  acceptPartnerOffer(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => PartnerOfferInput) input: PartnerOfferInput,
  ): Promise<PartnerOffer> {
    return new PartnerService(ctx).decide(input, PartnerOfferStatus.ACCEPTED);
  }

  @Mutation(() => PartnerOffer, {
    description: "Officials of the proposal's lead municipality: declines an offer to join.",
  })
  declinePartnerOffer(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => PartnerOfferInput) input: PartnerOfferInput,
  ): Promise<PartnerOffer> {
    return new PartnerService(ctx).decide(input, PartnerOfferStatus.DECLINED);
  }

  @FieldResolver(() => Municipality, { nullable: true })
  leadMunicipality(
    @Root() search: PartnerSearchView,
    @Ctx() ctx: RequestContext,
  ): Promise<Municipality | null> {
    return ctx.loaders.municipality.load(search.leadCode);
  }

  @FieldResolver(() => Theme, { nullable: true })
  theme(@Root() search: PartnerSearchView, @Ctx() ctx: RequestContext): Promise<Theme | null> {
    return search.themeId ? ctx.loaders.theme.load(search.themeId) : Promise.resolve(null);
  }

  @FieldResolver(() => [PartnerOffer], {
    complexity: listCost(10),
    description:
      "Offers to join it that the caller may see: the offering municipality's officials theirs, the proposal's consortium's officials and administrators all.",
  })
  offers(@Root() search: PartnerSearchView, @Ctx() ctx: RequestContext): Promise<PartnerOffer[]> {
    return ctx.loaders.offersOfProposal.load(search.proposalId);
  }
}

@Resolver(() => PartnerOffer)
export class PartnerOfferResolver {
  @FieldResolver(() => Municipality, { description: 'The municipality that offers to join.' })
  async municipality(@Root() offer: PartnerOffer, @Ctx() ctx: RequestContext): Promise<Municipality> {
    return (await ctx.loaders.municipality.load(offer.municipalityCode))!;
  }
}

@Resolver(() => ProposalThemeCount)
export class ProposalThemeCountResolver {
  @FieldResolver(() => Theme, { nullable: true, description: 'Null for proposals without a theme.' })
  theme(@Root() row: ProposalThemeCount, @Ctx() ctx: RequestContext): Promise<Theme | null> {
    return row.themeId ? ctx.loaders.theme.load(row.themeId) : Promise.resolve(null);
  }
}

@Resolver(() => ProposalRegionCount)
export class ProposalRegionCountResolver {
  @FieldResolver(() => Region, { nullable: true })
  region(@Root() row: ProposalRegionCount, @Ctx() ctx: RequestContext): Promise<Region | null> {
    return ctx.loaders.region.load(row.regionCode);
  }
}
