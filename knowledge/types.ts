// The shapes of the knowledge base and of the answer object: the contract between the
// knowledge engine and everything that presents its answers. Nothing here knows of Teams.

/** An ISO calendar date, `YYYY-MM-DD`. Dates compare as strings. */
export type IsoDate = string;

/** A source document as described by its `knowledge/sources/<id>.yaml`. */
export interface SourceMeta {
  id: string;
  title: string;
  publisher: string;
  /** How a citation names it: "DCSF 2008", "DfE 2010 notice". */
  citeAs: string;
  /** How a sentence names it: "DCSF 2008 note". */
  name: string;
  /** The day the source speaks for. */
  date: IsoDate;
  file: string;
  /** `numbered`: paragraphs numbered 1..n; `headed`: sections cited by their headings. */
  structure: 'numbered' | 'headed';
  paragraphs?: number;
  furniture: string[];
  interruptions?: string[];
  headings: string[];
  introduction?: string;
  chapters?: { from: number; title: string }[];
}

/** A citable unit of a source: a numbered paragraph or a headed section. */
export interface SourceUnit {
  source: string;
  /** "14" for a paragraph, the heading for a section. */
  ref: string;
  /** The heading the unit sits under (section heading or the note's sub-heading). */
  heading?: string;
  chapter?: string;
  text: string;
}

export interface Source extends SourceMeta {
  units: SourceUnit[];
}

/** Where the law says something: source, paragraph(s) or section, and the words. */
export interface Citation {
  source: string;
  /** Paragraph numbers for a numbered source. */
  paras?: number[];
  /** Section heading for a headed source. */
  section?: string;
  quote: string;
}

/** A citation as presented: with its readable label ("DCSF 2008, para 14"). */
export interface CitationView extends Citation {
  label: string;
  sourceTitle: string;
}

/** What a body is under the duty to cooperate (section 10 of the Children Act 2004). */
export type BodyStatus =
  | 'not-a-partner'
  | 'proposed'
  | 'relevant-partner'
  | 'removal-announced'
  | 'removed'
  /** The source is silent on it (named earlier, not mentioned now). */
  | 'not-stated';

export interface Body {
  id: string;
  name: string;
  /** How a sentence names it: "sixth form colleges", "Jobcentre Plus". */
  called: string;
  plural: boolean;
  /** What people type: names, abbreviations, informal forms. */
  aliases: string[];
}

export type Verdict = 'Yes' | 'No' | 'Not yet' | 'Proposed' | 'Not listed';

/**
 * One dated position of the sources on a subject (a body or a topic question).
 * `from` is the day it holds from; where the sources only bound the change, `after`
 * is the last day the earlier position is known to hold.
 */
export interface Position {
  subject: string;
  source: string;
  from: IsoDate;
  after?: IsoDate;
  /** Bodies: the status. */
  status?: BodyStatus;
  /** Yes/no topics: the verdict while this position holds. */
  verdict?: Verdict;
  /** One sentence: the direct answer while this position holds. */
  headline: string;
  explanation?: string;
  /** An announced change that has not yet taken effect at `from`. */
  change?: string;
  cite: Citation[];
}

export type TopicKind = 'yes-no' | 'open';

/** A question the knowledge base can answer about an obligation or topic. */
export interface Topic {
  id: string;
  title: string;
  kind: TopicKind;
  /** Area for grouping (cypp, board, duty, ...). */
  area: string;
  /**
   * Words that must all be present (one of each group) for the recognizer to pick this
   * topic, and words that raise its score. Read by the recognizer only.
   */
  cues: { all: string[][]; any?: string[]; none?: string[] };
  /** Topics answered per body: the verdict follows the body's status. */
  perBody?: { yesWhen: BodyStatus[]; yes: string; no: string; cite: Citation[] };
}

export interface KnowledgeBase {
  sources: Source[];
  bodies: Body[];
  topics: Topic[];
  positions: Position[];
  /** Words the recognizer treats as ambiguous between bodies ("council"). */
  ambiguous: Record<string, string[]>;
  /** The date of the latest source: the default as-at date. */
  latest: IsoDate;
}

export type QueryKind = 'body-status' | 'body-list' | 'body-about' | 'topic';

/**
 * What a yes/no question asks of the position: whether it holds now (`is`), whether it was
 * proposed (`proposed`), whether it will last (`stay`), or whether it is going (`removal`).
 */
export type QuestionForm = 'is' | 'proposed' | 'stay' | 'removal';

/** A structured question: what the engine answers. */
export interface Query {
  kind: QueryKind;
  bodyId?: string;
  /** A body the user named that the knowledge base does not know. */
  unknownBody?: string;
  topicId?: string;
  /** For yes/no questions; `is` when absent. */
  form?: QuestionForm;
  /** For `body-list`: which status to list; relevant partners when absent. */
  listOf?: 'relevant-partner' | 'removal-announced' | 'proposed';
  /** The as-at date; the latest source's date when absent. */
  asAt?: IsoDate;
  /** How the user named the date ("in 2008"), for the reply. */
  asAtText?: string;
}

export interface Change {
  /** When the change was announced or takes effect. */
  date: IsoDate;
  text: string;
  cite: CitationView[];
}

/** The answer object: the contract between knowledge and presentation. */
export interface Answer {
  query: Query;
  /** Present for yes/no questions. */
  verdict?: Verdict;
  title: string;
  /** The direct answer, one sentence. */
  headline: string;
  explanation: string[];
  /** The date the answer speaks for. */
  asAt: IsoDate;
  /** Note on the date: the sources cannot settle it, or it is past the latest source. */
  dateNote?: string;
  /** Announced or later changes the sources date after `asAt`. */
  changes: Change[];
  citations: CitationView[];
  /** Items of a list answer (relevant partners). */
  items?: { name: string; called: string; note?: string }[];
}
