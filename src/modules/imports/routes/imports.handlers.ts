import type { Context } from 'hono'
import { type ImportKind, assertMayImport, importRecords } from '../service.js'
import { DomainError } from '../../../core/errors.js'
import { importMediaType, openImportRecords, streamChunks } from '../files.js'
import type { AppBindings, AppRouteHandler } from '../../../platform/http/types.js'
import type * as routes from './imports.routes.js'
import { importSpecs } from '../model.js'
import { actorOf } from '../../../platform/http/actor.js'

/** Streams the body through the parser into the import; nothing holds the whole file. */
async function importBody(c: Context<AppBindings>, kind: ImportKind, defaultParkId?: string) {
  assertMayImport(c.var.principal, kind)
  const { format, charset } = importMediaType(c.req.header('content-type'))
  const maxBytes = c.var.deps.config.IMPORT_MAX_BYTES
  if (Number(c.req.header('content-length')) > maxBytes) {
    throw new DomainError('payload_too_large', `Import files are limited to ${maxBytes} bytes (IMPORT_MAX_BYTES)`)
  }
  const body = c.req.raw.body
  if (!body) throw new DomainError('validation_failed', 'The body is empty: send the file')
  const spec = importSpecs[kind]
  const file = await openImportRecords(streamChunks(body), { format, charset, maxBytes, columns: spec.columns })
  const actor = actorOf(c)
  const result = await importRecords(c.var.sql, actor, kind, file.records, spec.validate as never, { defaultParkId })
  return { ...result, format, encoding: file.encoding }
}

export const importEnterprises: AppRouteHandler<typeof routes.importEnterprises> = async (c) => {
  return c.json(await importBody(c, 'enterprises', c.req.valid('query').parkId), 200)
}

export const importExperts: AppRouteHandler<typeof routes.importExperts> = async (c) => {
  return c.json(await importBody(c, 'experts'), 200)
}

export const importNeeds: AppRouteHandler<typeof routes.importNeeds> = async (c) => {
  return c.json(await importBody(c, 'needs'), 200)
}
