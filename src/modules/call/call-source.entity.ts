import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EnumColumn, IdColumn } from '../../common/columns';
import { Source } from '../source/source.entity';
import { Call } from './call.entity';

/** What of a call a source vouches for: the call itself, or the figures the ministry announced about it. */
export enum CallSourceSubject {
  CALL = 'CALL',
  PUBLISHED_STATISTICS = 'PUBLISHED_STATISTICS',
}

/** One source of a call or of its published figures, in the order the data names them. */
@Entity('call_source')
@Index('UQ_call_source', ['callId', 'subject', 'sourceId'], { unique: true })
export class CallSource {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  callId: string;

  @ManyToOne(() => Call, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'callId', foreignKeyConstraintName: 'FK_call_source_call' })
  call?: Call;

  @EnumColumn()
  subject: CallSourceSubject;

  @Index('IDX_call_source_source')
  @IdColumn()
  sourceId: string;

  @ManyToOne(() => Source, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'sourceId', foreignKeyConstraintName: 'FK_call_source_source' })
  source?: Source;

  @Column({ type: 'integer' })
  position: number;
}
