/** What an operation file needs, in one import: the route builders, the shared handlers, tags and the response mapper. */
export * from './operations.js'
export * from './handlers.js'
export { tags } from './openapi.js'
export { toResponse } from '../../core/entity.js'
export type { AppRouteHandler } from './types.js'
