import type { RequestContext } from '../../context';
import { type LocalizedText, pickText } from '../../common/localized-text';
import { Language } from '../../common/language';
import { formatEuros } from '../../common/money';
import { helsinkiDate, writtenDay, writtenMinute } from '../../common/time-zone';
import { type Call, CallStage, Sector } from './call.entity';

type Labels = Record<
  | 'form'
  | 'proposalForm'
  | 'window'
  | 'opens'
  | 'closes'
  | 'timeZone'
  | 'appropriation'
  | 'projectDeadline'
  | 'rules'
  | 'minMunicipalities'
  | 'excluded'
  | 'maturity'
  | 'conditions'
  | 'themes'
  | 'criteria'
  | 'weight'
  | 'scale'
  | 'questions'
  | 'required'
  | 'optional'
  | 'maxLength'
  | 'notStated'
  | 'notes'
  | 'endOfDay',
  string
> & { sectors: Record<Sector, string> };

const labels: Record<Language, Labels> = {
  FI: {
    form: 'Hakulomake',
    proposalForm: 'Ehdotuslomake',
    window: 'Hakuaika',
    opens: 'Alkaa',
    closes: 'Päättyy',
    timeZone: 'Suomen aikaa',
    appropriation: 'Määräraha',
    projectDeadline: 'Hankkeet toteutettava viimeistään',
    rules: 'Ehdot',
    minMunicipalities: 'Kuntia vähintään',
    excluded: 'Ei rahoiteta',
    maturity: 'Digitalisaation kypsyysmallin mukainen itsearviointi vaaditaan',
    conditions: 'Edellytykset',
    themes: 'Painopisteet',
    criteria: 'Arviointiperusteet',
    weight: 'paino',
    scale: 'asteikko',
    questions: 'Kysymykset',
    required: 'pakollinen',
    optional: 'vapaaehtoinen',
    maxLength: 'enintään {n} merkkiä',
    notStated: 'ei ilmoitettu',
    notes: 'Huomioita',
    endOfDay: 'päivän loppuun',
    sectors: {
      SOCIAL_AND_HEALTH_CARE: 'sosiaali- ja terveydenhuolto',
      BUILT_ENVIRONMENT: 'rakennettu ympäristö',
      ARCHIVING: 'arkistointi',
      MATERIAL_DIGITISATION_ONLY: 'pelkkä aineistojen digitointi',
      GENERAL_ADMINISTRATION: 'yleishallinto',
      DECISION_MAKING: 'päätöksenteko',
      RESIDENT_SERVICES: 'asukaspalvelut',
      EDUCATION_AND_CULTURE: 'opetus ja kulttuuri',
      OTHER: 'muu',
    },
  },
  SV: {
    form: 'Ansökningsblankett',
    proposalForm: 'Blankett för förslag',
    window: 'Ansökningstid',
    opens: 'Börjar',
    closes: 'Slutar',
    timeZone: 'finsk tid',
    appropriation: 'Anslag',
    projectDeadline: 'Projekten ska genomföras senast',
    rules: 'Villkor',
    minMunicipalities: 'Minst antal kommuner',
    excluded: 'Finansieras inte',
    maturity: 'Självutvärdering enligt mognadsmodellen för digitalisering krävs',
    conditions: 'Förutsättningar',
    themes: 'Teman',
    criteria: 'Bedömningsgrunder',
    weight: 'vikt',
    scale: 'skala',
    questions: 'Frågor',
    required: 'obligatorisk',
    optional: 'frivillig',
    maxLength: 'högst {n} tecken',
    notStated: 'inte angivet',
    notes: 'Anmärkningar',
    endOfDay: 'till dagens slut',
    sectors: {
      SOCIAL_AND_HEALTH_CARE: 'social- och hälsovård',
      BUILT_ENVIRONMENT: 'byggd miljö',
      ARCHIVING: 'arkivering',
      MATERIAL_DIGITISATION_ONLY: 'enbart digitalisering av material',
      GENERAL_ADMINISTRATION: 'allmän förvaltning',
      DECISION_MAKING: 'beslutsfattande',
      RESIDENT_SERVICES: 'invånartjänster',
      EDUCATION_AND_CULTURE: 'utbildning och kultur',
      OTHER: 'annat',
    },
  },
  EN: {
    form: 'Application form',
    proposalForm: 'Proposal form',
    window: 'Application period',
    opens: 'Opens',
    closes: 'Closes',
    timeZone: 'Finnish time',
    appropriation: 'Appropriation',
    projectDeadline: 'Projects must be completed by',
    rules: 'Rules',
    minMunicipalities: 'Minimum number of municipalities',
    excluded: 'Not funded',
    maturity: 'A self-assessment against the digitalisation maturity model is required',
    conditions: 'Conditions',
    themes: 'Themes',
    criteria: 'Evaluation criteria',
    weight: 'weight',
    scale: 'scale',
    questions: 'Questions',
    required: 'required',
    optional: 'optional',
    maxLength: 'at most {n} characters',
    notStated: 'not stated',
    notes: 'Notes',
    endOfDay: 'until the end of the day',
    sectors: {
      SOCIAL_AND_HEALTH_CARE: 'social and health care',
      BUILT_ENVIRONMENT: 'the built environment',
      ARCHIVING: 'archiving',
      MATERIAL_DIGITISATION_ONLY: 'projects that only digitise material',
      GENERAL_ADMINISTRATION: 'general administration',
      DECISION_MAKING: 'decision-making',
      RESIDENT_SERVICES: 'services to residents',
      EDUCATION_AND_CULTURE: 'education and culture',
      OTHER: 'other',
    },
  },
};

