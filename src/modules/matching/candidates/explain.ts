import { notFound } from '../../../core/access.js'
import type { ExclusionRule } from '../../../core/engagement-rules.js'
import { type CandidateKind, candidateKinds } from '../../../core/vocabulary.js'
import { nearestAmong } from '../index/vector-search.js'
import { type FusedEntry, type Retrieval, fuse, noShownTerms, retrieve, roundedScore } from '../retrieval.js'
import type { CandidateReasons } from './model.js'
import { loadCandidateProfiles, loadNeedContext } from './queries.js'
import { type Fusion, type Retriever, applyRules, contributionBeside } from './ranking.js'
import { type MatchingDeps, judged, needAsQuery } from './service.js'

export interface CandidateExplanation {
  /** The fused score after rules, as the need's candidate list computes it. */
  score: number
  /**
   * The candidate's own confidence. The list caps each confidence at the one above it so it never
   * rises down the list; a proposal is read on its own, so this is the uncapped value (the list's
   * equals it, or the lower one of a candidate above).
   */
  confidence: number
  reasons: CandidateReasons
  /** The rule that keeps the candidate off the list (and from being engaged), if one does. */
  excludedBy: ExclusionRule | null
}

/** The list this explains: every kind, weighted fusion (what `GET /v1/needs/{id}/candidates` gives by default). */
const fusion: Fusion = 'weighted'

/**
 * For given candidates of one need, the score, confidence and reasons the need's candidate list
 * would show them with, whether or not either retriever listed them in its top hundred: a
 * candidate the retriever did not list gets its own evidence for this pair (its BM25 score for the
 * need's terms, its cosine to the need), ranked and normalised against the retriever's list. A
 * cosine below the retrieval floor is no evidence, as in the list. The caller checks who may read
 * the need; unknown candidates are absent from the answer. Keyed `${kind}:${id}`.
 */
export async function explainCandidates(
  deps: MatchingDeps,
  needId: string,
  refs: readonly { kind: CandidateKind; id: string }[],
): Promise<Map<string, CandidateExplanation>> {
  const context = await loadNeedContext(deps.sql, needId)
  if (!context) throw notFound('need', needId)
  const answer = new Map<string, CandidateExplanation>()
  if (refs.length === 0) return answer
  const query = await needAsQuery(deps, context, [...candidateKinds], fusion)
  const retrieval = await retrieve(deps, query)
  const fused = fuse(fusion, retrieval)
  const keyOf = (ref: { kind: CandidateKind; id: string }) => `${ref.kind}:${ref.id}`
  const entryOf = (ref: { kind: CandidateKind; id: string }) => {
    const entry = fused.get(keyOf(ref)) ?? { ...ref, score: 0, matchedTerms: [], shownTerms: noShownTerms, retrievers: {} }
    fused.set(keyOf(ref), entry)
    return entry
  }
  const unlisted = (retriever: Retriever) => refs.filter((ref) => fused.get(keyOf(ref))?.retrievers[retriever] === undefined)

  const add = (retriever: Retriever, listed: readonly number[], hit: { kind: CandidateKind; id: string; score: number }) => {
    const { rank, contribution } = contributionBeside(fusion, retriever, listed, hit.score, retrieval.calibration.fusionWeight)
    const entry = entryOf(hit)
    entry.score += contribution
    entry.retrievers[retriever] = { rank, score: roundedScore(hit.score) }
    return entry
  }
  const missingText = unlisted('full_text')
  if (retrieval.used.fullText && missingText.length > 0) {
    // Unavailable candidates too: their evidence is shown, and excludedBy says why they are not listed.
    const hits = await deps.fullText.search(query.text, { kinds: [...new Set(missingText.map((ref) => ref.kind))], ids: missingText.map((ref) => ref.id) }, missingText.length)
    const listed = retrieval.textHits.map((hit) => hit.score)
    for (const hit of hits) {
      const entry = add('full_text', listed, hit)
      entry.matchedTerms = hit.matchedTerms
      entry.shownTerms = hit.shownTerms
    }
  }
  await addCosines(deps, retrieval, unlisted('vector'), (hit) => add('vector', retrieval.vectorHits.map((listed) => listed.score), hit))

  const profiles = await loadCandidateProfiles(deps.sql, refs)
  // Asked for together, so their texts are read in one statement.
  await Promise.all(
    profiles.map(async (profile) => {
      const entry: FusedEntry<CandidateKind> = entryOf(profile)
      const rules = applyRules(profile, context)
      const { exclusion, score, confidence } = judged(entry, rules, retrieval)
      const matchedTerms = (await entry.shownTerms()).slice(0, 20)
      answer.set(keyOf(profile), {
        score,
        confidence,
        reasons: { matchedTerms, retrievers: entry.retrievers, rules },
        excludedBy: exclusion ? (exclusion.rule as ExclusionRule) : null,
      })
    }),
  )
  return answer
}

/** The cosine of each given candidate to the need's vector, at or above the retrieval floor, as the vector retriever would list it. */
async function addCosines(
  deps: MatchingDeps,
  retrieval: Retrieval<CandidateKind>,
  refs: readonly { kind: CandidateKind; id: string }[],
  add: (hit: { kind: CandidateKind; id: string; score: number }) => void,
): Promise<void> {
  const vector = retrieval.queryVector
  if (!retrieval.used.vector || vector === null || refs.length === 0) return
  for (const kind of candidateKinds) {
    const ids = refs.filter((ref) => ref.kind === kind).map((ref) => ref.id)
    const hits = await nearestAmong(deps.sql, vector, { kind, ids, model: deps.embedder.model, dimensions: deps.embedder.dimensions }, ids.length)
    for (const hit of hits) if (hit.score >= retrieval.calibration.retrievalFloor) add(hit)
  }
}
