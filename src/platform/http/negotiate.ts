/**
 * Picks the representation from an Accept header: the offered media type with the highest
 * quality (ties: the earlier offer). No match, or no header, gives the first offer.
 */
export function negotiate<T extends string>(accept: string | undefined, offers: readonly [T, ...T[]]): T {
  if (!accept) return offers[0]
  let best: { offer: T; q: number; index: number } | null = null
  for (const part of accept.split(',')) {
    const [range, ...params] = part.trim().toLowerCase().split(';').map((s) => s.trim())
    if (!range) continue
    const qParam = params.find((p) => p.startsWith('q='))
    const q = qParam ? Number(qParam.slice(2)) : 1
    if (!(q > 0)) continue
    offers.forEach((offer, index) => {
      const [type, subtype] = offer.split('/')
      const matches = range === offer || range === '*/*' || range === `${type}/*`
      // A wildcard never beats an explicit mention of another offer at the same quality.
      const specificity = range === offer ? 2 : range === '*/*' ? 0 : 1
      if (!matches || !subtype) return
      const score = q + specificity / 1000
      if (!best || score > best.q || (score === best.q && index < best.index)) best = { offer, q: score, index }
    })
  }
  return (best as { offer: T } | null)?.offer ?? offers[0]
}
