import { describeCaller } from '../me.js'
import type { AppRouteHandler } from '../../../platform/http/types.js'
import type * as routes from './me.routes.js'

export const getMe: AppRouteHandler<typeof routes.getMe> = async (c) => c.json(await describeCaller(c.var.sql, c.var.principal), 200)
