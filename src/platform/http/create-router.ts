import { OpenAPIHono } from '@hono/zod-openapi'
import { DomainError, describeFieldErrors } from '../../core/errors.js'
import { fieldErrorsFromZod } from './problem.js'
import type { AppBindings } from './types.js'

/** Every router shares one validation hook, so every invalid input becomes the same problem body. */
export function createRouter() {
  return new OpenAPIHono<AppBindings>({
    strict: true,
    defaultHook: (result) => {
      if (!result.success) {
        const errors = fieldErrorsFromZod(result.target, result.error.issues)
        throw new DomainError('validation_failed', describeFieldErrors(errors), { errors })
      }
    },
  })
}
