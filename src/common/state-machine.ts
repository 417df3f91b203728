import { invalidTransition, type Messages, type StatefulEntity } from './errors';

/**
 * A state machine as data: every move a record may make, and nothing else. Mutations ask it before
 * changing a status, so the rules live in one table per kind of record instead of in scattered ifs.
 */
export class StateMachine<S extends string> {
  constructor(
    /** Which record a refusal names in `extensions.entity`. */
    readonly entity: StatefulEntity,
    /** How messages name the record: "An application" / "Hakemus" / "En ansökan". */
    private readonly subject: Messages,
    readonly transitions: Readonly<Record<S, readonly S[]>>,
  ) {}

  can(from: S, to: S): boolean {
    return this.transitions[from].includes(to);
  }

  /** INVALID_STATE_TRANSITION, with the entity, `from` and `to`, unless the table allows the move. */
  assert(from: S, to: S): void {
    if (!this.can(from, to)) {
      const { en, fi, sv } = this.subject;
      const messages = {
        en: `${en} cannot move from ${from} to ${to}`,
        fi: `${fi} ei voi siirtyä tilasta ${from} tilaan ${to}`,
        sv: `${sv} kan inte gå över från ${from} till ${to}`,
      };
      throw invalidTransition(messages, {
        entity: this.entity,
        from,
        to,
      });
    }
  }
}
