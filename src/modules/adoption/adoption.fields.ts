import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { PageArgs } from '../../common/pagination';
import { Award } from '../award/award.entity';
import { Municipality } from '../municipality/municipality.entity';
import { AdoptionConnection } from './adoption.inputs';
import { AdoptionService } from './adoption.service';

// The adoptions of an award or a municipality live here, so that the adoption module imports those
// modules and none of them imports this one.

@Resolver(() => Award)
export class AwardAdoptionFields {
  @FieldResolver(() => AdoptionConnection, {
    description:
      "Municipalities that adopted the project's result, newest first: the confirmed ones, and to the project's and the adopters' officials also those pending or declined.",
  })
  async adoptions(
    @Root() award: Award,
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
  ): Promise<AdoptionConnection> {
    return AdoptionConnection.from(await new AdoptionService(ctx).ofParent('Award', award.id, page));
  }
}

@Resolver(() => Municipality)
export class MunicipalityAdoptionFields {
  @FieldResolver(() => AdoptionConnection, {
    description:
      "Results of funded projects it adopted, newest first: the confirmed ones, and to its own and the projects' officials also those pending or declined.",
  })
  async adoptedResults(
    @Root() municipality: Municipality,
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
  ): Promise<AdoptionConnection> {
    return AdoptionConnection.from(
      await new AdoptionService(ctx).ofParent('Municipality', municipality.code, page),
    );
  }
}
