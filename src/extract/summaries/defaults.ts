/** Sentences in an article summary unless the admin sets SUMMARY_SENTENCES. */
export const DEFAULT_SUMMARY_SENTENCES = 3;
