import type { EntityManager } from 'typeorm';
import { Args, Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { maySeeApplicationContact, maySeeApplicationContent } from '../../auth/access';
import type { RequestContext } from '../../context';
import { LocalizedText } from '../../common/localized-text';
import type { Money } from '../../common/money';
import { PageArgs } from '../../common/pagination';
import { listCost } from '../../common/query-cost';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../common/scalars';
import { type HistoryField, historyFields, HistoryService, recordSnapshot } from '../audit/history.service';
import { HistoryEntryConnection } from '../audit/history.types';
import { Sector, Theme } from '../call/call.entity';
import { Consortium, ConsortiumMember, type ConsortiumRole } from '../consortium/consortium.entity';
import { Answer, Application } from './application.entity';
import { Budget, budgetOf, Contact, contactOf, MaturityAssessment, maturityOf } from './application.types';

/** The snapshot's JSON: everything the consortium submitted, as it stood at that second. */
interface SubmittedContent {
  referenceNumber: string | null;
  submittedAt: string;
  consortiumName: string | null;
  themeId: string | null;
  sector: Sector | null;
  /** Absent from snapshots taken before proposals had the choice. */
  allowPublication?: boolean;
  projectName: { fi: string | null; sv: string | null; en: string | null };
  summary: string | null;
  requestedAmount: Money;
  budget: Budget;
  projectStart: string | null;
  projectEnd: string | null;
  maturityAssessment: MaturityAssessment | null;
  contact: Contact;
  members: { municipalityCode: string; role: ConsortiumRole; position: number }[];
  answers: { questionId: string; text: string }[];
}

const SUBMITTED = { entityType: 'Application', action: 'submitApplication' };

/**
 * Takes the snapshot of an application as it is submitted, in the submission's transaction (after its
 * row was moved to SUBMITTED): the row, the consortium's name and members, and the answers.
 */
export async function recordSubmittedSnapshot(
  manager: EntityManager,
  ctx: RequestContext,
  application: Application,
): Promise<void> {
  const consortium = await manager.findOneBy(Consortium, { id: application.consortiumId });
  const members = await manager.find(ConsortiumMember, {
    where: { consortiumId: application.consortiumId },
    order: { position: 'ASC' },
  });
  const answers = await manager.find(Answer, {
    where: { applicationId: application.id },
    order: { questionId: 'ASC' },
  });
  const content: SubmittedContent = {
    referenceNumber: application.referenceNumber,
    submittedAt: (application.submittedAt ?? ctx.clock.now()).toISOString(),
    consortiumName: consortium?.name ?? null,
    themeId: application.themeId,
    sector: application.sector,
    allowPublication: application.allowPublication,
    projectName: {
      fi: application.projectName.fi,
      sv: application.projectName.sv,
      en: application.projectName.en,
    },
    summary: application.summary,
    requestedAmount: application.requestedAmount,
    budget: budgetOf(application),
    projectStart: application.projectStart,
    projectEnd: application.projectEnd,
    maturityAssessment: maturityOf(application),
    contact: contactOf(application),
    members: members.map(({ municipalityCode, role, position }) => ({ municipalityCode, role, position })),
    answers: answers.map(({ questionId, text }) => ({ questionId, text })),
  };
  await recordSnapshot(manager, ctx, { ...SUBMITTED, entityId: application.id }, content);
}

/**
 * An application exactly as submitted, kept however it changes later. The same field permissions as
 * the application's own: answers and the maturity assessment to its consortium, assigned reviewers and
 * administrators; the contact person to its consortium and administrators.
 */
@ObjectType({ description: 'An application exactly as it was submitted, however it has changed since.' })
export class SubmittedApplication {
  /** The application's id and consortium: what its field permissions are decided by. */
  id: string;

  consortiumId: string;

  themeId: string | null;

  memberRows: SubmittedContent['members'];

  answerRows: SubmittedContent['answers'];

  @Field(() => DateTimeScalar)
  submittedAt: Date;

  @Field(() => String, { nullable: true })
  referenceNumber: string | null;

  @Field(() => String, { nullable: true, description: "The consortium's name when it was submitted." })
  consortiumName: string | null;

  @Field(() => Sector, { nullable: true })
  sector: Sector | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "A proposal's choice to let its project name be published, as submitted; null for submissions recorded before the choice existed.",
  })
  allowPublication: boolean | null;

  @Field(() => LocalizedText)
  projectName: LocalizedText;

  @Field(() => String, { nullable: true })
  summary: string | null;

  @Field(() => DecimalScalar)
  requestedAmount: Money;

  @Field(() => Budget)
  budget: Budget;

  @Field(() => DateScalar, { nullable: true })
  projectStart: string | null;

  @Field(() => DateScalar, { nullable: true })
  projectEnd: string | null;

  @Field(() => MaturityAssessment, { nullable: true })
  maturityAssessment: MaturityAssessment | null;

  @Field(() => Contact, {
    nullable: true,
    description: 'Personal data: own consortium and administrators only.',
  })
  contact: Contact;

  static from(application: Application, json: string): SubmittedApplication {
    const content = JSON.parse(json) as SubmittedContent;
    return Object.assign(new SubmittedApplication(), {
      id: application.id,
      consortiumId: application.consortiumId,
      themeId: content.themeId,
      memberRows: content.members,
      answerRows: content.answers,
      submittedAt: new Date(content.submittedAt),
      referenceNumber: content.referenceNumber,
      consortiumName: content.consortiumName,
      sector: content.sector,
      allowPublication: content.allowPublication ?? null,
      projectName: LocalizedText.of(content.projectName),
      summary: content.summary,
      requestedAmount: content.requestedAmount,
      budget: content.budget,
      projectStart: content.projectStart,
      projectEnd: content.projectEnd,
      maturityAssessment: content.maturityAssessment,
      contact: content.contact,
    });
  }
}

