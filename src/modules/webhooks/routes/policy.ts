import type { RouteConfig } from '@hono/zod-openapi'
import type { Caller } from '../../../platform/http/kit.js'
import type { TargetPolicy } from '../targets.js'

/** Where this deployment lets subscriptions point (config WEBHOOK_ALLOW_PRIVATE_TARGETS). */
export const targetPolicy = <R extends RouteConfig>({ c }: Caller<R>): TargetPolicy => ({ allowPrivateTargets: c.get('deps').config.WEBHOOK_ALLOW_PRIVATE_TARGETS })
