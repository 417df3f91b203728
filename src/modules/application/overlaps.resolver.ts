import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { foundRows } from '../../loaders';
import { listCost } from '../../common/query-cost';
import { Application } from './application.entity';
import { ApplicationOverlap, OVERLAPS_MAX } from './overlaps';

@Resolver(() => Application)
export class ApplicationOverlapFields {
  @FieldResolver(() => [ApplicationOverlap], {
    complexity: listCost(OVERLAPS_MAX),
    description: `Assigned reviewers and administrators: other applications and projects that overlap with this one (the same municipalities, theme and period; or a similar text in the same round), at most ${OVERLAPS_MAX}, the strongest first. Only those the caller may see are listed: one the caller may not see is left out entirely, not even counted.`,
  })
  async overlaps(
    @Root() application: Application,
    @Ctx() ctx: RequestContext,
  ): Promise<ApplicationOverlap[]> {
    const overlaps = await ctx.loaders.overlapsOfApplication.load(application);
    // The caller's row visibility, in SQL, through the same loader as every other path to an application.
    const visible = foundRows(
      await ctx.loaders.application.loadMany(overlaps.map((overlap) => overlap.applicationId)),
    );
    const byId = new Map(visible.map((row) => [row.id, row]));
    return overlaps
      .filter((overlap) => byId.has(overlap.applicationId))
      .slice(0, OVERLAPS_MAX)
      .map((overlap) =>
        Object.assign(new ApplicationOverlap(), overlap, { application: byId.get(overlap.applicationId) }),
      );
  }
}

@Resolver(() => ApplicationOverlap)
export class ApplicationOverlapResolver {
  @FieldResolver(() => Application)
  application(@Root() overlap: ApplicationOverlap): Application {
    return overlap.application;
  }
}
