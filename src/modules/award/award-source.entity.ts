import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { IdColumn } from '../../common/columns';
import { Source } from '../source/source.entity';
import { Award } from './award.entity';

/** One source of an award taken from a publication (the 2020 grants); awards decided here have none. */
@Entity('award_source')
@Index('UQ_award_source', ['awardId', 'sourceId'], { unique: true })
export class AwardSource {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  awardId: string;

  @ManyToOne(() => Award, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'awardId', foreignKeyConstraintName: 'FK_award_source_award' })
  award?: Award;

  @Index('IDX_award_source_source')
  @IdColumn()
  sourceId: string;

  @ManyToOne(() => Source, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'sourceId', foreignKeyConstraintName: 'FK_award_source_source' })
  source?: Source;

  @Column({ type: 'integer' })
  position: number;
}
