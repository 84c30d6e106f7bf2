/** The needs module as other modules see it: everything else in src/modules/needs/ is its own. */
export { NeedCreateSchema, type NeedSchema } from './model.js'
export { createNeedInTx, getNeed, readableNeedIds, startNeed, updateNeedInTx, type NeedInput } from './service.js'
