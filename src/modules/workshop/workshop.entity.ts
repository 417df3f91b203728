import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { EnumColumn, IdColumn, InstantColumn, LongTextColumn } from '../../common/columns';
import { LocalizedName, LocalizedText } from '../../common/localized-text';
import { DateTimeScalar } from '../../common/scalars';
import { Application } from '../application/application.entity';
import { Call } from '../call/call.entity';
import { Municipality } from '../municipality/municipality.entity';

export enum WorkshopInvitationStatus {
  INVITED = 'INVITED',
  REGISTERED = 'REGISTERED',
  DECLINED = 'DECLINED',
  ATTENDED = 'ATTENDED',
  NO_SHOW = 'NO_SHOW',
}
registerEnumType(WorkshopInvitationStatus, {
  name: 'WorkshopInvitationStatus',
  description:
    "An invited proposal's answer to a workshop: INVITED, then REGISTERED (with its participants) or DECLINED by the consortium's officials until registration closes; after the workshop has started an administrator records a REGISTERED one as ATTENDED or NO_SHOW.",
});

export enum PartnerOfferStatus {
  OFFERED = 'OFFERED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  JOINED = 'JOINED',
}
registerEnumType(PartnerOfferStatus, {
  name: 'PartnerOfferStatus',
  description:
    "A municipality's offer to join a proposal looking for partners: OFFERED, then ACCEPTED or DECLINED by the officials of the proposal's lead municipality; an ACCEPTED one becomes JOINED when an administrator invites the proposal into the application call, whose application the municipality then takes part in.",
});

/** A workshop of a two-stage call (2019: 27 September), where proposers develop ideas and find partners. */
@Entity('workshop')
@Index('IDX_workshop_call_starts', ['callId', 'startsAt'])
@ObjectType({
  description:
    "A workshop of a PROPOSAL call for those who submitted proposals: when and where it is held, and who was invited. Public with its call; the invitations are seen only by the invited consortium's officials and administrators.",
})
export class Workshop {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  callId: string;

  @ManyToOne(() => Call, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'callId', foreignKeyConstraintName: 'FK_workshop_call' })
  call?: Call;

  @Field(() => LocalizedText)
  @Column(() => LocalizedName, { prefix: 'title' })
  title: LocalizedName;

  @Field(() => DateTimeScalar, {
    description: 'When it starts, in UTC (see startsAtLocal for Helsinki time).',
  })
  @InstantColumn()
  startsAt: Date;

  @Field(() => String, { nullable: true, description: 'Where it is held; null for an online-only workshop.' })
  @Column({ type: 'varchar', length: 255, nullable: true })
  place: string | null;

  @Field({ description: 'Whether one can take part online.' })
  @Column({ type: 'boolean', default: false })
  online: boolean;

  @Field(() => DateTimeScalar, {
    description:
      'Registrations and declines are accepted until this instant (given as Helsinki wall-clock time), not at it.',
  })
  @InstantColumn()
  registrationClosesAt: Date;

  @IdColumn({ nullable: true })
  createdById: string | null;

  @InstantColumn()
  createdAt: Date;

  @InstantColumn()
  updatedAt: Date;
}

/** One invited proposal's invitation to a workshop. */
@Entity('workshop_invitation')
@Index('UQ_workshop_invitation_proposal', ['workshopId', 'applicationId'], { unique: true })
@Index('IDX_workshop_invitation_application', ['applicationId'])
@ObjectType({
  description:
    "A proposal's invitation to a workshop: seen only by the officials of the proposal's consortium and administrators.",
})
export class WorkshopInvitation {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  workshopId: string;

  @ManyToOne(() => Workshop, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'workshopId', foreignKeyConstraintName: 'FK_workshop_invitation_workshop' })
  workshop?: Workshop;

  /** The invited proposal. */
  @IdColumn()
  applicationId: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'applicationId', foreignKeyConstraintName: 'FK_workshop_invitation_application' })
  application?: Application;

  @Field(() => WorkshopInvitationStatus)
  @EnumColumn()
  status: WorkshopInvitationStatus;

  @Field(() => DateTimeScalar)
  @InstantColumn()
  invitedAt: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the consortium last registered or declined.',
  })
  @InstantColumn({ nullable: true })
  respondedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When an administrator recorded attendance.' })
  @InstantColumn({ nullable: true })
  attendanceRecordedAt: Date | null;

  @InstantColumn()
  updatedAt: Date;
}