/** Where only the closing day was published, closesAt is the next midnight: show that day instead. */
function closing(call: Call, closesAt: Date, l: Labels, language: Language): string {
  if (call.closingTimePublished) return `${writtenMinute(closesAt, language)}, ${l.timeZone}`;
  return `${writtenDay(helsinkiDate(new Date(closesAt.getTime() - 1)), language)} ${l.endOfDay}, ${l.timeZone}`;
}

/** "10 000 000,00 €" (a decimal point in English). */
const euros = (amount: string, language: Language) =>
  `${formatEuros(amount, { alwaysCents: true, decimalPoint: language === Language.EN })} €`;

/**
 * The call's form as a document to read and download before applying (the 2020 call offered its
 * questions separately): rules, themes, criteria and questions, in Finnish, Swedish or English, each
 * text falling back to another language where the call has no translation.
 */
export class CallFormService {
  constructor(private readonly ctx: RequestContext) {}

  /** The form of a call as Markdown, in one language. */
  async markdown(call: Call, language: Language): Promise<string> {
    const { loaders } = this.ctx;
    const [themes, criteria, questions, conditions] = await Promise.all([
      loaders.themesOfCall.load(call.id),
      loaders.criteriaOfCall.load(call.id),
      loaders.questionsOfCall.load(call.id),
      loaders.conditionsOfCall.load(call.id),
    ]);
    const l = labels[language];
    const text = (value: LocalizedText) => pickText(value, [language]) ?? '';
    const lines: string[] = [];
    lines.push(
      `# ${text(call.title)}`,
      '',
      `${call.stage === CallStage.PROPOSAL ? l.proposalForm : l.form} · ${call.key}`,
      '',
    );
    if (text(call.description)) lines.push(text(call.description), '');
    lines.push(`## ${l.window}`, '');
    lines.push(
      `- ${l.opens}: ${call.opensAt ? `${writtenMinute(call.opensAt, language)}, ${l.timeZone}` : l.notStated}`,
    );
    lines.push(`- ${l.closes}: ${call.closesAt ? closing(call, call.closesAt, l, language) : l.notStated}`);
    lines.push(
      `- ${l.appropriation}: ${call.appropriation ? euros(call.appropriation, language) : l.notStated}`,
    );
    if (call.projectDeadline)
      lines.push(`- ${l.projectDeadline}: ${writtenDay(call.projectDeadline, language)}`);
    lines.push('', `## ${l.rules}`, '', `- ${l.minMunicipalities}: ${call.minMunicipalities}`);
    if (call.excludedSectorList.length) {
      lines.push(`- ${l.excluded}: ${call.excludedSectorList.map((sector) => l.sectors[sector]).join(', ')}`);
    }
    if (call.requiresMaturityAssessment) lines.push(`- ${l.maturity}`);
    if (conditions.length) {
      lines.push(
        '',
        `### ${l.conditions}`,
        '',
        ...conditions.map((condition) => `- ${text(condition.text)}`),
      );
    }
    if (themes.length) {
      lines.push('', `## ${l.themes}`, '', ...themes.map((theme, i) => `${i + 1}. ${text(theme.title)}`));
    }
    if (criteria.length) {
      lines.push(
        '',
        `## ${l.criteria}`,
        '',
        ...criteria.map(
          (criterion) =>
            `- ${text(criterion.title)} (${l.weight} ${criterion.weight}, ${l.scale} ${criterion.minScore}–${criterion.maxScore})`,
        ),
      );
    }
    if (questions.length) {
      lines.push('', `## ${l.questions}`, '');
      questions.forEach((question, i) => {
        const traits = [question.required ? l.required : l.optional];
        if (question.maxLength !== null) traits.push(l.maxLength.replace('{n}', String(question.maxLength)));
        lines.push(`${i + 1}. ${text(question.text)} (${traits.join(', ')})`);
      });
    }
    if (text(call.notes)) lines.push('', `## ${l.notes}`, '', text(call.notes));
    return `${lines.join('\n')}\n`;
  }
}
