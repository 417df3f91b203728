import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Viewer } from './auth/viewer';
import type { Clock } from './common/clock';
import type { Language } from './common/localized-text';
import { Loaders } from './loaders';

/** Everything a resolver may use, built fresh for each request. */
export interface RequestContext {
  requestId: string;
  viewer: Viewer;
  /** Languages from Accept-Language, best first; LocalizedText.text falls back from these. */
  languages: Language[];
  clock: Clock;
  dataSource: DataSource;
  loaders: Loaders;
  log: Logger;
}

export function createRequestContext(fields: Omit<RequestContext, 'loaders'>): RequestContext {
  return { ...fields, loaders: new Loaders(fields.dataSource.manager, fields.viewer) };
}
