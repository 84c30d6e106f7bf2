import { subscribe } from '../../platform/db/events.js'
import { declineForStoppedExpert, followEnterpriseToPark, followNeedStatus, lockBeforeExpertStops } from './followers.js'
import { handOverResponder } from './responders.js'

/** Engagements follow the records they hang on (see core/events.ts); called once, by src/modules/index.ts. */
export function subscribeEngagements(): void {
  subscribe('need.status_changed', followNeedStatus)
  subscribe('enterprise.park_changed', followEnterpriseToPark)
  subscribe('expert.stopping', lockBeforeExpertStops)
  subscribe('expert.stopped', declineForStoppedExpert)
  subscribe('responder.changed', (tx, actor, event) => handOverResponder(tx, actor, event.kind, event.candidateId, event.expertId))
}
