/** The needs module as other modules see it: everything else in src/modules/needs/ is its own. */
// The stored shape (the enterprise always named) is what other modules, the demo seed among them, write.
export { NeedCreateSchema, type StoredNeedSchema as NeedSchema } from './model.js'
export { createNeedInTx, getNeed, readableNeedIds, startNeed, updateNeedInTx, type NeedInput } from './service.js'
export { type Concealed, byNeedId, concealEnterprise, concealEnterprises, concealPage, needsWithheldFrom } from './confidential.js'
export { concealedDescription } from './model.js'
export { countedTeams, slotOf, takenSlots } from './slots.js'
