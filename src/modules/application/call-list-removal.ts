import type { EntityManager } from 'typeorm';
import type { RemovedCallListRows } from '../call/call-admin.service';
import { Answer, Application } from './application.entity';

/**
 * When an update of a call removes questions or themes, the answers to those questions go and the
 * applications that chose those themes choose none. Only drafts exist then (a call's lists change only
 * before its first submission). Registered with the call module in src/schema.ts
 * (`onCallListRowsRemoved`), since the call module may not import this one.
 */
export async function clearRemovedCallListRows(
  manager: EntityManager,
  { questionIds, themeIds }: RemovedCallListRows,
): Promise<void> {
  if (questionIds.length) {
    await manager
      .createQueryBuilder()
      .delete()
      .from(Answer)
      .where('questionId IN (:...ids)', { ids: questionIds })
      .execute();
  }
  if (themeIds.length) {
    await manager
      .createQueryBuilder()
      .update(Application)
      .set({ themeId: null })
      .where('themeId IN (:...ids)', { ids: themeIds })
      .execute();
  }
}
