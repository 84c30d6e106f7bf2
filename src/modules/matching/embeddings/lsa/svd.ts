/**
 * Truncated SVD of a sparse matrix by the randomized range finder of Halko, Martinsson & Tropp
 * (2011), in plain TypeScript: no native code, so it runs alike on Node and Workers.
 *
 * Only products of the sparse matrix with thin dense blocks are needed (cost ∝ nonzeros × block
 * width), plus dense work on blocks of width l = k + oversampling, which stays small (≈ 300) even
 * for 100k documents. Dense blocks are row-major Float64Array, so the sparse products' inner loops
 * run over contiguous memory.
 *
 * Longer than 300 lines: numerical code that reads best in one piece, the fit beside the small
 * dense kernels only it uses.
 */

/** Compressed sparse rows. */
export interface CsrMatrix {
  readonly rows: number
  readonly cols: number
  /** rowStart[r]..rowStart[r+1] index the nonzeros of row r; length rows + 1. */
  readonly rowStart: Int32Array
  readonly colIndex: Int32Array
  readonly values: Float64Array
}

/** A dense row-major matrix. */
export interface DenseMatrix {
  readonly rows: number
  readonly cols: number
  readonly data: Float64Array
}

export interface TruncatedSvd {
  /** Singular values, descending; length k. */
  readonly sigma: Float64Array
  /** Right singular vectors as a cols × k matrix (the term → concept map used to fold in text). */
  readonly v: DenseMatrix
  /** Left singular vectors as a rows × k matrix. */
  readonly u: DenseMatrix
}

export interface SvdOptions {
  /** Number of singular triplets wanted. Clamped to the matrix's smaller side. */
  rank: number
  /** Extra random directions: a margin that makes the top-k subspace accurate. */
  oversampling: number
  /** Power iterations: each sharpens the spectrum's decay, needed because text spectra are flat. */
  powerIterations: number
  /** Seed of the random test matrix, so a fit is reproducible. */
  seed: number
}

export const defaultSvdOptions: SvdOptions = { rank: 128, oversampling: 10, powerIterations: 4, seed: 1 }

export function zeros(rows: number, cols: number): DenseMatrix {
  return { rows, cols, data: new Float64Array(rows * cols) }
}

/**
 * Fitting runs inside a server: the long loops give the event loop a turn every few milliseconds
 * (`pause`), so requests keep being answered while a model is fitted.
 */
export type Pause = () => Promise<void>
const noPause: Pause = async () => {}
/** Rows of a sparse product between two pauses. */
const rowsPerSlice = 256

/** Y = A X, for sparse A (m × n) and dense X (n × l). */
export function sparseTimesDense(a: CsrMatrix, x: DenseMatrix, pause: Pause = noPause): Promise<DenseMatrix> {
  return sparseProduct(a, x, false, pause)
}

/** Z = Aᵀ Y, for sparse A (m × n) and dense Y (m × l), without forming Aᵀ. */
export function sparseTransposeTimesDense(a: CsrMatrix, y: DenseMatrix, pause: Pause = noPause): Promise<DenseMatrix> {
  return sparseProduct(a, y, true, pause)
}

/**
 * A X or Aᵀ X in one pass over A's nonzeros: entry (r, c) adds its row of the dense factor to
 * row r of the result (A X, reading row c of X) or to row c (Aᵀ X, reading row r).
 */
async function sparseProduct(a: CsrMatrix, x: DenseMatrix, transpose: boolean, pause: Pause): Promise<DenseMatrix> {
  const l = x.cols
  const out = zeros(transpose ? a.cols : a.rows, l)
  // Locals, not property reads, in the hot loop: V8 does not always hoist them.
  const { rowStart, colIndex, values } = a
  const od = out.data
  const xd = x.data
  for (let r = 0; r < a.rows; r++) {
    if (r % rowsPerSlice === 0) await pause()
    const rowOff = r * l
    for (let p = rowStart[r]!; p < rowStart[r + 1]!; p++) {
      const v = values[p]!
      const colOff = colIndex[p]! * l
      const outOff = transpose ? colOff : rowOff
      const inOff = transpose ? rowOff : colOff
      for (let j = 0; j < l; j++) od[outOff + j]! += v * xd[inOff + j]!
    }
  }
  return out
}

/**
 * Orthonormalises the columns in place by modified Gram–Schmidt, run twice ("twice is enough",
 * Giraud et al.) because one pass loses orthogonality on the nearly dependent columns that power
 * iteration produces. A column that vanishes (the matrix has lower rank than l) is set to zero,
 * which later yields a zero singular value instead of noise.
 */
