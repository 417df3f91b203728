import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { listCost } from '../../common/query-cost';
import { Municipality } from '../municipality/municipality.entity';
import { Consortium } from './consortium.entity';

// Here rather than in the municipality module, which the consortium module imports.
@Resolver(() => Municipality)
export class MunicipalityConsortiumFields {
  @FieldResolver(() => [Consortium], {
    description: 'Consortia it belongs to, as the caller may see them.',
    complexity: listCost(10),
  })
  consortia(@Root() municipality: Municipality, @Ctx() ctx: RequestContext): Promise<Consortium[]> {
    return ctx.loaders.consortiaOfMunicipality.load(municipality.code);
  }
}
