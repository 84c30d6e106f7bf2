/** A `.wasm` import, as wrangler bundles it (a CompiledWasm module rule): the compiled module. */
declare module '*.wasm' {
  const compiled: WebAssembly.Module
  export default compiled
}
