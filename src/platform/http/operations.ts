import { type RouteConfig, createRoute, z } from '@hono/zod-openapi'
import {
  authErrorResponses,
  commonErrorResponses,
  conflictResponse,
  idempotencyResponses,
  notFoundResponse,
  preconditionResponses,
} from './problem.js'
import { createRouter } from './create-router.js'
import type { AppRouteHandler } from './types.js'

/**
 * The request parts and operation shapes every resource shares, so that a module's route file says
 * only what is its own: path, names, text and schemas. Each builder returns a plain `createRoute`
 * config, so the OpenAPI document is exactly what a hand-written one would give.
 */

export const IdParamSchema = z.object({
  id: z.uuid().openapi({
    param: { name: 'id', in: 'path' },
    description: '对象 ID（UUID）。The object id (UUID)',
    example: '3f6c2a9e-8b1d-4c7e-9a2f-5d8e1b4c7a90',
  }),
})

export const IfMatchHeaderSchema = z.object({
  'if-match': z
    .string()
    .optional()
    .openapi({ param: { name: 'if-match', in: 'header' }, description: '上次 GET 返回的 ETag（版本标识），修改时必填，防止覆盖他人的修改。The ETag from your last GET; required', example: '"3f6c2a9e-1"' }),
})

export const IdempotencyHeaderSchema = z.object({
  'idempotency-key': z
    .string()
    .optional()
    .openapi({
      param: { name: 'idempotency-key', in: 'header' },
      description: '幂等键：重试新建请求时带上同一键和相同请求体，返回第一次的结果，不会重复新建（保留 24 小时）。Makes a retried create safe: the same key and body return the first response (kept 24 h)',
      example: '7d1c6a0e-need-2026-11-29',
    }),
})

export const etagHeader = {
  ETag: { description: '对象的版本标识，修改时填入 If-Match 请求头。Version of the object, for If-Match', schema: { type: 'string' as const, example: '"3f6c2a9e-1"' } },
}

/** A required JSON request body. */
export const jsonBody = <T>(schema: T, description: string) => ({
  required: true,
  description,
  content: { 'application/json': { schema } },
})

/** What every operation says about itself: its id, its text (Chinese first) and its tag. */
export interface OperationText {
  operationId: string
  summary: string
  description: string
  tags: string[]
}

type Schema = z.ZodType
/** The text in the order the document lists it, however an operation file writes it. */
export const inDocumentOrder = ({ operationId, summary, description, tags }: OperationText) => ({ operationId, summary, description, tags })
const json = <S extends Schema>(schema: S) => ({ 'application/json': { schema } })
/** A response carrying one object and its ETag. */
export const objectResponse = <S extends Schema>(schema: S, description: string) => ({ description, headers: etagHeader, content: json(schema) })
/** A response carrying a JSON body without ETag (pages, reports). */
export const jsonResponse = <S extends Schema>(schema: S, description: string) => ({ description, content: json(schema) })
/** Errors of every operation on an object that may not exist or may be in the wrong state. */
export const transitionErrors = { ...commonErrorResponses, ...authErrorResponses, ...notFoundResponse, ...conflictResponse }

/** `GET <collection>`: a page of objects this key may see. */
export function listOperation<Q extends z.ZodObject, P extends Schema>(path: string, text: OperationText, query: Q, page: P, pageDescription: string) {
  return createRoute({
    method: 'get',
    path,
    ...inDocumentOrder(text),
    request: { query },
    responses: { 200: jsonResponse(page, pageDescription), ...commonErrorResponses, ...authErrorResponses },
  })
}

/** `GET <collection>/{id}`: one object with its ETag. */
export function readOperation<S extends Schema>(path: string, text: OperationText, schema: S, description: string) {
  return createRoute({
    method: 'get',
    path,
    ...inDocumentOrder(text),
    request: { params: IdParamSchema },
    responses: { 200: objectResponse(schema, description), ...commonErrorResponses, ...authErrorResponses, ...notFoundResponse },
  })
}

/** `POST <collection>`: creates an object; safe to retry with an Idempotency-Key. */
export function createOperation<B extends Schema, S extends Schema>(
  path: string,
  text: OperationText,
  body: { schema: B; description: string },
  schema: S,
  extraResponses: RouteConfig['responses'] = {},
) {
  return createRoute({
    method: 'post',
    path,
    ...inDocumentOrder(text),
    request: { headers: IdempotencyHeaderSchema, body: jsonBody(body.schema, body.description) },
    responses: {
      201: objectResponse(schema, '已创建 · Created'),
      ...commonErrorResponses,
      ...authErrorResponses,
      ...extraResponses,
      ...conflictResponse,
      ...idempotencyResponses,
    },
  })
}

