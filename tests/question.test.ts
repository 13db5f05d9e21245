import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_LENGTH, normalizeQuestion, routeQuestion } from '../src/answer/question.js';
import { QuestionError } from '../src/answer/types.js';

describe('normalizeQuestion', () => {
  it('removes mentions, markdown, invisible and direction characters, and straightens quotes', () => {
    expect(normalizeQuestion('<@123456789012345678> **when** did they\u200b talk?')).toBe('when did they talk?');
    expect(normalizeQuestion('@everyone who said “things we did not do”?')).toBe('who said "things we did not do"?');
    expect(normalizeQuestion('\u202Ewhat is `NATO`\u202C')).toBe('what is NATO');
    expect(normalizeQuestion('> quoted\nline ||spoiler||')).toBe('quoted line spoiler');
  });

  it('refuses empty, punctuation-only and over-long questions with a clear message', () => {
    expect(() => normalizeQuestion('   ')).toThrow(QuestionError);
    expect(() => normalizeQuestion('<@123456789012345678>')).toThrow(/Ask a question/);
    expect(() => normalizeQuestion('?!?! ... ¿¡')).toThrow(/no words/);
    expect(() => normalizeQuestion('a'.repeat(MAX_QUESTION_LENGTH + 1))).toThrow(/keep it under 500/);
    expect(normalizeQuestion('👋 hi')).toBe('👋 hi');
  });
});

describe('routeQuestion', () => {
  const kind = (q: string) => routeQuestion(q).kind;

  it('routes by the shape of the question', () => {
    expect(kind('When did the mayor open the bridge?')).toBe('when');
    expect(kind('hey bot when r the talks')).toBe('when');
    expect(kind('What happened on March 3?')).toBe('when');
    expect(kind('Who said "the bridge will stand"?')).toBe('who-said');
    expect(kind('who said that the port was closed')).toBe('who-said');
    expect(kind('What did the mayor say about the budget?')).toBe('what-said');
    expect(kind("what's the council's position on parking?")).toBe('what-said');
    // "state" here is a noun, and no speaker holds a "when" clause
    expect(kind('What is it called when a city taxes a state?')).toBe('passages');
    // a quoted title is a work, not words someone said
    expect(kind('Who wrote "On the Origin of Storms"?')).toBe('passages');
    expect(kind('Who wrote "the harbour will stay open"?')).toBe('who-said');
    // "state" and "report" name things too
    expect(kind("What was the council's official state religion?")).toBe('passages');
    expect(kind('What are the report findings?')).toBe('passages');
    expect(routeQuestion('What did the state governor say about taxes?')).toEqual({ kind: 'what-said', speaker: 'state governor', topic: 'taxes' });
    expect(routeQuestion('What did the minister state about the budget?')).toEqual({ kind: 'what-said', speaker: 'minister', topic: 'the budget' });
    expect(kind('Who is Anna Kovalenko?')).toBe('who-is');
    // "which date" asks when, as "what date" does
    expect(kind('On which date did the council back the plan?')).toBe('when');
    // a verb in -ing asks who does it, and names no one
    expect(kind('Who is coordinating the relief work?')).toBe('passages');
    expect(kind('who is leading the talks')).toBe('passages');
    expect(kind('Where was the summit held?')).toBe('where');
    expect(kind('How long did the strike last?')).toBe('how-long');
    expect(kind('How many ships were waiting?')).toBe('how-many');
    expect(kind('Which countries signed?')).toBe('which');
    expect(kind('Did they discuss the climate?')).toBe('yes-no');
    expect(kind('summarize the article from Metro Gazette')).toBe('summary');
    expect(kind('compare the council and union versions')).toBe('summary');
    expect(kind('What did the mayor compare the budget to?')).toBe('passages');
    expect(routeQuestion("What is Moll's role?")).toEqual({ kind: 'who-is', name: 'moll' });
    expect(routeQuestion('and what happened after the vote?')).toMatchObject({ kind: 'when', around: { relation: 'after', event: 'the vote' } });
    expect(routeQuestion('tell me about the tram line')).toMatchObject({ kind: 'summary', topic: 'tram line', bySpeaker: false });
    expect(routeQuestion("what's the deal with the ferry fares?")).toMatchObject({ kind: 'summary', topic: 'ferry fares' });
    expect(kind('explain why the ferry fares rose')).not.toBe('summary');
    expect(routeQuestion("what's the job of the museum director")).toEqual({ kind: 'who-is', name: 'museum director' });
    expect(kind('tram line costs')).toBe('passages');
  });

  it('takes a "when" after another question word as a clause, not the question', () => {
    expect(kind('What must the crew check when the wind is strong?')).toBe('passages');
    expect(kind('Where did the ferry dock when the port closed?')).toBe('where');
    expect(kind('and the ferry docked when?')).toBe('when');
  });

  it('pulls out the parts each route needs', () => {
    expect(routeQuestion('What did Mayor Reyes say about the tram line?')).toEqual({ kind: 'what-said', speaker: 'mayor reyes', topic: 'the tram line' });
    expect(routeQuestion('Did Reyes really say "the docks will open"?')).toEqual({ kind: 'who-said', words: 'the docks will open', claimedSpeaker: 'reyes' });
    expect(routeQuestion('who said "we got what we asked for"')).toMatchObject({ words: 'we got what we asked for', claimedSpeaker: null });
    expect(routeQuestion('Who is the mayor of Odessa?')).toEqual({ kind: 'who-is', name: 'mayor of odessa' });
    // a verb of predicting ends the speaker as a verb of saying does
    expect(routeQuestion('What does the fund predict about the cost of the state pension?')).toEqual({ kind: 'what-said', speaker: 'fund', topic: 'the cost of the state pension' });
    // the occasion is a topic too: what was said there
    expect(routeQuestion('What did the minister announce at the press conference?')).toEqual({ kind: 'what-said', speaker: 'minister', topic: 'the press conference' });
    // but not one that opens a clause of its own: what the belief is about is asked
    expect(routeQuestion('What do the fishermen believe their quotas reflect?').kind).not.toBe('what-said');
    expect(routeQuestion('What happened on December 17?')).toMatchObject({ kind: 'when', date: 'december 17' });
    expect(routeQuestion('summarize the article from The Page')).toMatchObject({ kind: 'summary', article: 'the page' });
    expect(routeQuestion('any news?')).toEqual({ kind: 'summary', topic: '', bySpeaker: false, article: null });
    expect(routeQuestion('compare the White House and Kremlin versions')).toMatchObject({ kind: 'summary', bySpeaker: true, topic: 'white house kremlin' });
  });
});
