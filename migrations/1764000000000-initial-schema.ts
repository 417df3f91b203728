import {
  type MigrationInterface,
  type QueryRunner,
  Table,
  TableForeignKey,
  TableIndex,
  type TableColumnOptions,
} from 'typeorm';

// Column shapes shared by SQLite and MariaDB. Kept inside the migration so that later changes to the
// application code never change what this migration does.
const id = (name = 'id'): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary: true });
const ref = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '36',
  isNullable: nullable,
});
const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
const text = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'text',
  isNullable: nullable,
});
const integer = (
  name: string,
  options: { nullable?: boolean; default?: number } = {},
): TableColumnOptions => ({
  name,
  type: 'integer',
  isNullable: options.nullable ?? false,
  ...(options.default === undefined ? {} : { default: String(options.default) }),
});
const boolean = (name: string, defaultValue: boolean): TableColumnOptions => ({
  name,
  type: 'boolean',
  isNullable: false,
  default: defaultValue ? '1' : '0',
});
const money = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'decimal',
  precision: 14,
  scale: 2,
  isNullable: nullable,
});
const ratio = (name: string, precision: number, scale: number): TableColumnOptions => ({
  name,
  type: 'decimal',
  precision,
  scale,
  isNullable: false,
});
const instant = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'datetime',
  precision: 3,
  isNullable: nullable,
});
const date = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'date',
  isNullable: nullable,
});
const enumText = (name: string, nullable = false) => varchar(name, 32, nullable);
const localized = (prefix: string, kind: 'name' | 'long'): TableColumnOptions[] =>
  ['Fi', 'Sv', 'En'].map((language) =>
    kind === 'name' ? varchar(`${prefix}${language}`, 255, true) : text(`${prefix}${language}`, true),
  );

const index = (name: string, columnNames: string[], isUnique = false) =>
  new TableIndex({ name, columnNames, isUnique });
const fk = (
  name: string,
  column: string,
  referencedTableName: string,
  referencedColumn: string,
  onDelete: 'CASCADE' | 'RESTRICT' | 'SET NULL',
) =>
  new TableForeignKey({
    name,
    columnNames: [column],
    referencedTableName,
    referencedColumnNames: [referencedColumn],
    onDelete,
    onUpdate: 'CASCADE',
  });

interface TableSpec {
  name: string;
  columns: TableColumnOptions[];
  indices?: TableIndex[];
  foreignKeys?: TableForeignKey[];
}

