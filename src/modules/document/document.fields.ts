import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { listCost } from '../../common/query-cost';
import { Award } from '../award/award.entity';
import { AWARD_OWNER } from './award-documents';
import { Document, DocumentKind, documentUrl } from './document.entity';

// An award's documents live here, so that the document module imports the award module and not the
// reverse. Who may read them is the permissions map's (Award.documents, Award.hasAgreement).

@Resolver(() => Award)
export class AwardDocumentFields {
  @FieldResolver(() => [Document], {
    nullable: true,
    // The agreement and a few annexes.
    complexity: listCost(10),
    description:
      "The grant's documents (the agreement between the implementers, annexes), oldest first: for the officials of the consortium's municipalities and administrators; FORBIDDEN (and null) to anyone else. Upload with POST /awards/{id}/documents.",
  })
  documents(@Root() award: Award, @Ctx() ctx: RequestContext): Promise<Document[]> {
    return ctx.loaders.documentsOf(AWARD_OWNER).load(award.id);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Whether the agreement between the implementers (decree 893/2019 § 3) is on record, which the first payment needs. Seen as documents are; null (FORBIDDEN) to anyone else.',
  })
  async hasAgreement(@Root() award: Award, @Ctx() ctx: RequestContext): Promise<boolean> {
    const documents = await ctx.loaders.documentsOf(AWARD_OWNER).load(award.id);
    return documents.some((document) => document.kind === DocumentKind.AGREEMENT);
  }
}

@Resolver(() => Document)
export class DocumentFields {
  @FieldResolver(() => String, {
    description:
      "Where to download the bytes (GET, with the same bearer token), relative to the service's origin.",
  })
  url(@Root() document: Document): string {
    return documentUrl(document);
  }
}
