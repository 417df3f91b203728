import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { parseId } from '../../common/ids';
import { listCost } from '../../common/query-cost';
import { Municipality } from '../municipality/municipality.entity';
import { Consortium, ConsortiumMember } from './consortium.entity';
import { CreateConsortiumInput, UpdateConsortiumInput } from './consortium.inputs';
import { ConsortiumService } from './consortium.service';

@Resolver(() => Consortium)
export class ConsortiumResolver {
  @Query(() => Consortium, {
    nullable: true,
    description: 'A consortium the caller may see; otherwise null.',
  })
  consortium(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Consortium | null> {
    return ctx.loaders.consortium.load(parseId(id));
  }

  @Mutation(() => Consortium, {
    description: 'Applicants: a consortium led by a municipality the caller acts for.',
  })
  createConsortium(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateConsortiumInput) input: CreateConsortiumInput,
  ): Promise<Consortium> {
    return new ConsortiumService(ctx).create(input);
  }

  @Mutation(() => Consortium, {
    description:
      'Officials of the lead municipality: renames the consortium or changes its members and partners.',
  })
  updateConsortium(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateConsortiumInput) input: UpdateConsortiumInput,
    @Arg('expectedVersion', () => Int, {
      nullable: true,
      description: 'A stale version is VERSION_CONFLICT.',
    })
    expectedVersion?: number | null,
  ): Promise<Consortium> {
    return new ConsortiumService(ctx).update(id, expectedVersion, input);
  }

  @FieldResolver(() => Municipality, { description: 'The project administrator, to whom the grant is paid.' })
  lead(@Root() consortium: Consortium, @Ctx() ctx: RequestContext): Promise<Municipality | null> {
    return ctx.loaders.municipality.load(consortium.leadCode);
  }

  @FieldResolver(() => [ConsortiumMember], {
    description: 'The lead first, then the members.',
    complexity: listCost(20),
  })
  members(@Root() consortium: Consortium, @Ctx() ctx: RequestContext): Promise<ConsortiumMember[]> {
    return ctx.loaders.membersOfConsortium.load(consortium.id);
  }
}

@Resolver(() => ConsortiumMember)
export class ConsortiumMemberResolver {
  @FieldResolver(() => Municipality)
  municipality(@Root() member: ConsortiumMember, @Ctx() ctx: RequestContext): Promise<Municipality | null> {
    return ctx.loaders.municipality.load(member.municipalityCode);
  }
}
