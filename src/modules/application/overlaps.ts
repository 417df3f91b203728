import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { ApplicationStatus } from './application-status';
import type { Application } from './application.entity';

export enum OverlapReason {
  SAME_MUNICIPALITY_THEME_PERIOD = 'SAME_MUNICIPALITY_THEME_PERIOD',
  SIMILAR_TEXT = 'SIMILAR_TEXT',
}
registerEnumType(OverlapReason, {
  name: 'OverlapReason',
  description: 'Why another application is shown beside one under review.',
  valuesConfig: {
    SAME_MUNICIPALITY_THEME_PERIOD: {
      description:
        'A municipality of both, the same theme (by its code, in any call), and project periods that overlap: submitted, under review or awarded (an ongoing project).',
    },
    SIMILAR_TEXT: {
      description:
        'Submitted to the same call (the same round) with a strongly similar project name or summary; `similarity` says how similar.',
    },
  },
});

/** How similar texts must be (0–1, see `similarity`) to be shown as SIMILAR_TEXT, on either engine. */
const SIMILARITY_THRESHOLD = 0.5;
/** At most this many overlaps are listed per application, the strongest first. */
export const OVERLAPS_MAX = 20;

@ObjectType({
  description:
    'Another application (or, once awarded, project) that overlaps with one under review, and why. Only applications the caller may see are listed; hidden ones are left out entirely, not counted.',
})
export class ApplicationOverlap {
  applicationId: string;
  /** Filled by the resolver with the row as the caller may see it. */
  application: Application;

  @Field(() => [OverlapReason])
  reasons: OverlapReason[];

  @Field(() => Float, {
    nullable: true,
    description:
      "With SIMILAR_TEXT: how similar the texts are, from 0 to 1 (1: as similar as the application is to itself). On MariaDB the FULLTEXT relevance (MATCH … AGAINST in natural language mode) of the other's project name, or summary, to this one's, divided by this one's own; on SQLite the Jaccard index of their words (of three letters or more, case and accents ignored). The larger of name and summary.",
  })
  similarity: number | null;
}

const ongoing = [ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.AWARDED];
const notInRound = [ApplicationStatus.DRAFT, ApplicationStatus.WITHDRAWN];
const quoted = (values: string[]) => values.map((value) => `'${value}'`).join(', ');
const placeholders = (values: unknown[]) => values.map(() => '?').join(', ');

/**
 * Overlaps of many applications at once, whoever asks (the resolver narrows them to what the caller may
 * see): one statement for shared municipalities, themes and periods, one for similar texts.
 */
export function createOverlapLoader(manager: EntityManager) {
  return new DataLoader<Application, ApplicationOverlap[], string>(
    async (targets) => {
      const [periods, similar] = [
        await sameMunicipalityThemePeriod(manager, targets),
        await similarTexts(manager, targets),
      ];
      return targets.map((target) => {
        const byOther = new Map<string, ApplicationOverlap>();
        const entry = (otherId: string) => {
          let overlap = byOther.get(otherId);
          if (!overlap) {
            overlap = Object.assign(new ApplicationOverlap(), {
              applicationId: otherId,
              reasons: [],
              similarity: null,
            });
            byOther.set(otherId, overlap);
          }
          return overlap;
        };
        for (const row of periods.filter((row) => row.targetId === target.id)) {
          entry(row.otherId).reasons.push(OverlapReason.SAME_MUNICIPALITY_THEME_PERIOD);
        }
        for (const row of similar.filter((row) => row.targetId === target.id)) {
          const overlap = entry(row.otherId);
          overlap.reasons.push(OverlapReason.SIMILAR_TEXT);
          overlap.similarity = row.similarity;
        }
        for (const overlap of byOther.values()) overlap.reasons.sort();
        return [...byOther.values()].sort(
          (a, b) =>
            b.reasons.length - a.reasons.length ||
            (b.similarity ?? 0) - (a.similarity ?? 0) ||
            (a.applicationId < b.applicationId ? -1 : 1),
        );
      });
    },
    { cacheKeyFn: (application) => application.id },
  );
}

