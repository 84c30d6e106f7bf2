import type { MatchDocument } from './search-documents.js'
import type { MatchSource } from './search-sources.js'

/**
 * The text a candidate or need is matched by: its headline (fields, name, title) as the title,
 * then its terms and passages. Empty parts are dropped; terms are deduplicated so a member
 * listed in several stations' teams does not outweigh the station's own description.
 */
export function toMatchDocument(source: MatchSource): MatchDocument {
  const terms = [...new Set(source.terms.map((term) => term.trim()).filter(Boolean))]
  const body = [terms.join(' '), ...source.passages.map((passage) => passage.trim())].filter(Boolean).join('\n')
  return {
    kind: source.kind,
    id: source.id,
    parkId: source.parkId,
    regionCode: source.regionCode,
    available: source.available,
    title: source.headline.trim(),
    body,
  }
}
