import { DomainError } from '../../../core/errors.js'

/**
 * HiGHS (the MILP solver of the University of Edinburgh, compiled to WebAssembly), loaded once on
 * first use: its module is imported lazily so that no path that never solves pays for the WASM.
 */
type Highs = { solve: (problem: string, options?: Record<string, unknown>) => HighsResult }
export interface HighsResult {
  Status: string
  ObjectiveValue: number
  Columns: Record<string, { Primal: number }>
}

let loading: Promise<Highs> | null = null
/** The project's libs type WebAssembly modules but not instances. */
type WasmInstance = { exports: object }
/** The WASM compiled by the runtime's bundler (the Worker's), where the module cannot read its own file. */
let compiled: WebAssembly.Module | null = null

/**
 * For runtimes without a file system to read `highs.wasm` from (Workers): the module the bundler
 * compiled, given once at start. Node leaves it unset and HiGHS reads its file.
 */
export function provideHighsWasm(module: WebAssembly.Module): void {
  compiled = module
  loading = null
}

/** HiGHS, or 503 where its WASM cannot load. */
export function highs(): Promise<Highs> {
  const wasm = compiled
  const options = wasm
    ? {
        // Emscripten's hook: instantiate the given module instead of fetching or reading the file.
        instantiateWasm: (imports: object, done: (instance: WasmInstance) => void) => {
          const instance = new (globalThis as unknown as { WebAssembly: { Instance: new (module: WebAssembly.Module, imports: object) => WasmInstance } }).WebAssembly.Instance(wasm, imports)
          done(instance)
          return instance.exports
        },
      }
    : {}
  loading ??= import('highs')
    .then(async (module) => (module as unknown as { default: (options: object) => Promise<Highs> }).default(options))
    .catch((error: unknown) => {
      loading = null
      throw new DomainError('service_unavailable', `The MILP solver (HiGHS WebAssembly) cannot load here (${String(error)})`)
    })
  return loading
}

/** A model HiGHS proves infeasible: for an event, pins that cannot all be met. */
export class InfeasibleModel extends Error {}

/** One linear term `coefficient name`, as the CPLEX LP format writes it. */
export const term = (coefficient: number, name: string) => `${coefficient < 0 ? '-' : '+'} ${Math.abs(coefficient)} ${name}`

export interface LinearModel {
  objective: string[]
  constraints: string[]
  bounds: string[]
  binaries: string[]
}

/** Solves a maximisation in LP format; `relax` drops integrality (the LP bound). Throws unless HiGHS proves an optimum. */
export async function maximise(model: LinearModel, options: { relax?: boolean; gap?: number } = {}): Promise<HighsResult> {
  const text = [
    'Maximize',
    ` obj: ${model.objective.length > 0 ? model.objective.join(' ') : '0 dummy'}`,
    'Subject To',
    ...model.constraints.map((constraint, i) => ` c${i}: ${constraint}`),
    'Bounds',
    ...model.bounds.map((bound) => ` ${bound}`),
    ...(options.relax || model.binaries.length === 0 ? [] : ['Binaries', ` ${model.binaries.join(' ')}`]),
    'End',
  ].join('\n')
  const solver = await highs()
  // Measured (scripts/bench-events.ts): without presolve and primal heuristics these assignment models solve 2–5× faster.
  const result = solver.solve(text, { output_flag: false, mip_rel_gap: options.gap ?? 1e-9, mip_abs_gap: 1e-9, presolve: 'off', mip_heuristic_effort: 0 })
  if (result.Status === 'Infeasible') throw new InfeasibleModel('HiGHS proved the model infeasible')
  if (result.Status !== 'Optimal') throw new Error(`HiGHS ended with status ${result.Status}`)
  return result
}
