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
  /**
   * The earliest day its account of the law then in force is read for: a note that says
   * "at present ..." speaks for a little before its own date.
   */
  speaksFrom?: IsoDate;
  /** How people name it in a question, normalised ("2010 notice", "legislative options note"). */
  calledAs?: string[];
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
  /** The body asking (the local authority): not the subject of a question that names another. */
  asker?: boolean;
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
  /** The means (a `Means` id) by which the announced removal is to be made. */
  changeBy?: string;
  /**
   * For a topic that is an obligation: what the position means for it, where the verdict
   * alone does not say (a "No" that is only proposed, a "Yes" whose removal is announced).
   */
  obligation?: ObligationStatus;
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
  /** The bodies the topic speaks of, where it speaks of some ("schools and colleges" on the Board). */
  bodies?: string[];
  /** What the topic's sources mention but never say: a question for it is answered with that, and no citation. */
  silentOn?: { cues: string[][]; says: string };
  /** A question of permission ("may we keep a Board?"): answered as it stands, whatever change its context mentions. */
  permission?: boolean;
  /**
   * For a requirement: the topic that answers "may we?" ("can we still have a CYPP?" is
   * whether a voluntary plan is allowed, not whether one is required).
   */
  permittedBy?: string;
  /** The topic speaks of every relevant partner ("must relevant partners have regard to the CYPP?"). */
  partners?: boolean;
  /** A topic whose answer this one qualifies (the 4-star exemption qualifies "must we publish a CYPP?"). */
  qualifies?: string;
  /**
   * Topics answered per body: "Yes" when the body's status is one of `yesWhen`, or the body
   * is one of `yesFor`; the sentences are filled for the body.
   */
  perBody?: { yesWhen?: BodyStatus[]; yesFor?: string[]; yes: string; no: string; cite: Citation[] };
}

/** A means by which a source says a change will be made ("the Education Bill"). */
export interface Means {
  id: string;
  /** How a sentence names it: "the Education Bill". */
  name: string;
  /** What people type for it, normalised. */
  aliases: string[];
  /** The source that names it, and what it says of the means itself ("did the Bill pass?"). */
  source: string;
  headline: string;
  /** The answer to "has it passed?" while the latest source still has it to come: a "Not yet". */
  notYet?: string;
  cite: Citation[];
}

export interface KnowledgeBase {
  sources: Source[];
  means: Means[];
  bodies: Body[];
  topics: Topic[];
  positions: Position[];
  /** The statutory obligations a board summary lists, each read off a topic's timeline. */
  obligations: Obligation[];
  /** The compliance checklist: what a board is asked, and which obligation each line tests. */
  checks: Check[];
  /** Words the recognizer treats as ambiguous between bodies ("council"). */
  ambiguous: Record<string, string[]>;
  /** The date of the latest source: the default as-at date. */
  latest: IsoDate;
}

export type QueryKind = 'body-status' | 'body-list' | 'body-about' | 'topic' | 'passage' | 'changes' | 'means';

/**
 * What a question asks of a subject's timeline: whether it holds (`is`), whether its removal
 * has happened (`removed`) or is on the way (`removing`), whether it will last (`stays`),
 * whether it is being brought in (`adding`), whether it was proposed (`proposed`), or when it
 * changed (`when`).
 */
export type QuestionForm = 'is' | 'removed' | 'removing' | 'stays' | 'adding' | 'proposed' | 'when';

/** What a question is asked under: a `Means` id ("once the Education Bill passes"), or any announced change. */
export type Condition = string;

/** A structured question: what the engine answers. */
export interface Query {
  kind: QueryKind;
  bodyId?: string;
  /** A body the user named that the knowledge base does not know. */
  unknownBody?: string;
  topicId?: string;
  /** For yes/no questions; `is` when absent. */
  form?: QuestionForm;
  /** Asked on the condition that an announced change is made: a `Means` id, or `announced`. */
  condition?: Condition;
  /** A means the question names without making it a condition ("is the Education Bill taking X off?"). */
  means?: string;
  /** Asked about the present ("now", "still", "today"): the answer says first how old its sources are. */
  now?: boolean;
  /** Asked as an open question: answer with the position, no verdict. */
  open?: boolean;
  /**
   * A plain yes or no would mislead: the question is asked in the negative ("are schools not
   * covered?") or about more than the answer covers ("are A and B both gone?").
   */
  noVerdict?: boolean;
  /**
   * The question asks whether a requirement may be given up ("can we scrap our board?"): the
   * requirement's yes is its no, and its no its yes.
   */
  givingUp?: boolean;
  /**
   * With form `proposed`: the question asks how things would stand under the proposals ("under
   * the 2008 proposals would the police have had to cooperate?"), not what they proposed doing.
   */
  underProposals?: boolean;
  /**
   * What the question takes for granted ("since the duty to cooperate was abolished, ..."), as
   * a question of its own: where the sources say otherwise, the answer says so first.
   */
  premise?: Query;
  /** The source the question names as saying or proposing it ("did the DfE notice propose ..."). */
  by?: string;
  /** Further subjects asked about together ("are schools and JCP both going?"): one verdict only if all agree. */
  also?: { bodyId?: string; topicId?: string }[];
  /** With `also`: asked of all of them ("both", "and"), or of any ("or", "either"). */
  all?: boolean;
  any?: boolean;
  /** A "when" question about a change ("when did it become required?"), not a deadline. */
  changed?: boolean;
  /** For `changes`: the span of time asked about. */
  span?: { from: IsoDate; to: IsoDate };
  /** For `changes`: what is announced and yet to happen, rather than what changed. */
  pending?: boolean;
  /** For `passage`: the units of the sources that answer it, best first. */
  units?: { source: string; ref: string }[];
  /** For `passage`: the question's words, stemmed, to pick the sentence that answers it. */
  terms?: string[];
  /** For `passage`: the question asked yes or no (the passage answers it without a verdict). */
  yesNo?: boolean;
  /** For `passage`: the question asked why: quote the sentence that gives a reason. */
  why?: boolean;
  /** For `passage`: the sentence found proposes what was asked ("did the note propose X?": Yes). */
  proposal?: string;
  /** For `passage`: the sentence found states what was asked as law or fact ("in 2008 did the LA have to consult schools?": Yes). */
  statement?: string;
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
  /** Items of a list answer (relevant partners), or the lines of a change answer. */
  items?: { name: string; called: string; note?: string }[];
  /** Said when the answer holds only under the question's condition. */
  condition?: string;
}

