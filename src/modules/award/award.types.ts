import { Connection } from '../../common/pagination';
import { Award } from './award.entity';

export const AwardConnection = Connection(Award);
export type AwardConnection = InstanceType<typeof AwardConnection>;
