/** Offsets are UTF-16 indices into `Article.text`, end exclusive, so `text.slice(start, end)` is the cited words. */
export interface Span {
  start: number;
  end: number;
}

export type ParagraphKind =
  | 'body'
  /** A short line without closing punctuation between body paragraphs: a section heading. */
  | 'heading'
  /** A news-site block quote: quoted words without quotation marks, followed by a signature. */
  | 'blockquote'
  /** A signature line on its own ("Anna LindqvistAdviser to the Prime Minister") after a block quote. */
  | 'signature';

/** Who signs a block quote: the name and, when given, the role, each with its span. */
export interface Signature extends Span {
  name: string;
  nameSpan: Span;
  role: string | null;
  roleSpan: Span | null;
}

export interface Paragraph extends Span {
  index: number;
  kind: ParagraphKind;
  /** The paragraph's words (the original slice, whitespace folded). */
  text: string;
  /** For a block quote: its signature, inside this paragraph or in the next one. */
  signature?: Signature;
}

export interface Sentence extends Span {
  /** Position in `Article.sentences`. */
  index: number;
  /** Index of the paragraph that holds it. */
  paragraph: number;
  text: string;
}

export type DroppedReason =
  | 'translation-notice'
  | 'foreign-language'
  | 'mojibake'
  | 'related-links'
  | 'subscribe'
  | 'reader-appeal'
  | 'page-counter'
  | 'photo-caption'
  | 'repeated-headline'
  | 'comments'
  | 'wire-credit'
  | 'footer'
  | 'dateline';

export interface Dropped extends Span {
  reason: DroppedReason;
  text: string;
}

export type PublishedFrom = 'front-matter' | 'dateline';

export interface Article {
  /** File name without extension: stable, used in citations and command options. */
  id: string;
  /** File name as found in the folder. */
  file: string;
  /** The text every offset points into: the file's text (HTML reduced to text, front matter kept in place). */
  text: string;
  title: string;
  /** Where the title came from: the headline, the front matter, or the opening sentence. */
  titleFrom: 'front-matter' | 'headline' | 'opening';
  /** The outlet, when the text or the front matter names it. */
  source: string | null;
  url: string | null;
  /** ISO date or date-time of publication, when the article carries one. */
  published: string | null;
  publishedFrom: PublishedFrom | null;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  words: number;
  /** What cleaning removed, and why: nothing is dropped silently. */
  dropped: Dropped[];  /** Who added the article while Dossier ran, and when (ISO): from the front matter Dossier writes. */
  added?: { by: string; at: string };
}

export interface Corpus {
  dir: string;
  articles: Article[];
  /** One line per skipped or merged file: "file: reason". */
  warnings: string[];
  /** SHA-256 over the readable files' names and bytes: decides whether a saved index still fits. */
  hash: string;
}
