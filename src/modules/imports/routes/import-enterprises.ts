import { createRoute } from '@hono/zod-openapi'
import type { AppRouteHandler } from '../../../platform/http/kit.js'
import { ImportParkQuerySchema } from '../model.js'
import { fileBody, importFile, importRoute } from './import-operation.js'

export const route = createRoute({
  ...importRoute('enterprises', 'importEnterprises', '批量导入企业 · Import enterprises from a CSV or JSON-lines file'),
  request: { query: ImportParkQuerySchema, body: fileBody('enterprises') },
})

export const handler: AppRouteHandler<typeof route> = async (c) => c.json(await importFile(c, 'enterprises', c.req.valid('query').parkId), 200)
