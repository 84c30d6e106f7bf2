import { createRoute } from '@hono/zod-openapi'
import type { AppRouteHandler } from '../../../platform/http/kit.js'
import { fileBody, importFile, importRoute } from './import-operation.js'

export const route = createRoute({
  ...importRoute('experts', 'importExperts', '批量导入专家 · Import experts from a CSV or JSON-lines file'),
  request: { body: fileBody('experts') },
})

export const handler: AppRouteHandler<typeof route> = async (c) => c.json(await importFile(c, 'experts'), 200)
