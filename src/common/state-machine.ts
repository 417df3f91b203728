import { invalidTransition, type StatefulEntity } from './errors';

/**
 * A state machine as data: every move a record may make, and nothing else. Mutations ask it before
 * changing a status, so the rules live in one table per kind of record instead of in scattered ifs.
 */
export class StateMachine<S extends string> {
  constructor(
    /** Which record a refusal names in `extensions.entity`. */
    readonly entity: StatefulEntity,
    /** How messages name the record: "An application", "A call". */
    private readonly subject: string,
    readonly transitions: Readonly<Record<S, readonly S[]>>,
  ) {}

  can(from: S, to: S): boolean {
    return this.transitions[from].includes(to);
  }

  /** INVALID_STATE_TRANSITION, with the entity, `from` and `to`, unless the table allows the move. */
  assert(from: S, to: S): void {
    if (!this.can(from, to)) {
      throw invalidTransition(`${this.subject} cannot move from ${from} to ${to}`, {
        entity: this.entity,
        from,
        to,
      });
    }
  }
}
