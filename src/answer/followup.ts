import { analyzeQuestion, plainQuestion } from './analysis.js';

/**
 * Follow-up questions: "and what did he say about tolls?", "when was that?", "what about the union?"
 * take what they leave out from the question before. A question that names its own subject and has no
 * pronoun to fill stands alone and is returned as it is.
 */

const PERSON_PRONOUN = /\b(he|she|him|his|her|hers)\b/i;
const GROUP_PRONOUN = /\b(they|them|their|theirs)\b/i;
const THING_PRONOUN = /\b(it|its|that|this|there)\b/i;
const WHAT_ABOUT = /^(?:and\s+)?(?:what|how)\s+about\s+(.+?)[?.!]*$/i;

/**
 * The question with its missing subject taken from the previous one, or the question unchanged.
 * `isName` tells a word the articles use as a name: a question typed in lower case ("who is lund")
 * shows its names by no capital.
 */
export function resolveFollowUp(question: string, previous: string | null | undefined, isName: (word: string) => boolean = () => false): string {
  if (!previous) return question;
  const analyzed = analyzeQuestion(previous);
  const before = analyzed.names.length > 0 ? analyzed : { ...analyzed, names: namesByArticles(previous, isName) };
  const now = analyzeQuestion(question);
  const plain = plainQuestion(question);

  // "what about the union?": the previous question, asked about someone or something else.
  const about = WHAT_ABOUT.exec(plain);
  if (about) {
    const subject = question.slice(question.toLowerCase().lastIndexOf(about[1]!.toLowerCase())).replace(/[?.!]+$/, '');
    const replaced = before.names[0] ? previous.replace(before.names[0], subject) : `${previous.replace(/[?.!]+$/, '')} ${subject}`;
    return replaced === previous ? `${previous.replace(/[?.!]+$/, '')} (${subject})` : replaced;
  }

  const continues = /^(and|also|so|then|but)\b/.test(plain);
  const person = before.names[0];
  if (person && now.names.length === 0 && (PERSON_PRONOUN.test(question) || GROUP_PRONOUN.test(question))) {
    // "he" is the first person named; "they" all of them.
    const group = before.names.length > 1 ? `${before.names.slice(0, -1).join(', ')} and ${before.names.at(-1)}` : person;
    return stripLead(question)
      .replace(PERSON_PRONOUN, (word) => (/^(his|her|hers)$/i.test(word) ? `${person}'s` : person))
      .replace(GROUP_PRONOUN, (word) => (/^(their|theirs)$/i.test(word) ? `${group}'s` : group));
  }
  // "when was that?": the thing is the previous question's subject and focus.
  const topic = [...before.names, ...before.focus].join(' ');
  if (topic && THING_PRONOUN.test(question) && now.names.length === 0 && now.focus.length <= 1) {
    return stripLead(question).replace(THING_PRONOUN, topic);
  }
  if (continues && now.names.length === 0 && before.names.length > 0) return `${stripLead(question).replace(/[?.!]+$/, '')} (${before.names.join(', ')})?`;
  return question;
}

/** Runs of the question's words that the articles use as names ("anna lindqvist"), as typed. */
function namesByArticles(question: string, isName: (word: string) => boolean): string[] {
  const names: string[] = [];
  let run: string[] = [];
  for (const word of [...plainQuestion(question).split(/[^\p{L}\p{N}'’-]+/u), '']) {
    if (word && isName(word)) run.push(word);
    else if (run.length > 0) {
      names.push(run.join(' '));
      run = [];
    }
  }
  return names;
}

function stripLead(question: string): string {
  return question.replace(/^\s*(and|also|so|then|but)\s+/i, '');
}