export async function orthonormaliseColumns(m: DenseMatrix, pause: Pause = noPause): Promise<void> {
  const { rows, cols, data } = m
  const col = (j: number): Float64Array => {
    const c = new Float64Array(rows)
    for (let i = 0; i < rows; i++) c[i] = data[i * cols + j]!
    return c
  }
  const columns = Array.from({ length: cols }, (_, j) => col(j))
  const originalNorms = columns.map(norm)
  for (let j = 0; j < cols; j++) {
    await pause()
    const cj = columns[j]!
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i < j; i++) axpy(-dot(columns[i]!, cj), columns[i]!, cj)
    }
    const n = norm(cj)
    // Relative test: what is left after projection is rounding error, not a new direction.
    if (n <= 1e-10 * Math.max(originalNorms[j]!, Number.MIN_VALUE)) cj.fill(0)
    else for (let i = 0; i < rows; i++) cj[i]! /= n
  }
  for (let j = 0; j < cols; j++) {
    const cj = columns[j]!
    for (let i = 0; i < rows; i++) data[i * cols + j] = cj[i]!
  }
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!
  return s
}

function norm(a: Float64Array): number {
  return Math.sqrt(dot(a, a))
}

/** y += alpha · x */
function axpy(alpha: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < x.length; i++) y[i]! += alpha * x[i]!
}

/** G = Mᵀ M for a dense tall M (n × l); G is l × l. */
export function gram(m: DenseMatrix): DenseMatrix {
  const l = m.cols
  const g = zeros(l, l)
  for (let r = 0; r < m.rows; r++) {
    const off = r * l
    for (let i = 0; i < l; i++) {
      const mi = m.data[off + i]!
      if (mi === 0) continue
      const gOff = i * l
      for (let j = i; j < l; j++) g.data[gOff + j]! += mi * m.data[off + j]!
    }
  }
  for (let i = 0; i < l; i++) for (let j = 0; j < i; j++) g.data[i * l + j] = g.data[j * l + i]!
  return g
}

/**
 * Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations: simple, and accurate
 * to machine precision for the ≈ 300 × 300 matrices used here (cost ≈ 10 sweeps × 3l³).
 * Returns eigenvalues descending and eigenvectors as the columns of an l × l matrix.
 */
export function symmetricEigen(s: DenseMatrix): { values: Float64Array; vectors: DenseMatrix } {
  const n = s.rows
  const a = Float64Array.from(s.data)
  const v = zeros(n, n)
  for (let i = 0; i < n; i++) v.data[i * n + i] = 1
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0
    let total = 0
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        const x = a[i * n + j]! ** 2
        total += x
        if (i !== j) off += x
      }
    if (off <= 1e-22 * total) break
    for (let p = 0; p < n - 1; p++)
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!
        if (Math.abs(apq) < 1e-300) continue
        const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq)
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1))
        const c = 1 / Math.sqrt(t * t + 1)
        const sn = t * c
        rotate(a, v.data, n, p, q, c, sn)
      }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => a[y * n + y]! - a[x * n + x]!)
  const values = Float64Array.from(order, (i) => a[i * n + i]!)
  const vectors = zeros(n, n)
  order.forEach((src, dst) => {
    for (let r = 0; r < n; r++) vectors.data[r * n + dst] = v.data[r * n + src]!
  })
  return { values, vectors }
}

/** Applies the Jacobi rotation in the (p, q) plane to A (both sides) and accumulates it into V. */
function rotate(a: Float64Array, v: Float64Array, n: number, p: number, q: number, c: number, s: number): void {
  for (let k = 0; k < n; k++) {
    const akp = a[k * n + p]!
    const akq = a[k * n + q]!
    a[k * n + p] = c * akp - s * akq
    a[k * n + q] = s * akp + c * akq
  }
  for (let k = 0; k < n; k++) {
    const apk = a[p * n + k]!
    const aqk = a[q * n + k]!
    a[p * n + k] = c * apk - s * aqk
    a[q * n + k] = s * apk + c * aqk
  }
  for (let k = 0; k < n; k++) {
    const vkp = v[k * n + p]!
    const vkq = v[k * n + q]!
    v[k * n + p] = c * vkp - s * vkq
    v[k * n + q] = s * vkp + c * vkq
  }
}