// ---- obligations, the board's facts, and the compliance check ----

/** Where an obligation stands on a date. */
export type ObligationStatus =
  | 'required'
  /** Still required, but its removal has been announced. */
  | 'removal-announced'
  /** Proposed, not (yet) law. */
  | 'proposed'
  /** Was required; no longer is. */
  | 'no-longer-required'
  | 'not-required'
  /** The sources only bound a change, and the date falls between. */
  | 'unsettled'
  /** The sources say nothing on it for that date. */
  | 'not-stated';

/** Who an obligation falls on. */
export type DutyHolder = 'authority' | 'board' | 'partners' | 'schools';

export interface Obligation {
  id: string;
  /** What is required, as a short imperative: "Appoint a Director of Children’s Services". */
  title: string;
  holder: DutyHolder;
  /** The topic whose dated positions say whether it is required. */
  topic: string;
}

/** What the board has told the bot about itself (its profile), as far as the law cares. */
export interface BoardFacts {
  /** Ids of the bodies that sit on or cooperate with the board. */
  partners: string[];
  dcsInPost?: boolean;
  leadMemberInPost?: boolean;
}

/** The answers a compliance check is run with. */
export interface CheckAnswers {
  /** Yes/no answers by check id. */
  yes: Record<string, boolean | undefined>;
  /** Bodies the authority has cooperation arrangements with. */
  cooperatingWith: string[];
  /** Bodies the board pools budgets or shares resources with under section 10. */
  poolsWith: string[];
}

/**
 * One line of the compliance checklist. `yes-no` asks one question; `partners` gives a line
 * per relevant partner on the date; `pooling` a line per body the board pools with.
 */
export interface Check {
  id: string;
  obligation: string;
  kind: 'yes-no' | 'partners' | 'pooling';
  /** The statement the board confirms ("A Director of Children’s Services is in post"). */
  ask: string;
  /** The answer that meets the obligation while it is required (default yes). */
  meets?: boolean;
  /** The answer that is a gap once it is no longer required (relying on withdrawn guidance). */
  gapOnceLifted?: boolean;
  /** Where the board profile prefills the answer: a BoardFacts field, or that a profile exists. */
  prefill?: 'dcsInPost' | 'leadMemberInPost' | 'hasProfile';
  /** Words for the result line: met / gap. */
  metText: string;
  gapText: string;
  /** The gap's words once the obligation is lifted (for `gapOnceLifted`). */
  liftedGapText?: string;
}

export type CheckOutcome = 'met' | 'gap' | 'not-required' | 'lifted' | 'changing' | 'unsettled';

export interface CheckLine {
  checkId: string;
  title: string;
  outcome: CheckOutcome;
  text: string;
  citations: CitationView[];
}

export interface ComplianceResult {
  asAt: IsoDate;
  dateNote?: string;
  lines: CheckLine[];
  gaps: number;
  /** One line: the overall status. */
  overall: string;
}

export interface ObligationLine {
  id: string;
  title: string;
  holder: DutyHolder;
  status: ObligationStatus;
  /** What the sources say, one sentence. */
  headline: string;
  /** What is changing next, if anything. */
  next?: string;
  citations: CitationView[];
}

export interface PartnerLine {
  bodyId: string;
  name: string;
  status: BodyStatus;
  /** With a board profile: whether the board has this partner. */
  onBoard?: boolean;
  citations: CitationView[];
}

export interface ObligationsSummary {
  asAt: IsoDate;
  dateNote?: string;
  obligations: ObligationLine[];
  /** The relevant partners on the date (those whose removal is announced included). */
  partners: PartnerLine[];
  /** With a board profile: the relevant partners the board lacks, and its other partners. */
  missing?: string[];
  others?: string[];
}