/** `PATCH <collection>/{id}`: changes fields under If-Match. */
export function updateOperation<B extends Schema, S extends Schema>(path: string, text: OperationText, body: B, schema: S, description: string) {
  return createRoute({
    method: 'patch',
    path,
    ...inDocumentOrder(text),
    request: { params: IdParamSchema, headers: IfMatchHeaderSchema, body: jsonBody(body, '要修改的字段 · Fields to change') },
    responses: { 200: objectResponse(schema, description), ...transitionErrors, ...preconditionResponses },
  })
}

/** What an operation answers with on success: an object with or without its ETag (`objectResponse`, `jsonResponse`). */
type SuccessResponse = ReturnType<typeof jsonResponse> | ReturnType<typeof objectResponse>

/** `GET <collection>/{id}[/<part>]`: one object, or a part of it, given as its response (with or without an ETag). */
export function readResponseOperation<R extends SuccessResponse>(path: string, text: OperationText, response: R) {
  return createRoute({
    method: 'get',
    path,
    ...inDocumentOrder(text),
    request: { params: IdParamSchema },
    responses: { 200: response, ...commonErrorResponses, ...authErrorResponses, ...notFoundResponse },
  })
}

/** `POST <collection>/{id}/<verb>` with a JSON body: moves the object to another state and answers it. */
export function transitionOperation<B extends Schema, R extends SuccessResponse>(path: string, text: OperationText, body: { schema: B; description: string }, response: R) {
  return createRoute({
    method: 'post',
    path,
    ...inDocumentOrder(text),
    request: { params: IdParamSchema, body: jsonBody(body.schema, body.description) },
    responses: { 200: response, ...transitionErrors },
  })
}

/** `POST <collection>/{id}/<verb>` without a body: the verb says it all (accept, withdraw, start). */
export function actionOperation<R extends SuccessResponse>(path: string, text: OperationText, response: R) {
  return createRoute({ method: 'post', path, ...inDocumentOrder(text), request: { params: IdParamSchema }, responses: { 200: response, ...transitionErrors } })
}

/**
 * `POST <collection>` of an object with a unique name: as `createOperation`, but its 409 is the
 * conflict's (a name taken), whose text also covers a request still in progress.
 */
export function createUniqueOperation<B extends Schema, S extends Schema>(
  path: string,
  text: OperationText,
  body: { schema: B; description: string },
  schema: S,
  extraResponses: RouteConfig['responses'] = {},
) {
  const route = createOperation(path, text, body, schema, extraResponses)
  return createRoute({ ...route, responses: { ...route.responses, ...conflictResponse } })
}

/** `GET <path>` without parameters: a JSON answer about the caller or the service, without ETag. */
export function readJsonOperation<S extends Schema>(path: string, text: OperationText, schema: S, description: string) {
  return createRoute({ method: 'get', path, ...inDocumentOrder(text), responses: { 200: jsonResponse(schema, description), ...commonErrorResponses, ...authErrorResponses } })
}

/**
 * `POST <collection>/{id}/<children>`: creates an object under another one (an invitation under a
 * need, a consultation under an invitation); safe to retry with an Idempotency-Key. Its 409 is the
 * key's, unless `extraResponses` names another.
 */
export function createUnderOperation<B extends Schema, R extends SuccessResponse>(path: string, text: OperationText, body: { schema: B; description: string }, response: R, extraResponses: RouteConfig['responses'] = {}) {
  const request = { params: IdParamSchema, headers: IdempotencyHeaderSchema, body: jsonBody(body.schema, body.description) }
  return createRoute({ method: 'post', path, ...inDocumentOrder(text), request, responses: { 201: response, ...transitionErrors, ...idempotencyResponses, ...extraResponses } })
}

/** An operation file: its route and the handler that answers it. */
type Operation<R extends RouteConfig> = { route: R; handler: AppRouteHandler<R> }

/**
 * A router of operation files, mounted in the order given (the document lists them so). Each
 * handler is checked against its own route, as `.openapi(route, handler)` would.
 */
export function operationsRouter<const Routes extends readonly RouteConfig[]>(...operations: { [K in keyof Routes]: Operation<Routes[K]> }) {
  const router = createRouter()
  for (const { route, handler } of operations as readonly Operation<RouteConfig>[]) router.openapi(route, handler)
  return router
}