@Resolver(() => SubmittedApplication)
export class SubmittedApplicationResolver {
  @FieldResolver(() => Theme, { nullable: true })
  async theme(@Root() submitted: SubmittedApplication, @Ctx() ctx: RequestContext): Promise<Theme | null> {
    return submitted.themeId ? ctx.loaders.theme.load(submitted.themeId) : null;
  }

  @FieldResolver(() => [ConsortiumMember], {
    // As Consortium.members.
    complexity: listCost(20),
    description: 'The consortium as it was when the application was submitted, lead first.',
  })
  members(@Root() submitted: SubmittedApplication): ConsortiumMember[] {
    return submitted.memberRows.map((member, index) =>
      Object.assign(new ConsortiumMember(), {
        id: `${submitted.id}:${index}`,
        consortiumId: submitted.consortiumId,
        ...member,
      }),
    );
  }

  @FieldResolver(() => [Answer], {
    complexity: listCost(10),
    description: 'The answers as submitted: own consortium, assigned reviewers, administrators.',
  })
  answers(@Root() submitted: SubmittedApplication): Answer[] {
    return submitted.answerRows.map((answer) =>
      Object.assign(new Answer(), { applicationId: submitted.id, ...answer }),
    );
  }
}

type ApplicationPermission = 'record' | 'content' | 'contact';

const field = (name: string, permission: ApplicationPermission = 'record') => ({ name, permission });

/**
 * The application's audited fields, by the name the audit log keeps, as the API names them and under
 * the permission of the API field. Not named (left out of every history): `proposalId`, which the API
 * shows only to whoever may see the proposal, and anything added later until someone decides.
 */
const applicationFields: Record<string, HistoryField<ApplicationPermission>> = {
  status: field('status'),
  referenceNumber: field('referenceNumber'),
  submittedAt: field('submittedAt'),
  rejectionReason: field('rejectionReason'),
  allowPublication: field('allowPublication'),
  themeId: field('theme'),
  sector: field('sector'),
  projectName: field('projectName'),
  summary: field('summary'),
  requestedAmount: field('requestedAmount'),
  budgetStaff: field('budget.staff'),
  budgetTravel: field('budget.travel'),
  budgetPremises: field('budget.premises'),
  budgetPurchasedServices: field('budget.purchasedServices'),
  budgetOther: field('budget.other'),
  totalBudget: field('totalBudget'),
  projectStart: field('projectStart'),
  projectEnd: field('projectEnd'),
  version: field('version'),
  maturityLevel: field('maturityAssessment.level', 'content'),
  maturityAssessedOn: field('maturityAssessment.assessedOn', 'content'),
  maturityNotes: field('maturityAssessment.notes', 'content'),
  answers: field('answers', 'content'),
  contactName: field('contact.name', 'contact'),
  contactEmail: field('contact.email', 'contact'),
  contactPhone: field('contact.phone', 'contact'),
};
const applicationPrefixes = { 'answer:': field('answers.', 'content') };

/** `asSubmitted` and `history` of an application the caller may see (the parent was given to them). */
@Resolver(() => Application)
export class ApplicationHistoryFields {
  @FieldResolver(() => SubmittedApplication, {
    nullable: true,
    description:
      'The application exactly as submitted (the latest submission); null before it is submitted and for records kept from before this service.',
  })
  async asSubmitted(
    @Root() application: Application,
    @Ctx() ctx: RequestContext,
  ): Promise<SubmittedApplication | null> {
    const snapshot = await ctx.loaders
      .latestSnapshotOf(SUBMITTED.entityType, SUBMITTED.action)
      .load(application.id);
    return snapshot ? SubmittedApplication.from(application, snapshot.content) : null;
  }

  @FieldResolver(() => HistoryEntryConnection, {
    description:
      'Changes over time from the audit log, oldest first; each field as the caller may read it on the application.',
  })
  async history(
    @Root() application: Application,
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
  ): Promise<HistoryEntryConnection> {
    const [content, contact] = await Promise.all([
      maySeeApplicationContent(ctx, application),
      maySeeApplicationContact(ctx, application),
    ]);
    const granted = new Set<ApplicationPermission>(['record']);
    if (content) granted.add('content');
    if (contact) granted.add('contact');
    const show = historyFields(applicationFields, applicationPrefixes, granted);
    return HistoryEntryConnection.from(
      await new HistoryService(ctx).of({ entityType: 'Application' }, application.id, page, show),
    );
  }
}
