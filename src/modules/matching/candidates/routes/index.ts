import { createRouter } from '../../../../platform/http/create-router.js'
import * as listNeedCandidates from './list-need-candidates.js'

export const candidatesRouter = createRouter().openapi(listNeedCandidates.route, listNeedCandidates.handler)