/** Other ongoing applications of a shared municipality in the same theme whose project periods overlap. */
async function sameMunicipalityThemePeriod(
  manager: EntityManager,
  targets: readonly Application[],
): Promise<{ targetId: string; otherId: string }[]> {
  const ids = targets.map((target) => target.id);
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT DISTINCT t.id AS targetId, o.id AS otherId
      FROM application t
      JOIN call_theme tt ON tt.id = t.themeId
      JOIN consortium_member tm ON tm.consortiumId = t.consortiumId
      JOIN consortium_member om ON om.municipalityCode = tm.municipalityCode
      JOIN application o ON o.consortiumId = om.consortiumId AND o.id <> t.id
      JOIN call_theme ot ON ot.id = o.themeId AND ot.code = tt.code
      WHERE t.id IN (${placeholders(ids)})
        AND o.status IN (${quoted(ongoing)})
        AND o.projectStart <= t.projectEnd AND t.projectStart <= o.projectEnd
      ORDER BY t.id, o.id`,
    ids,
  );
  return rows.map((row) => ({
    targetId: String(row.targetId),
    otherId: String(row.otherId),
  }));
}

interface Similar {
  targetId: string;
  otherId: string;
  similarity: number;
}

const nameText = (application: Pick<Application, 'projectName'>) =>
  [application.projectName.fi, application.projectName.sv, application.projectName.en]
    .filter(Boolean)
    .join(' ');

/** Applications of the same call (past draft, not withdrawn) with a strongly similar name or summary. */
function similarTexts(manager: EntityManager, targets: readonly Application[]): Promise<Similar[]> {
  return manager.connection.options.type === 'better-sqlite3'
    ? similarBySharedWords(manager, targets)
    : similarByFullText(manager, targets);
}

/** 0–1, rounded to three places so that both engines' figures read alike. */
const rounded = (value: number) => Math.round(Math.min(1, value) * 1000) / 1000;

/**
 * MariaDB: MATCH … AGAINST in natural language mode over the FULLTEXT indexes of project names
 * (FT_application_project_name: Finnish and Swedish) and summaries (FT_application_summary), one part of a
 * UNION ALL per application, which also scores the application itself: its own relevance is the scale.
 */
async function similarByFullText(
  manager: EntityManager,
  targets: readonly Application[],
): Promise<Similar[]> {
  const parts: string[] = [];
  const parameters: unknown[] = [];
  for (const target of targets) {
    parts.push(`SELECT ? AS targetId, o.id AS otherId,
        MATCH(o.projectNameFi, o.projectNameSv) AGAINST (? IN NATURAL LANGUAGE MODE) AS nameScore,
        MATCH(o.summary) AGAINST (? IN NATURAL LANGUAGE MODE) AS summaryScore
      FROM application o
      WHERE o.callId = ? AND (o.id = ? OR o.status NOT IN (${quoted(notInRound)}))`);
    parameters.push(target.id, nameText(target), target.summary ?? '', target.callId, target.id);
  }
  const rows: Record<string, unknown>[] = await manager.query(parts.join(' UNION ALL '), parameters);
  const own = new Map<string, { name: number; summary: number }>();
  for (const row of rows)
    if (row.targetId === row.otherId)
      own.set(String(row.targetId), { name: Number(row.nameScore), summary: Number(row.summaryScore) });
  const similar: Similar[] = [];
  for (const row of rows) {
    const targetId = String(row.targetId);
    const self = own.get(targetId);
    if (row.otherId === row.targetId || !self) continue;
    const ratio = (score: number, scale: number) => (scale > 0 ? score / scale : 0);
    const similarity = rounded(
      Math.max(ratio(Number(row.nameScore), self.name), ratio(Number(row.summaryScore), self.summary)),
    );
    if (similarity >= SIMILARITY_THRESHOLD)
      similar.push({ targetId, otherId: String(row.otherId), similarity });
  }
  return similar;
}

/** Words of three letters or more, lower case, without accents: what the Jaccard index compares. */
function words(text: string | null | undefined): Set<string> {
  return new Set(
    (text ?? '')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => [...word].length >= 3),
  );
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/**
 * SQLite: the Jaccard index of the words of project names and of summaries, over the applications of the
 * same calls read in one statement (a round has a few hundred at most).
 */
async function similarBySharedWords(
  manager: EntityManager,
  targets: readonly Application[],
): Promise<Similar[]> {
  const callIds = [...new Set(targets.map((target) => target.callId))];
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT id, callId, projectNameFi, projectNameSv, projectNameEn, summary FROM application
      WHERE callId IN (${placeholders(callIds)}) AND status NOT IN (${quoted(notInRound)})`,
    callIds,
  );
  const candidates = rows.map((row) => ({
    id: String(row.id),
    callId: String(row.callId),
    name: words(
      [row.projectNameFi, row.projectNameSv, row.projectNameEn]
        .filter((text) => typeof text === 'string')
        .join(' '),
    ),
    summary: words(row.summary as string | null),
  }));
  const similar: Similar[] = [];
  for (const target of targets) {
    const name = words(nameText(target));
    const summary = words(target.summary);
    for (const other of candidates) {
      if (other.callId !== target.callId || other.id === target.id) continue;
      const similarity = rounded(Math.max(jaccard(name, other.name), jaccard(summary, other.summary)));
      if (similarity >= SIMILARITY_THRESHOLD)
        similar.push({ targetId: target.id, otherId: other.id, similarity });
    }
  }
  return similar;
}
