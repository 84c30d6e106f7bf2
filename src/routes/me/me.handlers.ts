import { describeCaller } from '../../domain/me.js'
import type { AppRouteHandler } from '../../lib/types.js'
import type * as routes from './me.routes.js'

export const getMe: AppRouteHandler<typeof routes.getMe> = async (c) => c.json(await describeCaller(c.var.sql, c.var.principal), 200)
