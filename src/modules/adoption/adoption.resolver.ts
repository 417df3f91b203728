import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { listCost } from '../../common/query-cost';
import { Award } from '../award/award.entity';
import { Municipality } from '../municipality/municipality.entity';
import { Region } from '../region/region.entity';
import { Adoption, AdoptionStatus } from './adoption.entity';
import { AdoptionRegionRow, RecordAdoptionInput } from './adoption.inputs';
import { AdoptionService } from './adoption.service';

@Resolver(() => Adoption)
export class AdoptionResolver {
  @Query(() => Adoption, {
    nullable: true,
    description: 'An adoption the caller may see (every confirmed one); otherwise null.',
  })
  adoption(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Adoption | null> {
    return new AdoptionService(ctx).byId(id);
  }

  @Query(() => [AdoptionRegionRow], {
    complexity: listCost(19),
    description:
      'Where the results of funded projects spread: confirmed adoptions by the region of the adopting municipalities, one row per region that has any, by code. Public.',
  })
  adoptionsByRegion(@Ctx() ctx: RequestContext): Promise<AdoptionRegionRow[]> {
    return new AdoptionService(ctx).byRegion();
  }

  @Mutation(() => Adoption, {
    description:
      "Applicants: records that a municipality they act for adopted the result of a funded project (PENDING until the project's officials confirm it).",
  })
  recordAdoption(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordAdoptionInput) input: RecordAdoptionInput,
  ): Promise<Adoption> {
    return new AdoptionService(ctx).record(input);
  }

  @Mutation(() => Adoption, {
    description:
      "Officials of the project's lead municipality: confirms a pending adoption of its result, which makes it public.",
  })
  confirmAdoption(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Adoption> {
    return new AdoptionService(ctx).decide(id, AdoptionStatus.CONFIRMED);
  }

  @Mutation(() => Adoption, {
    description: "Officials of the project's lead municipality: declines a pending adoption of its result.",
  })
  declineAdoption(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Adoption> {
    return new AdoptionService(ctx).decide(id, AdoptionStatus.DECLINED);
  }

  @FieldResolver(() => Award, { description: 'The award of the project whose result was adopted.' })
  award(@Root() adoption: Adoption, @Ctx() ctx: RequestContext): Promise<Award | null> {
    return ctx.loaders.award.load(adoption.awardId);
  }

  @FieldResolver(() => Municipality, { description: 'The adopting municipality.' })
  municipality(@Root() adoption: Adoption, @Ctx() ctx: RequestContext): Promise<Municipality | null> {
    return ctx.loaders.municipality.load(adoption.municipalityCode);
  }
}

@Resolver(() => AdoptionRegionRow)
export class AdoptionRegionRowResolver {
  @FieldResolver(() => Region)
  region(@Root() row: AdoptionRegionRow, @Ctx() ctx: RequestContext): Promise<Region | null> {
    return ctx.loaders.region.load(row.regionCode);
  }
}
