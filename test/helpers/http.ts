import type { components, operations } from './api-types.js'

/**
 * An RFC 9457 problem body, as every error answer of the API carries. Its extension members (a
 * conflict's currentState, wantedState, rule) are not in the document, so they read as unknown.
 */
export type Problem = components['schemas']['Problem'] & { [extension: string]: unknown }

/** A schema of the document's components, for a body several operations share. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name]

/** An operation of the API, named by its operationId. */
export type OperationId = keyof operations

type Responses<Op extends OperationId> = operations[Op]['responses']

/** The statuses the API document gives an operation. */
export type StatusOf<Op extends OperationId> = keyof Responses<Op> & number

/** The operation's success status (200 or 201), what a read without a status means. */
export type SuccessOf<Op extends OperationId> = Extract<StatusOf<Op>, 200 | 201>

/**
 * The JSON body the document gives an operation's answer with that status (with several statuses,
 * any of their bodies); a problem+json answer's is a Problem.
 */
export type BodyOf<Op extends OperationId, S extends StatusOf<Op> = SuccessOf<Op>> = S extends StatusOf<Op>
  ? Responses<Op>[S] extends { content: { 'application/json': infer Body } }
    ? Body
    : Responses<Op>[S] extends { content: { 'application/problem+json': unknown } }
      ? Problem
      : never
  : never

/**
 * Reads a JSON (or problem+json) body as the API document types the operation's answer with that
 * status (its success status when none is given). The operation and status only type the body:
 * the tests assert the status themselves.
 */
export async function readJson<Op extends OperationId, S extends StatusOf<Op> = SuccessOf<Op>>(res: Response, operation: Op, status?: S): Promise<BodyOf<Op, S>>
/** A body the document does not describe (a route outside it, a hostile request): the test must narrow it. */
export async function readJson(res: Response): Promise<unknown>
export async function readJson(res: Response): Promise<unknown> {
  return (await res.json()) as unknown
}

/** Reads an error answer's problem body, whatever the operation. */
export async function readProblem(res: Response): Promise<Problem> {
  return (await res.json()) as Problem
}
