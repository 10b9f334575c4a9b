/**
 * NOTE: bump ENGINE_VERSION whenever a change to extraction changes its output on the same input
 * (chrome removal, speakers, dates…). A library extracted by another version is re-extracted from
 * the stored original texts on the next visit, keeping the user's corrections.
 */
export const ENGINE_VERSION = 2;