/** A person a consortium registered for a workshop: personal data. */
@Entity('workshop_participant')
@Index('IDX_workshop_participant_invitation', ['invitationId', 'position'])
@ObjectType({ description: 'A person registered for a workshop. Personal data.' })
export class WorkshopParticipant {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  invitationId: string;

  @ManyToOne(() => WorkshopInvitation, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'invitationId', foreignKeyConstraintName: 'FK_workshop_participant_invitation' })
  invitation?: WorkshopInvitation;

  @Field()
  @Column({ type: 'varchar', length: 255 })
  name: string;

  @Field({ description: 'The person\'s role or title ("IT manager").' })
  @Column({ type: 'varchar', length: 255 })
  role: string;

  @Column({ type: 'integer' })
  position: number;
}

/** A proposal's wish for partners: while open, signed-in applicants find it in `Call.partnerSearches`. */
@Entity('partner_search')
@Index('UQ_partner_search_application', ['applicationId'], { unique: true })
export class PartnerSearch {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  applicationId: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'applicationId', foreignKeyConstraintName: 'FK_partner_search_application' })
  application?: Application;

  @LongTextColumn()
  wish: string;

  /** Null while the proposal is looking for partners. */
  @InstantColumn({ nullable: true })
  closedAt: Date | null;

  @IdColumn({ nullable: true })
  flaggedById: string | null;

  @InstantColumn()
  createdAt: Date;

  @InstantColumn()
  updatedAt: Date;
}

/** A municipality's offer to join a proposal that is looking for partners. */
@Entity('partner_offer')
@Index('UQ_partner_offer_proposal_municipality', ['applicationId', 'municipalityCode'], { unique: true })
@Index('IDX_partner_offer_municipality', ['municipalityCode'])
@ObjectType({
  description:
    "A municipality's offer to join a proposal looking for partners: seen by the offering municipality's officials, the officials of the proposal's consortium and administrators.",
})
export class PartnerOffer {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** The proposal. */
  @IdColumn()
  applicationId: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'applicationId', foreignKeyConstraintName: 'FK_partner_offer_application' })
  application?: Application;

  @Column({ type: 'varchar', length: 3 })
  municipalityCode: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'municipalityCode', foreignKeyConstraintName: 'FK_partner_offer_municipality' })
  municipality?: Municipality;

  @Field(() => PartnerOfferStatus)
  @EnumColumn()
  status: PartnerOfferStatus;

  @IdColumn({ nullable: true })
  offeredById: string | null;

  @Field(() => DateTimeScalar)
  @InstantColumn()
  createdAt: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When the proposal's lead accepted or declined it.",
  })
  @InstantColumn({ nullable: true })
  decidedAt: Date | null;

  @IdColumn({ nullable: true })
  decidedById: string | null;

  /** The application the municipality joined (JOINED), created by `inviteProposal`. */
  @IdColumn({ nullable: true })
  joinedApplicationId: string | null;

  @InstantColumn()
  updatedAt: Date;
}

/** The partner-search view of a proposal: what signed-in applicants may read, not the application. */
@ObjectType('PartnerSearch', {
  description:
    "A proposal looking for partners, as signed-in applicants see it: its project name, lead municipality, theme and the partner it seeks — not the proposal itself, which stays its consortium's.",
})
export class PartnerSearchView {
  /** The proposal's id, for offering to join it. */
  @Field(() => ID, { description: "The proposal's id (offerToJoinProposal takes it)." })
  proposalId: string;

  callId: string;

  @Field(() => LocalizedText)
  projectName: LocalizedText;

  leadCode: string;

  themeId: string | null;

  @Field({ description: "What kind of partner the proposal seeks, in its officials' words." })
  wish: string;

  @Field(() => DateTimeScalar, { description: 'When the proposal was flagged (or its wish last changed).' })
  updatedAt: Date;
}
