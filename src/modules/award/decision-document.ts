import type { RequestContext } from '../../context';
import { notFound, records } from '../../common/errors';
import { Language } from '../../common/language';
import { pickText } from '../../common/localized-text';
import { formatEuros, type Money } from '../../common/money';
import { writtenDay } from '../../common/time-zone';
import { foundRows } from '../../loaders';
import type { Application } from '../application/application.entity';
import type { Call } from '../call/call.entity';
import { ConsortiumRole } from '../consortium/consortium.entity';
import {
  BusinessIdConfidence,
  type Municipality,
  type MunicipalityKind,
} from '../municipality/municipality.entity';
import type { Award } from './award.entity';
import { finnishParty, swedishParty } from './decision-list';
import { reportDueDate } from './grant-terms';

/** Everything a grant decision states, read from the award, its application, call and consortium. */
export interface DecisionFacts {
  award: Award;
  call: Call;
  application: Application;
  /** The project administrator that receives the grant. */
  lead: Municipality;
  /** The consortium's other municipalities, in the consortium's order. */
  others: Municipality[];
}

/** The ministry's registry, where requests for review are sent. */
const registry = {
  FI: ['Valtiovarainministeriö', 'PL 28', '00023 Valtioneuvosto'],
  SV: ['Finansministeriet', 'PB 28', '00023 Statsrådet'],
  EN: ['Ministry of Finance (Valtiovarainministeriö)', 'PL 28', '00023 Valtioneuvosto, Finland'],
  email: 'valtiovarainministerio@gov.fi',
};

/** "68 000,00" (a decimal point in English): the maximum to the cent, as the decision states it. */
const amount = (money: Money, language: Language) =>
  formatEuros(money, { alwaysCents: true, decimalPoint: language === Language.EN });

/** 0.85 → "85 %" ("85%" in English); a share of 0.855 → "85,5 %". A ratio for reading, never money. */
function percent(share: number, language: Language): string {
  const value = String(Math.round(share * 10_000) / 100);
  return language === Language.EN ? `${value}%` : `${value.replace('.', ',')} %`;
}

/** A business id worth putting in a decision: one the data is sure of (two sources, or a valid check). */
const businessIdOf = (municipality: Municipality): string | null =>
  municipality.businessId &&
  (municipality.businessIdConfidence === BusinessIdConfidence.HIGH ||
    municipality.businessIdConfidence === BusinessIdConfidence.MEDIUM)
    ? municipality.businessId
    : null;

const englishKind: Record<MunicipalityKind, string> = {
  CITY: 'City',
  MUNICIPALITY: 'Municipality',
  JOINT_AUTHORITY: 'Joint Municipal Authority',
};

/** The lead as a decision names it: "Alavuden kaupunki", "Alavo stad", "City of Alavus". */
function partyName(municipality: Municipality, language: Language): string {
  if (language === Language.FI)
    return finnishParty(municipality.name, municipality.genitiveFi, municipality.kind);
  if (language === Language.SV) return swedishParty(municipality.name, municipality.kind);
  return `${englishKind[municipality.kind]} of ${pickText(municipality.name, [Language.EN])}`;
}

