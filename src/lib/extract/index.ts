/**
 * The extraction engine's public API: one record (extractArticle), a batch with cross-document
 * evidence (extractBatch), the serialisable chrome model the worker keeps across drops, and the
 * outlet fingerprint table the user can extend.
 */
export {
  extractArticle,
  dateStatements,
  type ArticleExtraction,
  type ExtractContext,
  type ExtractedStatement,
} from './extract-article';
export { extractBatch, clustersOf, type BatchArticle, type BatchResult } from './extract-batch';
export {
  addToChromeModel,
  buildChromeModel,
  emptyChromeModel,
  mergeChromeModels,
  restoreChromeModel,
  type ChromeModel,
} from './chrome-model';
export { FINGERPRINTS, restoreFingerprints, type Fingerprint } from './outlets/fingerprints';
export { OUTLETS, type OutletInfo } from './outlets/outlets';
