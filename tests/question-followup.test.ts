import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from '../src/answer/followup.js';

describe('resolveFollowUp', () => {
  it('fills a pronoun with the person the previous question named', () => {
    expect(resolveFollowUp('and what did he say about tolls?', 'What did Omar Haddad say about the ferry?')).toBe('what did Omar Haddad say about tolls?');
    expect(resolveFollowUp('what was her role', 'When did Lena Morgenstern speak?')).toBe("what was Lena Morgenstern's role");
  });

  it('finds the previous subject of a question typed in lower case by the names the articles use', () => {
    const isName = (word: string) => ['lena', 'morgenstern', 'natarajan'].includes(word);
    expect(resolveFollowUp('what did she say', 'who is lena morgenstern', isName)).toBe('what did lena morgenstern say');
    expect(resolveFollowUp('and when did he speak', 'what did natarajan say about the deal', isName)).toBe('when did natarajan speak');
    // without the articles' names, a lower-case question shows none
    expect(resolveFollowUp('what did she say', 'who is lena morgenstern')).toBe('what did she say');
  });

  it('fills "that" and "it" with the previous subject and focus', () => {
    expect(resolveFollowUp('when was that?', 'Where did Natarajan sign the agreement?')).toBe('when was Natarajan sign agreement?');
    expect(resolveFollowUp('how long did it last', 'why did the strike start')).toBe('how long did strike start last');
  });

  it('asks the previous question about someone else for "what about X"', () => {
    expect(resolveFollowUp('what about Brandt?', 'What did Natarajan say about the deal?')).toBe('What did Brandt say about the deal?');
  });

  it('leaves a question that stands alone, or has no previous one, as it is', () => {
    expect(resolveFollowUp('Who signed the agreement in Leeds?', 'What did Natarajan say?')).toBe('Who signed the agreement in Leeds?');
    expect(resolveFollowUp('when was that?', null)).toBe('when was that?');
    expect(resolveFollowUp('what did she say about the bridge?', 'Where is the bridge?')).toBe('what did she say about the bridge?');
  });
});
