import { describe, expect, it } from 'vitest'
import type { Actor } from '../../../src/platform/db/audit.js'
import type { Queryable } from '../../../src/platform/db/client.js'
import { publish, subscribe } from '../../../src/platform/db/events.js'

const actor: Actor = { principal: { role: 'admin', keyId: 'k' }, requestId: 'r', clientRequestId: undefined }
// The subscribers below only pass the transaction on; no statement runs.
const tx = {} as Queryable

describe('in-transaction events', () => {
  it('refuses to publish an event no module follows, so a change never commits without its dependents', async () => {
    await expect(publish(tx, actor, 'responder.changed', { kind: 'society', candidateId: 'c', expertId: null })).rejects.toThrow(/No module follows the event responder.changed/)
  })

  it('runs every subscriber in the order they subscribed, with the publisher\'s transaction, actor and event', async () => {
    const seen: string[] = []
    subscribe('need.status_changed', async (given, who, event) => {
      expect(given).toBe(tx)
      expect(who).toBe(actor)
      seen.push(`first ${event.needId} ${event.before}→${event.after}`)
    })
    subscribe('need.status_changed', async () => {
      seen.push('second')
    })
    await publish(tx, actor, 'need.status_changed', { needId: 'n1', before: 'open', after: 'closed' })
    expect(seen).toEqual(['first n1 open→closed', 'second'])
  })

  it('lets a subscriber hand results back through the event and stops at the first that fails', async () => {
    subscribe('expert.stopped', async (_tx, _actor, event) => {
      event.autoNextMatchIds.push('m1')
    })
    subscribe('expert.stopped', async () => {
      throw new Error('refused')
    })
    let reachedThird = false
    subscribe('expert.stopped', async () => {
      reachedThird = true
    })
    const event = { expertId: 'e', autoNextMatchIds: [] as string[] }
    await expect(publish(tx, actor, 'expert.stopped', event)).rejects.toThrow('refused')
    expect(event.autoNextMatchIds).toEqual(['m1'])
    expect(reachedThird).toBe(false)
  })
})