const tables: TableSpec[] = [
  { name: 'region', columns: [{ ...varchar('code', 2), isPrimary: true }, ...localized('name', 'name')] },
  {
    name: 'app_user',
    columns: [
      id(),
      varchar('subject', 255),
      varchar('name', 255),
      text('roles'),
      text('municipalityCodes'),
      instant('createdAt'),
      instant('lastSeenAt'),
    ],
    indices: [index('UQ_user_subject', ['subject'], true)],
  },
  {
    name: 'municipality',
    columns: [
      { ...varchar('code', 3), isPrimary: true },
      ...localized('name', 'name'),
      varchar('searchText', 512),
      enumText('kind'),
      varchar('regionCode', 2),
      integer('population', { nullable: true }),
      integer('populationYear', { nullable: true }),
      date('validFrom', true),
      date('validTo', true),
    ],
    indices: [
      index('IDX_municipality_search', ['searchText']),
      index('IDX_municipality_kind', ['kind']),
      index('IDX_municipality_region', ['regionCode']),
      index('IDX_municipality_valid_to', ['validTo']),
    ],
    foreignKeys: [fk('FK_municipality_region', 'regionCode', 'region', 'code', 'RESTRICT')],
  },
  {
    name: 'municipality_population',
    columns: [
      { ...varchar('municipalityCode', 3), isPrimary: true },
      { ...integer('year'), isPrimary: true },
      integer('population'),
    ],
    foreignKeys: [fk('FK_population_municipality', 'municipalityCode', 'municipality', 'code', 'CASCADE')],
  },
  {
    name: 'grant_call',
    columns: [
      id(),
      varchar('key', 32),
      integer('year'),
      enumText('stage'),
      enumText('state'),
      ...localized('title', 'name'),
      ...localized('description', 'long'),
      money('appropriation', true),
      instant('opensAt', true),
      instant('closesAt', true),
      boolean('closingTimePublished', true),
      varchar('timeZone', 64),
      date('decisionDate', true),
      date('projectDeadline', true),
      date('workshopDate', true),
      integer('minMunicipalities', { default: 1 }),
      text('excludedSectorList'),
      boolean('requiresMaturityAssessment', false),
      ratio('maxGrantShare', 5, 4),
      ...localized('notes', 'long'),
      ref('proposalCallId', true),
      integer('publishedApplicationsReceived', { nullable: true }),
      integer('publishedProposalsReceived', { nullable: true }),
      integer('publishedGrantsAwarded', { nullable: true }),
      money('publishedTotalAwarded', true),
      integer('referenceSequence', { default: 0 }),
      instant('publishedAt', true),
      instant('createdAt'),
      instant('updatedAt'),
    ],
    indices: [
      index('UQ_call_key', ['key'], true),
      index('IDX_call_year', ['year']),
      index('IDX_call_closes_at', ['closesAt']),
      index('IDX_call_proposal_call', ['proposalCallId']),
    ],
    foreignKeys: [fk('FK_call_proposal_call', 'proposalCallId', 'grant_call', 'id', 'SET NULL')],
  },
  {
    name: 'call_theme',
    columns: [
      id(),
      ref('callId'),
      varchar('code', 64),
      ...localized('title', 'long'),
      text('examples'),
      integer('position'),
    ],
    indices: [index('UQ_theme_call_code', ['callId', 'code'], true)],
    foreignKeys: [fk('FK_theme_call', 'callId', 'grant_call', 'id', 'CASCADE')],
  },
  {
    name: 'call_criterion',
    columns: [
      id(),
      ref('callId'),
      varchar('code', 64),
      ...localized('title', 'long'),
      ratio('weight', 6, 3),
      integer('minScore', { default: 0 }),
      integer('maxScore', { default: 5 }),
      integer('position'),
    ],
    indices: [index('UQ_criterion_call_code', ['callId', 'code'], true)],
    foreignKeys: [fk('FK_criterion_call', 'callId', 'grant_call', 'id', 'CASCADE')],
  },
  {
    name: 'call_question',
    columns: [
      id(),
      ref('callId'),
      varchar('code', 64),
      ...localized('text', 'long'),
      boolean('required', false),
      integer('maxLength', { nullable: true }),
      integer('position'),
    ],
    indices: [index('UQ_question_call_code', ['callId', 'code'], true)],
    foreignKeys: [fk('FK_question_call', 'callId', 'grant_call', 'id', 'CASCADE')],
  },
  {
    name: 'call_condition',
    columns: [id(), ref('callId'), ...localized('text', 'long'), integer('position')],
    indices: [index('IDX_condition_call', ['callId'])],
    foreignKeys: [fk('FK_condition_call', 'callId', 'grant_call', 'id', 'CASCADE')],
  },
  {
    name: 'consortium',
    columns: [
      id(),
      varchar('name', 255),
      varchar('leadCode', 3),
      text('partners'),
      ref('createdById', true),
      integer('version', { default: 1 }),
      instant('createdAt'),
      instant('updatedAt'),
    ],
    indices: [
      index('IDX_consortium_lead', ['leadCode']),
      index('IDX_consortium_created_by', ['createdById']),
    ],
    foreignKeys: [
      fk('FK_consortium_lead', 'leadCode', 'municipality', 'code', 'RESTRICT'),
      fk('FK_consortium_created_by', 'createdById', 'app_user', 'id', 'SET NULL'),
    ],
  },
  {
    name: 'consortium_member',
    columns: [
      id(),
      ref('consortiumId'),
      varchar('municipalityCode', 3),
      enumText('role'),
      integer('position'),
    ],
    indices: [
      index('UQ_member_consortium_municipality', ['consortiumId', 'municipalityCode'], true),
      index('IDX_member_municipality', ['municipalityCode']),
    ],
    foreignKeys: [
      fk('FK_member_consortium', 'consortiumId', 'consortium', 'id', 'CASCADE'),
      fk('FK_member_municipality', 'municipalityCode', 'municipality', 'code', 'RESTRICT'),
    ],
  },
  {
    name: 'application',
    columns: [
      id(),
      varchar('referenceNumber', 32, true),
      ref('callId'),
      ref('consortiumId'),
      ref('themeId', true),
      enumText('sector', true),
      ...localized('projectName', 'name'),
      text('summary', true),
      money('requestedAmount'),
      money('budgetStaff', true),
      money('budgetTravel', true),
      money('budgetPremises', true),
      money('budgetPurchasedServices', true),
      money('budgetOther', true),
      money('totalBudget', true),
      date('projectStart', true),
      date('projectEnd', true),
      integer('maturityLevel', { nullable: true }),
      date('maturityAssessedOn', true),
      text('maturityNotes', true),
      varchar('contactName', 255, true),
      varchar('contactEmail', 255, true),
      varchar('contactPhone', 64, true),
      enumText('status'),
      instant('submittedAt', true),
      ref('proposalId', true),
      integer('version', { default: 1 }),
      ref('createdById', true),
      instant('createdAt'),
      instant('updatedAt'),
    ],
    indices: [
      index('IDX_application_call_status', ['callId', 'status']),
      index('UQ_application_call_reference', ['callId', 'referenceNumber'], true),
      index('IDX_application_consortium', ['consortiumId']),
      index('IDX_application_theme', ['themeId']),
      index('IDX_application_requested', ['requestedAmount']),
      index('IDX_application_status', ['status']),
      index('IDX_application_submitted_at', ['submittedAt']),
      index('IDX_application_proposal', ['proposalId']),
    ],
    foreignKeys: [
      fk('FK_application_call', 'callId', 'grant_call', 'id', 'RESTRICT'),
      fk('FK_application_consortium', 'consortiumId', 'consortium', 'id', 'RESTRICT'),
      fk('FK_application_theme', 'themeId', 'call_theme', 'id', 'RESTRICT'),
      fk('FK_application_proposal', 'proposalId', 'application', 'id', 'SET NULL'),
    ],
  },
  {
    name: 'application_answer',
    columns: [id(), ref('applicationId'), ref('questionId'), text('text')],
    indices: [
      index('UQ_answer_application_question', ['applicationId', 'questionId'], true),
      index('IDX_answer_question', ['questionId']),
    ],
    foreignKeys: [
      fk('FK_answer_application', 'applicationId', 'application', 'id', 'CASCADE'),
      fk('FK_answer_question', 'questionId', 'call_question', 'id', 'RESTRICT'),
    ],
  },
  {
    name: 'review_assignment',
    columns: [
      id(),
      ref('applicationId'),
      ref('reviewerId'),
      ref('assignedById', true),
      instant('assignedAt'),
      instant('endedAt', true),
      enumText('endReason', true),
      text('conflictDeclaration', true),
    ],
    indices: [
      index('UQ_assignment_application_reviewer', ['applicationId', 'reviewerId'], true),
      index('IDX_assignment_reviewer', ['reviewerId']),
      index('IDX_assignment_assigned_by', ['assignedById']),
    ],
    foreignKeys: [
      fk('FK_assignment_application', 'applicationId', 'application', 'id', 'CASCADE'),
      fk('FK_assignment_reviewer', 'reviewerId', 'app_user', 'id', 'RESTRICT'),
      fk('FK_assignment_assigned_by', 'assignedById', 'app_user', 'id', 'SET NULL'),
    ],
  },
  {
    name: 'evaluation',
    columns: [
      id(),
      ref('applicationId'),
      ref('reviewerId'),
      text('comment', true),
      enumText('recommendation', true),
      money('recommendedAmount', true),
      enumText('status'),
      instant('submittedAt', true),
      integer('version', { default: 1 }),
      instant('createdAt'),
      instant('updatedAt'),
    ],
    indices: [
      index('UQ_evaluation_application_reviewer', ['applicationId', 'reviewerId'], true),
      index('IDX_evaluation_reviewer', ['reviewerId']),
    ],
    foreignKeys: [
      fk('FK_evaluation_application', 'applicationId', 'application', 'id', 'CASCADE'),
      fk('FK_evaluation_reviewer', 'reviewerId', 'app_user', 'id', 'RESTRICT'),
    ],
  },
  {
    name: 'evaluation_score',
    columns: [id(), ref('evaluationId'), ref('criterionId'), integer('score'), text('comment', true)],
    indices: [
      index('UQ_score_evaluation_criterion', ['evaluationId', 'criterionId'], true),
      index('IDX_score_criterion', ['criterionId']),
    ],
    foreignKeys: [
      fk('FK_score_evaluation', 'evaluationId', 'evaluation', 'id', 'CASCADE'),
      fk('FK_score_criterion', 'criterionId', 'call_criterion', 'id', 'RESTRICT'),
    ],
  },
  {
    name: 'award',
    columns: [
      id(),
      ref('applicationId'),
      ref('callId'),
      money('grantedAmount'),
      date('decisionDate'),
      varchar('decisionNumber', 64, true),
      text('conditions', true),
      date('projectDeadline', true),
      integer('listPosition', { nullable: true }),
      instant('createdAt'),
    ],
    indices: [
      index('UQ_award_application', ['applicationId'], true),
      index('IDX_award_call_amount', ['callId', 'grantedAmount']),
      index('IDX_award_amount', ['grantedAmount']),
      index('IDX_award_decision_date', ['decisionDate']),
    ],
    foreignKeys: [
      fk('FK_award_application', 'applicationId', 'application', 'id', 'RESTRICT'),
      fk('FK_award_call', 'callId', 'grant_call', 'id', 'RESTRICT'),
    ],
  },
  {
    name: 'audit_event',
    columns: [
      id(),
      instant('occurredAt'),
      ref('actorId', true),
      varchar('action', 64),
      varchar('entityType', 64),
      varchar('entityId', 64),
      text('changes'),
    ],
    indices: [
      index('IDX_audit_entity', ['entityType', 'entityId']),
      index('IDX_audit_occurred_at', ['occurredAt']),
      index('IDX_audit_actor', ['actorId']),
    ],
    foreignKeys: [fk('FK_audit_actor', 'actorId', 'app_user', 'id', 'RESTRICT')],
  },
];

/** The whole domain model: regions and municipalities, calls and their rules, applications to awards. */
export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const spec of tables) {
      await queryRunner.createTable(
        new Table({
          name: spec.name,
          columns: spec.columns,
          indices: spec.indices,
          foreignKeys: spec.foreignKeys,
        }),
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const spec of [...tables].reverse()) await queryRunner.dropTable(spec.name);
  }
}
