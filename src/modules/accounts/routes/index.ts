import { createRouter } from '../../../platform/http/create-router.js'
import * as getMe from './get-me.js'

export const meRouter = createRouter().openapi(getMe.route, getMe.handler)
