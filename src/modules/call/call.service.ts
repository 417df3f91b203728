import { Brackets, type SelectQueryBuilder } from 'typeorm';
import { restrictCalls } from '../../auth/visibility';
import type { RequestContext } from '../../context';
import { badInput, notFound } from '../../common/errors';
import { parseId } from '../../common/ids';
import { paginate, type Page, type PageArgs, sortValue } from '../../common/pagination';
import { CALL_KEY_MAX_CHARS } from '../../common/limits';
import { Call, CallState, CallStatus } from './call.entity';
import type { CallFilter } from './call.inputs';

const callKeyPattern = /^[A-Za-z0-9][A-Za-z0-9-]{0,31}$/;

export function parseCallKey(key: string, field = 'key'): string {
  if (!callKeyPattern.test(key))
    throw badInput(
      {
        en: 'A call key is letters, digits and dashes, e.g. "2020" or "2019-2"',
        fi: 'Haun tunnus koostuu kirjaimista, numeroista ja yhdysmerkeistä, esimerkiksi "2020" tai "2019-2"',
        sv: 'En utlysnings nyckel består av bokstäver, siffror och bindestreck, till exempel "2020" eller "2019-2"',
      },
      field,
    );
  return key;
}

/** A call's status at an instant: the administrator's state, then the application window. */
export function callStatusAt(call: Pick<Call, 'state' | 'opensAt' | 'closesAt'>, now: Date): CallStatus {
  if (call.state === CallState.DRAFT) return CallStatus.DRAFT;
  if (call.state === CallState.DECIDED) return CallStatus.DECIDED;
  if (call.closesAt && now >= call.closesAt) return CallStatus.CLOSED;
  if (!call.opensAt || now >= call.opensAt) return call.closesAt ? CallStatus.OPEN : CallStatus.PUBLISHED;
  return CallStatus.PUBLISHED;
}

/** When callStatusAt will next answer differently without a write (the call opens or closes); null if never. */
export function nextStatusChangeAt(
  call: Pick<Call, 'state' | 'opensAt' | 'closesAt'>,
  now: Date,
): Date | null {
  if (call.state !== CallState.PUBLISHED) return null;
  return [call.opensAt, call.closesAt].find((at): at is Date => at !== null && at > now) ?? null;
}

/** The same rule as callStatusAt, as SQL, for list filters. */
function whereStatus(query: SelectQueryBuilder<Call>, status: CallStatus, now: Date): void {
  const params = { now, published: CallState.PUBLISHED };
  switch (status) {
    case CallStatus.DRAFT:
      query.andWhere('call.state = :draft', { draft: CallState.DRAFT });
      return;
    case CallStatus.DECIDED:
      query.andWhere('call.state = :decided', { decided: CallState.DECIDED });
      return;
    case CallStatus.CLOSED:
      query.andWhere(
        'call.state = :published AND call.closesAt IS NOT NULL AND call.closesAt <= :now',
        params,
      );
      return;
    case CallStatus.OPEN:
      query.andWhere(
        'call.state = :published AND call.closesAt IS NOT NULL AND call.closesAt > :now AND (call.opensAt IS NULL OR call.opensAt <= :now)',
        params,
      );
      return;
    case CallStatus.PUBLISHED:
      query.andWhere(
        new Brackets((published) =>
          published
            .where('call.state = :published AND call.closesAt IS NULL', params)
            .orWhere('call.state = :published AND call.opensAt IS NOT NULL AND call.opensAt > :now', params),
        ),
      );
  }
}

/** Reads calls; drafts are the administrators' alone. */
export class CallService {
  constructor(private readonly ctx: RequestContext) {}

  private visibleCalls(): SelectQueryBuilder<Call> {
    const query = this.ctx.manager.getRepository(Call).createQueryBuilder('call');
    restrictCalls(query, this.ctx.viewer, 'call');
    return query;
  }

  async byId(id: string, field = 'id'): Promise<Call | null> {
    return this.ctx.loaders.call.load(parseId(id, field));
  }

  async byKey(key: string, field = 'key'): Promise<Call | null> {
    return this.visibleCalls()
      .andWhere('call.key = :key', { key: parseCallKey(key, field) })
      .getOne();
  }

  /** For filters: an unknown call is an error there, not an empty list that looks like "no awards". */
  async requireByKey(key: string, field: string): Promise<Call> {
    const call = await this.byKey(key, field);
    if (!call) throw notFound({ en: `Call "${key}"`, fi: `Hakua "${key}"`, sv: `Utlysningen "${key}"` });
    return call;
  }

  async lookup(id: string | null | undefined, key: string | null | undefined): Promise<Call | null> {
    if ((id ? 1 : 0) + (key ? 1 : 0) !== 1)
      throw badInput(
        {
          en: 'Give exactly one of id and key',
          fi: 'Anna joko id tai key, ei molempia',
          sv: 'Ange antingen id eller key, inte båda',
        },
        id ? 'key' : 'id',
      );
    return id ? this.byId(id) : this.byKey(key as string);
  }

  async list(filter: CallFilter | null | undefined, page: PageArgs): Promise<Page<Call>> {
    const query = this.visibleCalls();
    if (filter?.year !== undefined && filter.year !== null)
      query.andWhere('call.year = :year', { year: filter.year });
    if (filter?.stage) query.andWhere('call.stage = :stage', { stage: filter.stage });
    if (filter?.status) whereStatus(query, filter.status, this.ctx.clock.now());
    return paginate(
      query,
      [
        { expression: 'call.year', direction: 'DESC', type: sortValue.integer },
        {
          expression: 'call.key',
          direction: 'ASC',
          type: sortValue.text(CALL_KEY_MAX_CHARS, callKeyPattern),
        },
      ],
      page,
    );
  }
}
