// Who an audit entry says acted: a staff member's uid (named from their profile), or 'system' for
// what functions do on their own (payments confirmed by Stripe, automatic jobs).

export const SYSTEM_ACTOR = 'system';

export type ActorLabel = { kind: 'system' } | { kind: 'unknown' } | { kind: 'member'; name: string };

/** `nameOf` gives a member's name when their profile is known, else null (the uid shows). */
export function actorLabel(actor: string, nameOf: (uid: string) => string | null): ActorLabel {
  if (actor === SYSTEM_ACTOR) return { kind: 'system' };
  if (actor === '') return { kind: 'unknown' };
  return { kind: 'member', name: nameOf(actor) ?? actor };
}
