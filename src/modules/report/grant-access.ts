import { isLeadOfficial } from '../../auth/access';
import type { RequestContext } from '../../context';
import { badInput, forbidden, type Messages, notFound, records } from '../../common/errors';
import { parseId } from '../../common/ids';
import type { Award } from '../award/award.entity';

/**
 * The award a lead municipality's official acts on (submitting a payment request or a report): awards
 * are public, so an unknown id is NOT_FOUND and anyone but the lead's officials FORBIDDEN.
 */
export async function awardOfLead(ctx: RequestContext, awardId: string): Promise<Award> {
  const award = await ctx.loaders.award.load(parseId(awardId, 'awardId'));
  if (!award) throw notFound(records.award);
  if (!(await isLeadOfficial(ctx, award))) {
    throw forbidden({
      en: "Only officials of the project's lead municipality report on a grant and request its payment",
      fi: 'Vain hankkeen hallinnoijakunnan virkailijat raportoivat avustuksesta ja hakevat sen maksamista',
      sv: 'Endast tjänstemän i projektets huvudkommun rapporterar om ett understöd och ansöker om utbetalning',
    });
  }
  return award;
}

/** A required text, trimmed: BAD_USER_INPUT on `field`, with `messages`, when blank. */
export function requiredText(
  value: string | null | undefined,
  field: string,
  messages: Messages = {
    en: 'This text is required',
    fi: 'Tämä teksti on pakollinen',
    sv: 'Den här texten är obligatorisk',
  },
): string {
  const text = value?.trim() ?? '';
  if (text.length === 0) throw badInput(messages, field);
  return text;
}

/** The reason an administrator gives for returning a payment request or a report. */
export const returnReason = (reason: string) =>
  requiredText(reason, 'reason', {
    en: 'Give the reason for returning it',
    fi: 'Kerro palauttamisen syy',
    sv: 'Ange skälet till att den returneras',
  });
