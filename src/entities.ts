import { Adoption, AdoptionTally } from './modules/adoption/adoption.entity';
import {
  PartnerOffer,
  PartnerSearch,
  Workshop,
  WorkshopInvitation,
  WorkshopParticipant,
} from './modules/workshop/workshop.entity';
import { AuditEvent } from './modules/audit/audit-event.entity';
import { RecordSnapshot } from './modules/audit/record-snapshot.entity';
import { Answer, Application } from './modules/application/application.entity';
import { FundingTally } from './modules/application/funding-tally.entity';
import { Award } from './modules/award/award.entity';
import { AwardSource } from './modules/award/award-source.entity';
import {
  PublishedDecision,
  PublishedDecisionRecipient,
  PublishedDecisionSource,
} from './modules/award/published-decision.entity';
import { Call, CallCondition, Criterion, Question, Theme } from './modules/call/call.entity';
import { CallSource } from './modules/call/call-source.entity';
import { ChangeRequest } from './modules/change-request/change-request.entity';
import { Consortium, ConsortiumMember } from './modules/consortium/consortium.entity';
import { Document } from './modules/document/document.entity';
import { CriterionScore, Evaluation, ReviewAssignment } from './modules/evaluation/evaluation.entity';
import { Municipality, MunicipalityPopulation } from './modules/municipality/municipality.entity';
import { Region } from './modules/region/region.entity';
import { Source } from './modules/source/source.entity';
import { User } from './modules/user/user.entity';
import { Report } from './modules/report/report.entity';
import { PaymentRequest } from './modules/payment/payment-request.entity';

/** Every table the service owns. */
export const entities = [
  Region,
  Municipality,
  MunicipalityPopulation,
  Call,
  Theme,
  Criterion,
  Question,
  CallCondition,
  User,
  Consortium,
  ConsortiumMember,
  Application,
  Answer,
  FundingTally,
  ReviewAssignment,
  Evaluation,
  CriterionScore,
  Award,
  AuditEvent,
  Source,
  Adoption,
  AdoptionTally,
  Workshop,
  WorkshopInvitation,
  WorkshopParticipant,
  PartnerSearch,
  PartnerOffer,
  CallSource,
  RecordSnapshot,
  AwardSource,
  PublishedDecision,
  PublishedDecisionRecipient,
  PublishedDecisionSource,
  ChangeRequest,
  Report,
  PaymentRequest,
  Document,
];
