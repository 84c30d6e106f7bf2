import { operationsRouter } from '../../../../platform/http/kit.js'
import * as expert from './list-expert-recommended-needs.js'
import * as society from './list-society-recommended-needs.js'
import * as workstation from './list-workstation-recommended-needs.js'

export const recommendedNeedsRouter = operationsRouter(expert, society, workstation)
