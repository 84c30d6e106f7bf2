import { describe, expect, it } from 'vitest'
import { negotiate } from '../../../src/platform/http/negotiate.js'

const offers = ['application/json', 'text/csv', 'image/svg+xml'] as const

describe('negotiate', () => {
  it.each([
    [undefined, 'application/json'],
    ['', 'application/json'],
    ['*/*', 'application/json'],
    ['text/csv', 'text/csv'],
    ['image/svg+xml', 'image/svg+xml'],
    ['image/*', 'image/svg+xml'],
    ['text/html, */*;q=0.8', 'application/json'],
    ['text/html', 'application/json'],
    ['application/json;q=0.5, text/csv', 'text/csv'],
    ['text/csv;q=0.9, image/svg+xml', 'image/svg+xml'],
    ['*/*, text/csv', 'text/csv'],
    ['text/csv;q=0', 'application/json'],
    ['TEXT/CSV', 'text/csv'],
  ] as const)('Accept %j → %s', (accept, chosen) => expect(negotiate(accept, offers)).toBe(chosen))
})
