import { operationsRouter } from '../../../platform/http/operations.js'
import * as createEvent from './create-event.js'
import * as getAgenda from './get-agenda.js'
import * as getEvent from './get-event.js'
import * as listEvents from './list-events.js'
import * as publishEvent from './publish-event.js'
import * as solveEvent from './solve-event.js'
import * as updateEvent from './update-event.js'

export const eventsRouter = operationsRouter(createEvent, listEvents, getEvent, updateEvent, solveEvent, getAgenda, publishEvent)
