// Duplicate matching for gaps: words in any order, the summary too, small spelling differences,
// synonyms and abbreviations from an admin-edited list, ranked by similarity.
export { normalizeText, stem, tokenize } from './text';
export { NO_SYNONYMS, parseSynonyms } from './synonyms';
export type { PhraseHit, SynonymTable } from './synonyms';
export { coverage, editDistance, idfWeights, tokenSimilarity } from './similarity';
export type { Weights } from './similarity';
export {
  DUPLICATE_THRESHOLD,
  corpusWeights,
  SEARCH_THRESHOLD,
  duplicatePairs,
  rankMatches,
  searchWords,
  similarity
} from './matching';
export type { DuplicatePair, MatchCandidate, MatchResult, ScoredMatch } from './matching';
