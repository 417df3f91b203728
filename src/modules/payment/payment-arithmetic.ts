import { floorShare, fromCents, type Money, toCents } from '../../common/money';

/**
 * What an approval pays, exactly (bigint cents, never a float). The grant covers at most `share` of the
 * approved eligible costs, rounded down to the cent (State Grants Act 688/2001, decree 893/2019 § 4:
 * 85 %), and never more than the granted maximum:
 *
 *   entitled = min(granted, floor_to_cent(share × approved costs))
 *   payable  = max(0, entitled − paid so far)
 *
 * For an installment the approved costs are every approved installment's, this one included; for the
 * final request they are its own (it states the whole project's costs), and what was paid beyond the
 * entitlement becomes a recovery claim, while the part of the grant never paid returns to the call.
 */
export interface Settlement {
  /** The most the grant covers on the approved costs. */
  entitled: Money;
  /** Paid by this approval. */
  payable: Money;
  /** Paid in all after this approval. */
  paidAfter: Money;
  /** On the final request: paid beyond the entitlement, to be claimed back; otherwise 0. */
  recoveryClaim: Money;
  /** On the final request: the grant never paid (granted − paid in all), back to the appropriation. */
  returned: Money;
}

export function settle(input: {
  granted: Money;
  share: number;
  approvedCosts: Money;
  paidSoFar: Money;
  final: boolean;
}): Settlement {
  const ceiling = toCents(floorShare(input.approvedCosts, input.share));
  const granted = toCents(input.granted);
  const entitled = ceiling < granted ? ceiling : granted;
  const paid = toCents(input.paidSoFar);
  const payable = entitled > paid ? entitled - paid : 0n;
  const paidAfter = paid + payable;
  return {
    entitled: fromCents(entitled),
    payable: fromCents(payable),
    paidAfter: fromCents(paidAfter),
    recoveryClaim: fromCents(input.final && paid > entitled ? paid - entitled : 0n),
    returned: fromCents(input.final ? granted - paidAfter : 0n),
  };
}