/** C = A B for dense row-major matrices; the inner loop runs along rows of B and C (contiguous). */
export function denseTimesDense(a: DenseMatrix, b: DenseMatrix): DenseMatrix {
  const c = zeros(a.rows, b.cols)
  const n = b.cols
  for (let r = 0; r < a.rows; r++) {
    const cOff = r * n
    for (let t = 0; t < a.cols; t++) {
      const x = a.data[r * a.cols + t]!
      if (x === 0) continue
      const bOff = t * n
      for (let j = 0; j < n; j++) c.data[cOff + j]! += x * b.data[bOff + j]!
    }
  }
  return c
}

/** Aᵀ B for dense row-major A (m × p) and B (m × q): accumulates outer products of matching rows. */
export async function transposeTimes(a: DenseMatrix, b: DenseMatrix, pause: Pause = noPause): Promise<DenseMatrix> {
  const p = a.cols
  const q = b.cols
  const c = zeros(p, q)
  for (let r = 0; r < a.rows; r++) {
    if (r % rowsPerSlice === 0) await pause()
    for (let i = 0; i < p; i++) {
      const x = a.data[r * p + i]!
      if (x === 0) continue
      const cOff = i * q
      const bOff = r * q
      for (let j = 0; j < q; j++) c.data[cOff + j]! += x * b.data[bOff + j]!
    }
  }
  return c
}

/** (M + Mᵀ) / 2: removes the rounding asymmetry of a product that is symmetric in exact arithmetic. */
export function symmetrise(m: DenseMatrix): DenseMatrix {
  const n = m.rows
  const out = zeros(n, n)
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out.data[i * n + j] = (m.data[i * n + j]! + m.data[j * n + i]!) / 2
  return out
}

/** The first k columns of a row-major matrix. */
export function leadingColumns(m: DenseMatrix, k: number): DenseMatrix {
  const out = zeros(m.rows, k)
  for (let r = 0; r < m.rows; r++) out.data.set(m.data.subarray(r * m.cols, r * m.cols + k), r * k)
  return out
}

/** A seeded Gaussian source (mulberry32 + Box–Muller): the same seed gives the same fit. */
export function gaussianSource(seed: number): () => number {
  let state = seed >>> 0
  const uniform = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296
  }
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform())
}

/**
 * Rank-k SVD A ≈ U Σ Vᵀ. Works on the term side: Z = Aᵀ Q spans A's row space, and the small
 * eigenproblem (ZᵀZ = B Bᵀ) gives Σ² and the rotation W, so V = Z W Σ⁻¹ and U = Q W.
 */
export async function randomizedSvd(a: CsrMatrix, options: SvdOptions = defaultSvdOptions, pause: Pause = noPause): Promise<TruncatedSvd> {
  const k = Math.min(options.rank, a.rows, a.cols)
  const l = Math.min(k + options.oversampling, a.rows, a.cols)
  const next = gaussianSource(options.seed)
  const omega = zeros(a.cols, l)
  for (let i = 0; i < omega.data.length; i++) omega.data[i] = next()
  let q = await sparseTimesDense(a, omega, pause)
  await orthonormaliseColumns(q, pause)
  // Subspace iteration (A Aᵀ)^p A Ω. Re-orthonormalising one side per step is enough to keep the
  // block well conditioned (text spectra are flat: σ₁/σ_k is tens, not 1e8), and doing it on the
  // shorter side (usually documents: fewer than terms) keeps the dense work at rows·l² not cols·l².
  const documentsSide = a.rows <= a.cols
  for (let it = 0; it < options.powerIterations; it++) {
    const z = await sparseTransposeTimesDense(a, q, pause)
    if (!documentsSide) await orthonormaliseColumns(z, pause)
    q = await sparseTimesDense(a, z, pause)
    await orthonormaliseColumns(q, pause)
  }
  // B = Qᵀ A is l × n; its Gram B Bᵀ = Qᵀ A (Aᵀ Q) costs two sparse products and an m × l × l
  // product, never a dense n-sized one (terms outnumber documents in text).
  const bbt = await transposeTimes(q, await sparseTimesDense(a, await sparseTransposeTimesDense(a, q, pause), pause), pause)
  const { values, vectors: w } = symmetricEigen(symmetrise(bbt))
  const sigma = Float64Array.from(values.subarray(0, k), (x) => Math.sqrt(Math.max(0, x)))
  const u = denseTimesDense(q, leadingColumns(w, k))
  // V = Aᵀ U Σ⁻¹: again a sparse product, instead of (Aᵀ Q) W Σ⁻¹ with a dense n × l block.
  const v = await sparseTransposeTimesDense(a, u, pause)
  for (let r = 0; r < a.cols; r++)
    for (let j = 0; j < k; j++) v.data[r * k + j] = sigma[j]! > 0 ? v.data[r * k + j]! / sigma[j]! : 0
  return { sigma, v, u }
}
