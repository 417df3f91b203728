import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { KeySetUnavailableError, TokenVerifier } from '../auth/token-verifier';
import { publicViewer, type Viewer } from '../auth/viewer';
import type { AppConfig } from '../config';
import { type ContextFor, createRequestContext } from '../context';
import type { Clock } from '../common/clock';
import { databaseFault } from '../common/database-faults';
import { AppError, serviceUnavailable } from '../common/errors';
import { UserService } from '../modules/user/user.service';

/**
 * The one place a request becomes a RequestContext, for every route: the token is verified, the person
 * recorded, and the context bound to the pool (a transaction rebinds it to its own connection).
 */
export function contextFactory(config: AppConfig, dataSource: DataSource, clock: Clock): ContextFor {
  const verifier = new TokenVerifier(config.jwt, clock);
  const users = new UserService();

  async function viewerFor(authorization: string | undefined, log: Logger): Promise<Viewer> {
    let claims;
    try {
      claims = await verifier.verify(authorization);
    } catch (error) {
      // The client only learns that its token could not be verified; why the issuer's keys could not be
      // had (DNS, refused connection, a bad key set) is for the operators' log.
      if (error instanceof AppError && error.cause instanceof KeySetUnavailableError) {
        log.error({ err: error.cause.cause }, 'the JSON Web Key Set could not be fetched');
      }
      throw error;
    }
    if (!claims) return publicViewer;
    try {
      const user = await users.upsertFromClaims(dataSource.manager, claims, clock.now());
      return users.toViewer(user, claims);
    } catch (error) {
      if (!databaseFault(error)) throw error;
      log.warn({ err: error }, 'the signed-in user could not be recorded: database unavailable');
      throw serviceUnavailable();
    }
  }

  return async (request, languages) => {
    const log = request.log as Logger;
    const ctx = createRequestContext({
      requestId: request.id,
      viewer: await viewerFor(request.headers.authorization, log),
      languages,
      clock,
      manager: dataSource.manager,
      log,
    });
    request.userId = ctx.viewer.userId;
    return ctx;
  };
}
