import type { DomainEventType, DomainEvents } from '../../core/events.js'
import type { Actor } from './audit.js'
import type { Queryable } from './client.js'

/** Carries an event's dependents in the publisher's transaction (`tx`). */
export type Subscriber<K extends DomainEventType> = (tx: Queryable, actor: Actor, event: DomainEvents[K]) => Promise<void>

const subscribers = new Map<DomainEventType, Subscriber<never>[]>()

/** Called once per module and event, from the module's index.ts. */
export function subscribe<K extends DomainEventType>(type: K, subscriber: Subscriber<K>): void {
  subscribers.set(type, [...(subscribers.get(type) ?? []), subscriber as Subscriber<never>])
}

/**
 * Runs every subscriber of `type`, in the order they subscribed, inside `tx`. An event without a
 * subscriber means a module that must follow was never loaded: that is a fault, so it throws
 * rather than commit a change whose dependents did not follow.
 */
export async function publish<K extends DomainEventType>(tx: Queryable, actor: Actor, type: K, event: DomainEvents[K]): Promise<void> {
  const list = subscribers.get(type) as Subscriber<K>[] | undefined
  if (!list?.length) throw new Error(`No module follows the event ${type}: is its module's index.ts imported?`)
  for (const subscriber of list) await subscriber(tx, actor, event)
}
