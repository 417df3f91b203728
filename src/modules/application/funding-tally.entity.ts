import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Call } from '../call/call.entity';

/** A whole number of cents: exact on both engines (SQLite keeps DECIMAL as a float, and sums drift). */
const CentsColumn = () =>
  Column({
    type: 'bigint',
    default: 0,
    transformer: {
      to: (value: number | undefined) => value,
      from: (value: unknown) => (value === null || value === undefined ? 0 : Number(value)),
    },
  });

const CountColumn = () => Column({ type: 'integer', default: 0 });

/**
 * Running totals behind the call and funding statistics, so that they are read in time constant in the
 * number of applications: one row per call, municipality, its role in the consortium and theme.
 * Every application counts once in its lead's row (role LEAD) and once in each member's row (MEMBER);
 * a published decision likewise in its lead's row (municipality '' where the publication names none)
 * and in each other recipient's. The theme is '' where there is none. Written only by funding-tallies.ts,
 * in the transaction of the write that changes the figures; test/funding-tallies.test.ts recounts them.
 */
@Entity('funding_tally')
@Index('IDX_funding_tally_municipality', ['municipalityCode'])
export class FundingTally {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  callId: string;

  @ManyToOne(() => Call, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'callId', foreignKeyConstraintName: 'FK_funding_tally_call' })
  call?: Call;

  @PrimaryColumn({ type: 'varchar', length: 3 })
  municipalityCode: string;

  /** LEAD or MEMBER (ConsortiumRole). */
  @PrimaryColumn({ type: 'varchar', length: 32 })
  role: string;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  themeId: string;

  /** Applications submitted (as call statistics count them: a draft withdrawn unsubmitted is not). */
  @CountColumn()
  applicationsSubmitted: number;

  @CountColumn()
  applicationsAwarded: number;

  @CentsColumn()
  requestedCents: number;

  /** Awards recorded in this service, and their granted amounts. */
  @CountColumn()
  awards: number;

  @CentsColumn()
  grantedCents: number;

  /** Grants as the ministry published them (published_decision), with or without an award here. */
  @CountColumn()
  publishedGrants: number;

  @CountColumn()
  publishedGrantsWithoutAmount: number;

  @CentsColumn()
  publishedCents: number;

  /** Of the published grants, those with no award recorded here (2018). */
  @CountColumn()
  unrecordedGrants: number;

  @CountColumn()
  unrecordedGrantsWithoutAmount: number;

  @CentsColumn()
  unrecordedCents: number;

  /** The awards' money after the decision: paid, returned to the call, claimed back, recovered. */
  @CentsColumn()
  paidCents: number;

  @CentsColumn()
  returnedCents: number;

  @CentsColumn()
  recoveryClaimCents: number;

  @CentsColumn()
  recoveredCents: number;
}

/** The counters of a tally row, in the order the SQL of funding-tallies.ts lists them. */
export const tallyCounters = [
  'applicationsSubmitted',
  'applicationsAwarded',
  'requestedCents',
  'awards',
  'grantedCents',
  'publishedGrants',
  'publishedGrantsWithoutAmount',
  'publishedCents',
  'unrecordedGrants',
  'unrecordedGrantsWithoutAmount',
  'unrecordedCents',
  'paidCents',
  'returnedCents',
  'recoveryClaimCents',
  'recoveredCents',
] as const satisfies readonly (keyof FundingTally)[];

export type TallyCounter = (typeof tallyCounters)[number];
