import { createRouter } from '../../../../platform/http/create-router.js'
import * as listNeedTeams from './list-need-teams.js'

export const teamsRouter = createRouter().openapi(listNeedTeams.route, listNeedTeams.handler)
