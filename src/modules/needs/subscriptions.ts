import { subscribe } from '../../platform/db/events.js'
import { followEnterpriseToPark } from './followers.js'

/** Needs follow their enterprise to its new park (see core/events.ts); called once, by src/modules/index.ts. */
export function subscribeNeeds(): void {
  subscribe('enterprise.park_changed', followEnterpriseToPark)
}
