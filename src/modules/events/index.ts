/** The events module as other modules see it: everything else in src/modules/events/ is its own. */
export { eventStatuses } from './model.js'
export { provideHighsWasm } from './solver/highs.js'
