/** The accounts module as other modules see it: everything else in src/modules/accounts/ is its own. */
export { type NewApiKey } from './model.js'
export { insertApiKey } from './queries.js'
