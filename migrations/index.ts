import { InitialSchema1764000000000 } from './1764000000000-initial-schema';
import { ApplicationRejectionReason1764000000001 } from './1764000000001-application-rejection-reason';
import { UserSubjectExact1764000000002 } from './1764000000002-user-subject-exact';
import { LongTextsMediumText1764000000003 } from './1764000000003-long-texts-mediumtext';
import { PublicRecord1764000000004 } from './1764000000004-public-record';
import { MunicipalityGenitive1764000000005 } from './1764000000005-municipality-genitive';
import { ListIndexes1764000000100 } from './1764000000100-list-indexes';
import { FundingTallies1764000000200 } from './1764000000200-funding-tallies';
import { MunicipalityBusinessId1764000000300 } from './1764000000300-municipality-business-id';
import { FirstSubmission1764000000400 } from './1764000000400-first-submission';
import { GrantTerms1765000000000 } from './1765000000000-grant-terms';
import { GrantMoney1765000000100 } from './1765000000100-grant-money';
import { GrantMoneyTallies1765000000110 } from './1765000000110-grant-money-tallies';
import { ChangeRequests1765000000200 } from './1765000000200-change-requests';
import { Documents1765000000300 } from './1765000000300-documents';
import { EvaluationVoiding1766000000100 } from './1766000000100-evaluation-voiding';
import { RecordSnapshots1766000000110 } from './1766000000110-record-snapshots';
import { Adoptions1766000000200 } from './1766000000200-adoptions';
import { Workshops1767000000000 } from './1767000000000-workshops';
import { OverlapSearch1766000000210 } from './1766000000210-overlap-search';

/** Every migration, oldest first. */
export const migrations = [
  InitialSchema1764000000000,
  ApplicationRejectionReason1764000000001,
  UserSubjectExact1764000000002,
  LongTextsMediumText1764000000003,
  PublicRecord1764000000004,
  MunicipalityGenitive1764000000005,
  ListIndexes1764000000100,
  FundingTallies1764000000200,
  MunicipalityBusinessId1764000000300,
  FirstSubmission1764000000400,
  GrantTerms1765000000000,
  GrantMoney1765000000100,
  GrantMoneyTallies1765000000110,
  ChangeRequests1765000000200,
  Documents1765000000300,
  EvaluationVoiding1766000000100,
  RecordSnapshots1766000000110,
  Adoptions1766000000200,
  OverlapSearch1766000000210,
  Workshops1767000000000,
];
