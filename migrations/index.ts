import { InitialSchema1764000000000 } from './1764000000000-initial-schema';
import { ApplicationRejectionReason1764000000001 } from './1764000000001-application-rejection-reason';

/** Every migration, oldest first. */
export const migrations = [InitialSchema1764000000000, ApplicationRejectionReason1764000000001];