/** A list read aloud: "A, B ja C", "A, B och C", "A, B and C". */
function listed(items: string[], language: Language): string {
  if (items.length <= 1) return items.join('');
  const and = { FI: 'ja', SV: 'och', EN: 'and' }[language];
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

/** What each language says, as functions of the facts already put into words. */
interface Wording {
  title: string;
  authority: string;
  decisionNumber: (value: string) => string;
  decisionDate: (value: string) => string;
  recipientHeading: string;
  lead: (party: string, businessId: string | null) => string;
  others: (names: string) => string;
  noOthers: string;
  projectHeading: string;
  project: (name: string) => string;
  call: (title: string) => string;
  reference: (value: string) => string;
  decisionHeading: string;
  grant: (euros: string) => string;
  maximum: (euros: string) => string;
  share: (percent: string) => string;
  notEligible: string;
  periodHeading: string;
  period: (start: string | null, end: string | null) => string;
  deadline: (day: string) => string;
  costsInPeriod: string;
  conditionsHeading: string;
  paymentHeading: string;
  payment: string[];
  agreement: (lead: string) => string;
  reportingHeading: string;
  interimReport: (day: string) => string;
  finalReport: (day: string | null, months: number) => string;
  recoveryHeading: string;
  recovery: string[];
  appealHeading: string;
  appeal: string[];
  appealAddress: (lines: string[], email: string) => string;
  appealNotice: string[];
  courtesy?: string;
}

const finnish: Wording = {
  title: 'Valtionavustuspäätös',
  authority: 'Valtiovarainministeriö',
  decisionNumber: (value) => `Päätöksen numero: ${value}`,
  decisionDate: (value) => `Päätöspäivä: ${value}`,
  recipientHeading: 'Avustuksen saaja',
  lead: (party, businessId) =>
    `${party}${businessId ? ` (Y-tunnus ${businessId})` : ''}, hankkeen hallinnoija ja avustuksen saaja`,
  others: (names) => `Muut hankkeeseen osallistuvat kunnat: ${names}`,
  noOthers: 'Hankkeeseen ei osallistu muita kuntia.',
  projectHeading: 'Hanke',
  project: (name) => `Hankkeen nimi: ${name}`,
  call: (title) => `Haku: ${title}`,
  reference: (value) => `Hakemuksen tunnus: ${value}`,
  decisionHeading: 'Päätös',
  grant: (euros) =>
    `Valtiovarainministeriö myöntää hankkeelle valtionavustusta enintään ${euros} euroa kuntien digitalisaation edistämiseen.`,
  maximum: (euros) => `Avustuksen enimmäismäärä: ${euros} €`,
  share: (share) => `Avustus on enintään ${share} hankkeen hyväksyttävistä kustannuksista.`,
  notEligible:
    'Arvonlisävero ja laitehankinnat eivät ole hyväksyttäviä kustannuksia (valtioneuvoston asetus 893/2019).',
  periodHeading: 'Hankkeen toteutusaika',
  period: (start, end) =>
    start && end
      ? `Toteutusaika: ${start}–${end}`
      : start
        ? `Toteutusaika alkaa ${start}.`
        : `Toteutusaika päättyy ${end}.`,
  deadline: (day) => `Hankkeen on oltava toteutettu viimeistään ${day}.`,
  costsInPeriod: 'Avustukseen oikeuttavat vain toteutusaikana syntyneet hyväksyttävät kustannukset.',
  conditionsHeading: 'Avustuksen käyttöä koskevat ehdot',
  paymentHeading: 'Avustuksen maksaminen',
  payment: [
    'Avustus maksetaan hakemuksesta toteutuneiden hyväksyttävien kustannusten perusteella.',
    'Maksatusta voi hakea erissä. Viimeinen erä maksetaan loppuraportin yhteydessä.',
  ],
  agreement: (lead) =>
    `${lead} hakee maksatuksen koko hankkeen puolesta. Hallinnoijan on tehtävä muiden toteuttajien kanssa sopimus avustuksen käytöstä ennen ensimmäistä maksatusta (valtioneuvoston asetus 893/2019 3 §, valtionavustuslaki 688/2001 7 § 3 momentti).`,
  reportingHeading: 'Raportointi',
  interimReport: (day) => `Väliraportti on toimitettava viimeistään ${day}.`,
  finalReport: (day, months) =>
    day
      ? `Loppuraportti on toimitettava viimeistään ${day} (${months} kuukautta hankkeen päättymisestä).`
      : `Loppuraportti on toimitettava ${months} kuukauden kuluessa hankkeen päättymisestä.`,
  recoveryHeading: 'Palauttaminen ja takaisinperintä',
  recovery: [
    'Avustuksen saajan on palautettava virheellisesti, liikaa tai ilmeisen perusteettomasti saamansa avustus (valtionavustuslaki 21 §).',
    'Valtiovarainministeriö perii takaisin sen osan maksetusta avustuksesta, joka ylittää hyväksyttyjen kustannusten perusteella maksettavan määrän (valtionavustuslaki 21–22 §).',
  ],
  appealHeading: 'Oikaisuvaatimusohje',
  appeal: [
    'Tähän päätökseen tyytymätön voi vaatia siihen oikaisua valtiovarainministeriöltä (valtionavustuslaki 34 §, hallintolaki 434/2003 7 a luku). Päätökseen ei saa hakea muutosta valittamalla.',
    'Oikaisuvaatimus on tehtävä kirjallisesti 30 päivän kuluessa päätöksen tiedoksisaannista. Tiedoksisaantipäivää ei lueta määräaikaan.',
    'Oikaisuvaatimuksessa on ilmoitettava vaatimuksen tekijän nimi ja yhteystiedot, päätös, johon oikaisua vaaditaan, sekä mitä oikaisua vaaditaan ja millä perusteilla (hallintolaki 49 c §).',
  ],
  appealAddress: (lines, email) =>
    `Oikaisuvaatimus toimitetaan valtiovarainministeriön kirjaamoon: ${lines.join(', ')}, sähköposti ${email}.`,
  appealNotice: [
    'Kirjeellä tiedoksi annetun päätöksen katsotaan tulleen tiedoksi seitsemäntenä päivänä kirjeen lähettämisestä, jollei muuta näytetä (hallintolaki 59 §). Sähköisesti tiedoksi annetun päätöksen katsotaan tulleen tiedoksi kolmantena päivänä viestin lähettämisestä (laki sähköisestä asioinnista viranomaistoiminnassa 19 §).',
    'Oikaisuvaatimukseen annettuun päätökseen saa hakea muutosta valittamalla hallinto-oikeuteen.',
  ],
};

const swedish: Wording = {
  title: 'Beslut om statsunderstöd',
  authority: 'Finansministeriet',
  decisionNumber: (value) => `Beslutets nummer: ${value}`,
  decisionDate: (value) => `Beslutsdatum: ${value}`,
  recipientHeading: 'Mottagare av understödet',
  lead: (party, businessId) =>
    `${party}${businessId ? ` (FO-nummer ${businessId})` : ''}, projektets huvudman och mottagare av understödet`,
  others: (names) => `Övriga kommuner som deltar i projektet: ${names}`,
  noOthers: 'Inga andra kommuner deltar i projektet.',
  projectHeading: 'Projekt',
  project: (name) => `Projektets namn: ${name}`,
  call: (title) => `Utlysning: ${title}`,
  reference: (value) => `Ansökans beteckning: ${value}`,
  decisionHeading: 'Beslut',
  grant: (euros) =>
    `Finansministeriet beviljar projektet statsunderstöd på högst ${euros} euro för främjande av kommunernas digitalisering.`,
  maximum: (euros) => `Understödets maximibelopp: ${euros} €`,
  share: (share) => `Understödet uppgår till högst ${share} av projektets godtagbara kostnader.`,
  notEligible:
    'Mervärdesskatt och anskaffning av utrustning är inte godtagbara kostnader (statsrådets förordning 893/2019).',
  periodHeading: 'Projektets genomförandetid',
  period: (start, end) =>
    start && end
      ? `Genomförandetid: ${start}–${end}`
      : start
        ? `Genomförandetiden börjar ${start}.`
        : `Genomförandetiden slutar ${end}.`,
  deadline: (day) => `Projektet ska vara genomfört senast ${day}.`,
  costsInPeriod:
    'Endast godtagbara kostnader som uppkommit under genomförandetiden berättigar till understöd.',
  conditionsHeading: 'Villkor för användningen av understödet',
  paymentHeading: 'Utbetalning av understödet',
  payment: [
    'Understödet betalas ut på ansökan på basis av faktiska godtagbara kostnader.',
    'Utbetalning kan sökas i poster. Den sista posten betalas ut i samband med slutrapporten.',
  ],
  agreement: (lead) =>
    `${lead} söker utbetalning för hela projektet. Huvudmannen ska ingå ett avtal med de övriga genomförarna om användningen av understödet före den första utbetalningen (statsrådets förordning 893/2019 3 §, statsunderstödslagen 688/2001 7 § 3 mom.).`,
  reportingHeading: 'Rapportering',
  interimReport: (day) => `En mellanrapport ska lämnas senast ${day}.`,
  finalReport: (day, months) =>
    day
      ? `En slutrapport ska lämnas senast ${day} (${months} månader efter projektets slut).`
      : `En slutrapport ska lämnas inom ${months} månader från projektets slut.`,
  recoveryHeading: 'Återbetalning och återkrav',
  recovery: [
    'Mottagaren av understödet ska återbetala understöd som den har fått felaktigt, till ett för stort belopp eller uppenbart utan grund (statsunderstödslagen 21 §).',
    'Finansministeriet återkräver den del av det utbetalda understödet som överstiger det belopp som ska betalas ut på basis av de godkända kostnaderna (statsunderstödslagen 21–22 §).',
  ],
  appealHeading: 'Anvisning om begäran om omprövning',
  appeal: [
    'Den som är missnöjd med detta beslut kan begära omprövning av det hos finansministeriet (statsunderstödslagen 34 §, förvaltningslagen 434/2003 7 a kap.). Ändring i beslutet får inte sökas genom besvär.',
    'Begäran om omprövning ska framställas skriftligen inom 30 dagar från delfåendet av beslutet. Delfåendedagen räknas inte in i tidsfristen.',
    'I begäran om omprövning ska uppges namnet på den som begär omprövning och dennes kontaktuppgifter, det beslut som omprövningen gäller samt vilken omprövning som begärs och på vilka grunder (förvaltningslagen 49 c §).',
  ],
  appealAddress: (lines, email) =>
    `Begäran om omprövning lämnas till finansministeriets registratorskontor: ${lines.join(', ')}, e-post ${email}.`,
  appealNotice: [
    'Ett beslut som delgetts per brev anses ha kommit till mottagarens kännedom den sjunde dagen efter att brevet sändes, om inte något annat visas (förvaltningslagen 59 §). Ett beslut som delgetts elektroniskt anses ha kommit till mottagarens kännedom den tredje dagen efter att meddelandet sändes (lagen om elektronisk kommunikation i myndigheternas verksamhet 19 §).',
    'I ett beslut som meddelats med anledning av en begäran om omprövning får ändring sökas genom besvär hos förvaltningsdomstolen.',
  ],
};

const english: Wording = {
  title: 'Decision on a State grant',
  authority: 'Ministry of Finance',
  decisionNumber: (value) => `Decision number: ${value}`,
  decisionDate: (value) => `Date of decision: ${value}`,
  recipientHeading: 'Recipient of the grant',
  lead: (party, businessId) =>
    `${party}${businessId ? ` (business ID ${businessId})` : ''}, the project's administrator and the recipient of the grant`,
  others: (names) => `Other municipalities taking part in the project: ${names}`,
  noOthers: 'No other municipalities take part in the project.',
  projectHeading: 'Project',
  project: (name) => `Name of the project: ${name}`,
  call: (title) => `Call: ${title}`,
  reference: (value) => `Application reference: ${value}`,
  decisionHeading: 'Decision',
  grant: (euros) =>
    `The Ministry of Finance grants the project a State grant of at most ${euros} euros for promoting the digitalisation of municipalities.`,
  maximum: (euros) => `Maximum amount of the grant: ${euros} €`,
  share: (share) => `The grant covers at most ${share} of the project's eligible costs.`,
  notEligible: 'Value added tax and equipment purchases are not eligible costs (Government Decree 893/2019).',
  periodHeading: 'Project period',
  period: (start, end) =>
    start && end
      ? `Project period: ${start} – ${end}`
      : start
        ? `The project period begins on ${start}.`
        : `The project period ends on ${end}.`,
  deadline: (day) => `The project must be completed by ${day}.`,
  costsInPeriod: 'Only eligible costs incurred within the project period qualify for the grant.',
  conditionsHeading: 'Conditions of use',
  paymentHeading: 'Payment of the grant',
  payment: [
    'The grant is paid on request against eligible costs actually incurred.',
    'Payment may be requested in instalments. The final instalment is paid with the final report.',
  ],
  agreement: (lead) =>
    `The ${lead} requests payment for the whole project. The administrator must make an agreement on the use of the grant with the other implementers before the first payment (Government Decree 893/2019, section 3; State Grants Act 688/2001, section 7(3)).`,
  reportingHeading: 'Reporting',
  interimReport: (day) => `An interim report must be submitted by ${day}.`,
  finalReport: (day, months) =>
    day
      ? `A final report must be submitted by ${day} (${months} months after the project ends).`
      : `A final report must be submitted within ${months} months of the project's end.`,
  recoveryHeading: 'Return and recovery',
  recovery: [
    'The recipient must return any grant received in error, in excess or manifestly without grounds (State Grants Act, section 21).',
    'The Ministry of Finance recovers the part of the grant paid that exceeds what the approved costs allow (State Grants Act, sections 21–22).',
  ],
  appealHeading: 'Instructions for requesting a review',
  appeal: [
    'A party dissatisfied with this decision may request a review of it from the Ministry of Finance (State Grants Act, section 34; Administrative Procedure Act 434/2003, chapter 7 a). The decision itself cannot be appealed.',
    'The request must be made in writing within 30 days of notification of the decision. The day of notification is not counted.',
    'The request must state the name and contact details of the requester, the decision concerned, and the review requested with its grounds (Administrative Procedure Act, section 49 c).',
  ],
  appealAddress: (lines, email) =>
    `Send the request to the registry of the Ministry of Finance: ${lines.join(', ')}, email ${email}.`,
  appealNotice: [
    'A decision sent by letter is deemed notified on the seventh day after the letter was sent, unless shown otherwise (Administrative Procedure Act, section 59). A decision sent electronically is deemed notified on the third day after the message was sent (Act on Electronic Services and Communication in the Public Sector, section 19).',
    'The decision on a request for review may be appealed to an administrative court.',
  ],
  courtesy: 'Unofficial translation; the Finnish and Swedish decisions are authoritative.',
};

const wordings: Record<Language, Wording> = { FI: finnish, SV: swedish, EN: english };

/**
 * The grant decision of one award as a Markdown document, in Finnish, Swedish or (as a courtesy)
 * English: who receives it, for what, at most how much and what share of the costs, for which period,
 * on what conditions, how it is paid, reported and recovered, and how to request a review. Only facts
 * on record: a line whose fact is missing (a decision number, a project period) is left out.
 */
export function renderDecisionDocument(facts: DecisionFacts, language: Language): string {
  const w = wordings[language];
  const { award, call, application, lead, others } = facts;
  const day = (date: string) => writtenDay(date, language);
  const euros = amount(award.grantedAmount, language);
  const leadParty = partyName(lead, language);
  const lines: string[] = [`# ${w.title}`, ''];
  if (w.courtesy) lines.push(`_${w.courtesy}_`, '');
  lines.push(w.authority, '');
  if (award.decisionNumber) lines.push(`- ${w.decisionNumber(award.decisionNumber)}`);
  lines.push(`- ${w.decisionDate(day(award.decisionDate))}`, '');

  lines.push(`## ${w.recipientHeading}`, '', `- ${w.lead(leadParty, businessIdOf(lead))}`);
  const otherNames = others.map(
    (municipality) => pickText(municipality.name, [language]) ?? municipality.code,
  );
  lines.push(otherNames.length ? `- ${w.others(listed(otherNames, language))}` : `- ${w.noOthers}`, '');

  lines.push(`## ${w.projectHeading}`, '');
  // The project's name in the document's language, else in the one the application gives.
  const name = pickText(application.projectName, [language]);
  if (name) lines.push(`- ${w.project(name)}`);
  const callTitle = pickText(call.title, [language]);
  lines.push(`- ${w.call(callTitle ? `${callTitle} (${call.key})` : call.key)}`);
  if (application.referenceNumber) lines.push(`- ${w.reference(application.referenceNumber)}`);
  lines.push('');

  lines.push(`## ${w.decisionHeading}`, '', w.grant(euros), '');
  lines.push(
    `- ${w.maximum(euros)}`,
    `- ${w.share(percent(call.maxGrantShare, language))}`,
    `- ${w.notEligible}`,
    '',
  );

  const deadline = award.projectDeadline ?? call.projectDeadline;
  const { projectStart, projectEnd } = award;
  if (projectStart || projectEnd || deadline) {
    lines.push(`## ${w.periodHeading}`, '');
    if (projectStart || projectEnd)
      lines.push(`- ${w.period(projectStart && day(projectStart), projectEnd && day(projectEnd))}`);
    if (deadline) lines.push(`- ${w.deadline(day(deadline))}`);
    lines.push(`- ${w.costsInPeriod}`, '');
  }

  if (award.conditions) lines.push(`## ${w.conditionsHeading}`, '', award.conditions, '');

  lines.push(`## ${w.paymentHeading}`, '', ...w.payment.map((text) => `- ${text}`));
  if (others.length) lines.push(`- ${w.agreement(leadParty)}`);
  lines.push('');

  lines.push(`## ${w.reportingHeading}`, '');
  if (call.interimReportDue) lines.push(`- ${w.interimReport(day(call.interimReportDue))}`);
  const due = reportDueDate(award, call);
  lines.push(`- ${w.finalReport(due && day(due), call.reportDueMonths)}`, '');

  lines.push(`## ${w.recoveryHeading}`, '', ...w.recovery.map((text) => `- ${text}`), '');

  const paragraphs = [...w.appeal, w.appealAddress(registry[language], registry.email), ...w.appealNotice];
  lines.push(`## ${w.appealHeading}`, '', ...paragraphs.flatMap((text) => [text, '']));
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * Reads what a decision states through the request's loaders, so that the documents of a page of awards
 * cost the same few statements as one: the call, the application, the consortium's members and their
 * municipalities, each batched.
 */
export async function decisionFacts(ctx: RequestContext, award: Award): Promise<DecisionFacts> {
  const { loaders } = ctx;
  const [call, application] = await Promise.all([
    loaders.call.load(award.callId),
    loaders.application.load(award.applicationId),
  ]);
  if (!call || !application) throw notFound(records.award);
  const members = await loaders.membersOfConsortium.load(application.consortiumId);
  const municipalities = foundRows(
    await loaders.municipality.loadMany(members.map((member) => member.municipalityCode)),
  );
  const leadCode = members.find((member) => member.role === ConsortiumRole.LEAD)?.municipalityCode;
  const lead = municipalities.find((municipality) => municipality.code === leadCode);
  if (!lead) throw notFound(records.award);
  const others = municipalities.filter((municipality) => municipality !== lead);
  return { award, call, application, lead, others };
}
