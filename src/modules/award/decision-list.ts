import { Field, ObjectType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { type LocalizedText } from '../../common/localized-text';
import { Language } from '../../common/language';
import { formatEuros, type Money, moneyFromDatabase } from '../../common/money';
import { Application } from '../application/application.entity';
import type { Call } from '../call/call.entity';
import { Consortium } from '../consortium/consortium.entity';
import { Municipality, MunicipalityKind } from '../municipality/municipality.entity';
import { Award } from './award.entity';
import { PublishedDecision, PublishedDecisionRecipient } from './published-decision.entity';

/** A municipality as a decision names it. */
export interface DecisionParty {
  name: LocalizedText;
  /** The Finnish name in the genitive, from the municipality's row; null where it is not known. */
  genitiveFi: string | null;
  kind: MunicipalityKind;
}

/** One grant as the press release states it. */
export interface DecisionEntry {
  leadName: LocalizedText;
  leadGenitiveFi: string | null;
  leadKind: MunicipalityKind;
  amount: Money;
  projectName: LocalizedText;
}

/** A grant published without an amount (2018): its recipients, the lead first. */
export interface UnpricedDecisionEntry {
  recipients: DecisionParty[];
}

@ObjectType({ description: "A call's grant decisions worded as the ministry's press release words them." })
export class DecisionList {
  @Field(() => Language)
  language: Language;

  @Field({ description: 'The whole list as a Markdown document.' })
  text: string;

  @Field(() => [String], { description: 'One sentence per grant, in the order of the published list.' })
  items: string[];
}

const swedishKind: Record<MunicipalityKind, string> = {
  CITY: 'stad',
  MUNICIPALITY: 'kommun',
  JOINT_AUTHORITY: 'samkommun',
};

const finnishKind: Record<MunicipalityKind, string> = {
  CITY: 'kaupunki',
  MUNICIPALITY: 'kunta',
  JOINT_AUTHORITY: 'kuntayhtymä',
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Alavo stad", "Hollola kommun": the Swedish name, then its kind unless the name already ends in it. */
export function swedishParty(name: LocalizedText, municipalityKind: MunicipalityKind): string {
  const text = name.sv ?? name.fi ?? '';
  const kind = swedishKind[municipalityKind];
  return text.toLowerCase().endsWith(kind) ? text : `${text} ${kind}`;
}

/** "Alavuden kaupunki", or "Kaupunki X" where the data has no genitive for the name. */
export function finnishParty(
  name: LocalizedText,
  genitive: string | null,
  municipalityKind: MunicipalityKind,
): string {
  const text = name.fi ?? name.sv ?? '';
  const kind = finnishKind[municipalityKind];
  if (text.toLowerCase().endsWith(kind)) return text;
  return genitive ? `${genitive} ${kind}` : `${capitalise(kind)} ${text}`;
}

/** "Alavo stad och de övriga kommuner som nämns i ansökan beviljas högst 68 000 euro för projektet …" */
function swedishDecision(entry: DecisionEntry): string {
  const subject = swedishParty(entry.leadName, entry.leadKind);
  const { fi, sv } = entry.projectName;
  let purpose = '';
  if (fi && sv) purpose = ` för projektet ${fi} (${sv})`;
  else if (fi) purpose = ` för projektet ${fi}`;
  // Where the release names no project it says what the money is for: "för utveckling av …".
  else if (sv) purpose = /^\p{Ll}/u.test(sv) ? ` för ${sv}` : ` för projektet ${sv}`;
  return `${subject} och de övriga kommuner som nämns i ansökan beviljas högst ${formatEuros(entry.amount)} euro${purpose}.`;
}

/** "Alavuden kaupunki ja muut hakemuksessa mainitut kunnat saavat enintään 68 000 euroa hankkeeseen …" */
function finnishDecision(entry: DecisionEntry): string {
  const subject = finnishParty(entry.leadName, entry.leadGenitiveFi, entry.leadKind);
  const { fi, sv } = entry.projectName;
  // A project known only by its Swedish description is quoted as such rather than passed off as Finnish.
  const purpose = fi ? ` hankkeeseen ${fi}` : sv ? ` hankkeeseen (ruotsiksi: ${sv})` : '';
  return `${subject} ja muut hakemuksessa mainitut kunnat saavat enintään ${formatEuros(entry.amount)} euroa${purpose}.`;
}

/** "Hollola kommun beviljas understöd; beloppet har inte publicerats." Never an invented amount. */
function swedishUnpricedDecision(entry: UnpricedDecisionEntry): string {
  const parties = entry.recipients.map((party) => swedishParty(party.name, party.kind));
  if (parties.length === 1) return `${parties[0]} beviljas understöd; beloppet har inte publicerats.`;
  const named = `${parties.slice(0, -1).join(', ')} och ${parties.at(-1)}`;
  return `${named} beviljas understöd för ett samprojekt; beloppet har inte publicerats.`;
}

/** "Hollolan kunta saa avustusta; määrää ei ole julkaistu." */
export function finnishUnpricedDecision(entry: UnpricedDecisionEntry): string {
  const parties = entry.recipients.map((party) => finnishParty(party.name, party.genitiveFi, party.kind));
  if (parties.length === 1) return `${parties[0]} saa avustusta; määrää ei ole julkaistu.`;
  const named = `${parties.slice(0, -1).join(', ')} ja ${parties.at(-1)}`;
  return `${named} saavat avustusta yhteishankkeeseen; määrää ei ole julkaistu.`;
}

const headings: Record<'SV' | 'FI', { title: string; decided: string; none: string }> = {
  SV: { title: 'Understödda projekt', decided: 'Beslut', none: 'Inga understöd har beviljats.' },
  FI: { title: 'Tuetut hankkeet', decided: 'Päätös', none: 'Avustuksia ei ole myönnetty.' },
};

/** "2020-12-11" → "11.12.2020", the way both languages write a date. */
const finnishDate = (date: string) => {
  const [year, month, day] = date.split('-');
  return `${Number(day)}.${Number(month)}.${year}`;
};

/**
 * The decision list of a call in Swedish or Finnish (English has no official wording; Swedish stands in):
 * the recorded awards, then the grants published without an amount.
 */
export function renderDecisionList(
  call: Call,
  { awarded, unpriced }: DecisionEntries,
  language: Language,
): DecisionList {
  const lang = language === Language.FI ? 'FI' : 'SV';
  const items = [
    ...awarded.map(lang === 'FI' ? finnishDecision : swedishDecision),
    ...unpriced.map(lang === 'FI' ? finnishUnpricedDecision : swedishUnpricedDecision),
  ];
  const words = headings[lang];
  const title = (lang === 'FI' ? call.title.fi : call.title.sv) ?? call.title.fi ?? call.title.sv ?? call.key;
  const lines = [`# ${words.title}: ${title}`, ''];
  if (call.decisionDate) lines.push(`${words.decided} ${finnishDate(call.decisionDate)}`, '');
  lines.push(...(items.length > 0 ? items.map((item, i) => `${i + 1}. ${item}`) : [words.none]));
  return { language: lang === 'FI' ? Language.FI : Language.SV, items, text: `${lines.join('\n')}\n` };
}

/** A call's grants: awards with their amounts, and the grants published without one. */
export interface DecisionEntries {
  awarded: DecisionEntry[];
  unpriced: UnpricedDecisionEntry[];
}

/** The grants of a call in the published list's order (then decision order), in two statements. */
export async function decisionEntries(manager: EntityManager, callId: string): Promise<DecisionEntries> {
  const rows = await manager
    .createQueryBuilder()
    .select('award.grantedAmount', 'amount')
    .addSelect('lead.nameFi', 'leadFi')
    .addSelect('lead.nameSv', 'leadSv')
    .addSelect('lead.genitiveFi', 'leadGenitiveFi')
    .addSelect('lead.kind', 'leadKind')
    .addSelect('application.projectNameFi', 'projectFi')
    .addSelect('application.projectNameSv', 'projectSv')
    .from(Award, 'award')
    .innerJoin(Application, 'application', 'application.id = award.applicationId')
    .innerJoin(Consortium, 'consortium', 'consortium.id = application.consortiumId')
    .innerJoin(Municipality, 'lead', 'lead.code = consortium.leadCode')
    .where('award.callId = :callId', { callId })
    .orderBy('CASE WHEN award.listPosition IS NULL THEN 1 ELSE 0 END', 'ASC')
    .addOrderBy('award.listPosition', 'ASC')
    .addOrderBy('award.createdAt', 'ASC')
    .addOrderBy('award.id', 'ASC')
    .getRawMany<Record<string, unknown>>();
  const text = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : null);
  const awarded = rows.map((row) => ({
    amount: moneyFromDatabase(row.amount)!,
    leadName: { fi: text(row.leadFi), sv: text(row.leadSv), en: null },
    leadGenitiveFi: text(row.leadGenitiveFi),
    leadKind: row.leadKind as MunicipalityKind,
    projectName: { fi: text(row.projectFi), sv: text(row.projectSv), en: null },
  }));
  // Only grants published without an amount: each grant published with one is seeded as an award above.
  const recipients = await manager
    .createQueryBuilder()
    .select('decision.id', 'decisionId')
    .addSelect('municipality.nameFi', 'nameFi')
    .addSelect('municipality.nameSv', 'nameSv')
    .addSelect('municipality.genitiveFi', 'genitiveFi')
    .addSelect('municipality.kind', 'kind')
    .from(PublishedDecision, 'decision')
    .innerJoin(PublishedDecisionRecipient, 'recipient', 'recipient.publishedDecisionId = decision.id')
    .innerJoin(Municipality, 'municipality', 'municipality.code = recipient.municipalityCode')
    .where('decision.callId = :callId', { callId })
    .andWhere('decision.awardId IS NULL')
    .andWhere('decision.grantedAmount IS NULL')
    .orderBy('decision.decisionDate', 'ASC')
    .addOrderBy('decision.listPosition', 'ASC')
    .addOrderBy('decision.id', 'ASC')
    .addOrderBy('recipient.position', 'ASC')
    .getRawMany<Record<string, unknown>>();
  const unpriced = new Map<string, UnpricedDecisionEntry>();
  for (const row of recipients) {
    const id = row.decisionId as string;
    if (!unpriced.has(id)) unpriced.set(id, { recipients: [] });
    unpriced.get(id)!.recipients.push({
      name: { fi: text(row.nameFi), sv: text(row.nameSv), en: null },
      genitiveFi: text(row.genitiveFi),
      kind: row.kind as MunicipalityKind,
    });
  }
  return { awarded, unpriced: [...unpriced.values()] };
}
