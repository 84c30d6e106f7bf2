import { Hono } from 'hono'
import { DomainError } from '../../core/errors.js'
import type { AppBindings, AppDeps } from '../../platform/http/types.js'
import { docsAssetTypes, docsInitScript, renderDocsPage } from './docs.page.js'

/** Plain Hono routes: the docs page is HTML for people, not part of the API it documents. */
export function createDocsRouter(deps: AppDeps) {
  const router = new Hono<AppBindings>()
  // The service serves Swagger UI itself (Node from node_modules, Workers from its static assets):
  // no CDN, so the page works offline and where CDNs are slow or blocked. Only an operator's
  // explicit DOCS_ASSETS_URL sends the page elsewhere.
  const assetsBase = deps.config.DOCS_ASSETS_URL?.replace(/\/$/, '') ?? '/docs/assets'
  const page = renderDocsPage(assetsBase)

  // The service's front door is its docs page: a person who opens the bare address lands there.
  router.get('/', (c) => c.redirect('/docs', 302))
  router.get('/docs', (c) => c.html(page, 200))
  router.get('/docs/init.js', (c) => c.body(docsInitScript, 200, { 'content-type': 'text/javascript; charset=utf-8' }))
  router.get('/docs/assets/:file', async (c) => {
    const file = c.req.param('file')
    const contentType = docsAssetTypes[file]
    const body = contentType && deps.readDocsAsset ? await deps.readDocsAsset(file) : null
    if (!contentType || !body) throw new DomainError('not_found', `no docs asset ${file}`)
    return c.body(body as Uint8Array<ArrayBuffer>, 200, {
      'content-type': contentType,
      'cache-control': 'public, max-age=86400',
    })
  })
  return router
}
