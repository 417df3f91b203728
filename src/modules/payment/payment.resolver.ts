import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import type { Money } from '../../common/money';
import { listCost } from '../../common/query-cost';
import { DecimalScalar } from '../../common/scalars';
import { Award } from '../award/award.entity';
import { Document } from '../document/document.entity';
import { PAYMENT_REQUEST_OWNER } from './payment-documents';
import { CostBreakdown, costsOf, PaymentRequest } from './payment-request.entity';
import { ApprovePaymentRequestInput, PaymentRequestInput } from './payment.inputs';
import { PaymentService } from './payment.service';

@Resolver(() => PaymentRequest)
export class PaymentRequestResolver {
  @Mutation(() => PaymentRequest, {
    description:
      'Officials of the award\'s lead municipality: requests payment of the grant\'s share of costs incurred (see README "Payment requests").',
  })
  submitPaymentRequest(
    @Ctx() ctx: RequestContext,
    @Arg('awardId', () => ID) awardId: string,
    @Arg('input', () => PaymentRequestInput) input: PaymentRequestInput,
  ): Promise<PaymentRequest> {
    return new PaymentService(ctx).submit(awardId, input);
  }

  @Mutation(() => PaymentRequest, {
    description:
      "Officials of the award's lead municipality: amends a RETURNED request and submits it again.",
  })
  resubmitPaymentRequest(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => PaymentRequestInput) input: PaymentRequestInput,
  ): Promise<PaymentRequest> {
    return new PaymentService(ctx).resubmit(id, input);
  }

  @Mutation(() => PaymentRequest, {
    description:
      'Administrators: approves the eligible costs (at most those claimed) and pays min(grantedAmount, maxGrantShare × approved costs, to the cent down) less what was paid.',
  })
  approvePaymentRequest(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ApprovePaymentRequestInput) input: ApprovePaymentRequestInput,
  ): Promise<PaymentRequest> {
    return new PaymentService(ctx).approve(id, input);
  }

  @Mutation(() => PaymentRequest, {
    description: 'Administrators: sends a submitted request back with a reason.',
  })
  returnPaymentRequest(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
  ): Promise<PaymentRequest> {
    return new PaymentService(ctx).returnRequest(id, reason);
  }

  @Mutation(() => Award, { description: 'Administrators: money of a recovery claim that came back.' })
  recordRecovery(
    @Ctx() ctx: RequestContext,
    @Arg('awardId', () => ID) awardId: string,
    @Arg('amount', () => DecimalScalar) amount: Money,
  ): Promise<Award> {
    return new PaymentService(ctx).recordRecovery(awardId, amount);
  }

  @FieldResolver(() => CostBreakdown, { description: 'The costs claimed, VAT excluded.' })
  claimedCosts(@Root() request: PaymentRequest): CostBreakdown {
    return costsOf(request, 'claimed')!;
  }

  @FieldResolver(() => CostBreakdown, {
    nullable: true,
    description: 'The costs approved; null until approved.',
  })
  approvedCosts(@Root() request: PaymentRequest): CostBreakdown | null {
    return costsOf(request, 'approved');
  }

  @FieldResolver(() => [Document], {
    // Ledger extracts and a few annexes.
    complexity: listCost(10),
    description:
      'Its attachments (ledger extracts, annexes), oldest first. Upload with POST /documents (ownerType PAYMENT_REQUEST).',
  })
  documents(@Root() request: PaymentRequest, @Ctx() ctx: RequestContext): Promise<Document[]> {
    return ctx.loaders.documentsOf(PAYMENT_REQUEST_OWNER).load(request.id);
  }

  @FieldResolver(() => Award)
  async award(@Root() request: PaymentRequest, @Ctx() ctx: RequestContext): Promise<Award | null> {
    return ctx.loaders.award.load(request.awardId);
  }
}

@Resolver(() => Award)
export class AwardPaymentFields {
  @FieldResolver(() => [PaymentRequest], {
    description:
      "The award's payment requests in order; the consortium's officials and administrators only (others get none).",
    // Installments: a few a year over a project of two or three years.
    complexity: listCost(20),
  })
  paymentRequests(@Root() award: Award, @Ctx() ctx: RequestContext): Promise<PaymentRequest[]> {
    return ctx.loaders.paymentRequestsOfAward.load(award.id);
  }
}
