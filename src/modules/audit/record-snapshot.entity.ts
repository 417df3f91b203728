import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { InstantColumn, LongTextColumn } from '../../common/columns';

/**
 * A record exactly as it stood at a moment that matters (an application as submitted, a call as
 * published), written in the same transaction as that moment's change and never updated: the audit log
 * says what changed, a snapshot says what the whole was. `content` is JSON in the owning module's shape.
 */
@Entity('record_snapshot')
@Index('IDX_snapshot_entity_taken_at', ['entityType', 'entityId', 'takenAt'])
export class RecordSnapshot {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  entityType: string;

  @Column({ type: 'varchar', length: 64 })
  entityId: string;

  /** The mutation that took it, e.g. "submitApplication". */
  @Column({ type: 'varchar', length: 64 })
  action: string;

  @InstantColumn()
  takenAt: Date;

  @LongTextColumn()
  content: string;
}
