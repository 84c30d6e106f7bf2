import type { AppRouteHandler } from '../../lib/types.js'
import type * as routes from './me.routes.js'

export const getMe: AppRouteHandler<typeof routes.getMe> = (c) => {
  const principal = c.var.principal
  return c.json(
    {
      keyId: principal.keyId,
      role: principal.role,
      parkId: 'parkId' in principal ? principal.parkId : null,
      enterpriseId: principal.role === 'enterprise' ? principal.enterpriseId : null,
      expertId: principal.role === 'expert' ? principal.expertId : null,
    },
    200,
  )

}
