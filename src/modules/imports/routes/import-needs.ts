import { createRoute } from '@hono/zod-openapi'
import type { AppRouteHandler } from '../../../platform/http/kit.js'
import { fileBody, importFile, importRoute } from './import-operation.js'

export const route = createRoute({
  ...importRoute('needs', 'importNeeds', '批量导入技术需求 · Import technical needs from a CSV or JSON-lines file'),
  request: { body: fileBody('needs') },
})

export const handler: AppRouteHandler<typeof route> = async (c) => c.json(await importFile(c, 'needs'), 200)
