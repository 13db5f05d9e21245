import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../commands/index.js';
import type { Citation } from '../src/answer/types.js';
import { CommandLineError, formatCommandLine, parseCommandLine } from '../src/present/command.js';
import { pageButtonId, parseButtonId, replyButtons, replyEmbed, safeText, sourcesEmbed } from '../src/bot/render.js';
import { LIMITS, truncate } from '../src/present/limits.js';
import { answerReply, pageOf, type Reply } from '../src/present/reply.js';

const citation = (i: number, text = `Sentence ${i}.`): Citation => ({
  file: `f${i}.txt`,
  title: `Title ${i}`,
  source: i % 2 ? 'Outlet' : null,
  published: '2021-12-08T12:39',
  text,
  start: 0,
  end: text.length,
});

const embedLength = (e: ReturnType<typeof replyEmbed>) =>
  (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

describe('replyEmbed', () => {
  it('puts the answer first, then the supporting text, then the sources', () => {
    const embed = replyEmbed({ title: 'When?', answer: '7 December 2021', lines: ['The call took place on December 7.'], citations: [citation(1), citation(1), citation(2)], tone: 'answer' });
    expect(embed.description).toBe('**7 December 2021**\n\n> The call took place on December 7\\.'.replace('\\.', '.'));
    expect(embed.fields).toEqual([{ name: 'Sources', value: '1. Title 1 — Outlet, 2021-12-08\n2. Title 2 — 2021-12-08' }]);
  });

  it('stays within every Discord limit however long the text', () => {
    const huge = 'word '.repeat(5000);
    const reply: Reply = { title: huge, answer: huge, lines: Array.from({ length: 200 }, () => huge), citations: Array.from({ length: 40 }, (_, i) => citation(i, huge)), tone: 'list' };
    const embed = replyEmbed(reply, huge);
    expect(embed.title!.length).toBeLessThanOrEqual(LIMITS.title);
    expect(embed.description!.length).toBeLessThanOrEqual(LIMITS.description);
    expect(embed.footer!.text.length).toBeLessThanOrEqual(LIMITS.footer);
    for (const field of embed.fields ?? []) expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(sourcesEmbed(reply.citations).description!.length).toBeLessThanOrEqual(LIMITS.description);
  });

  it('escapes markdown and breaks mentions in article or question text', () => {
    const embed = replyEmbed({ title: 'q', answer: '**bold** @everyone', lines: ['<@123456789012345678> and @here said _this_'], citations: [], tone: 'answer' });
    expect(embed.description).toContain('\\*\\*bold\\*\\*');
    expect(embed.description).not.toMatch(/(^|[^\u200b])@everyone/);
    expect(embed.description).not.toMatch(/(^|[^\u200b])@here/);
    expect(embed.description).not.toContain('<@123456789012345678>');
    expect(safeText('a_b')).toBe('a\\_b');
  });

  it('shows an empty reply without a blank embed', () => {
    expect(replyEmbed({ title: 'x', answer: null, lines: [], citations: [], tone: 'empty' }).description).toBe('\u200b');
  });
});

describe('truncate', () => {
  it('cuts on a word boundary and marks the cut', () => {
    expect(truncate('alpha beta gamma delta', 20)).toBe('alpha beta gamma…');
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('x'.repeat(50), 10)).toHaveLength(10);
  });
});

describe('buttons', () => {
  it('encode command, owner and page in ids Discord accepts, and read them back', () => {
    const id = pageButtonId('search', '123456789012345678', 3);
    expect(id.length).toBeLessThanOrEqual(LIMITS.customId);
    expect(parseButtonId(id)).toEqual({ action: 'page', command: 'search', ownerId: '123456789012345678', page: 3 });
    expect(parseButtonId('someone-else:button')).toBeNull();
  });

  it('offer paging only for several pages and Sources only with citations', () => {
    const base: Reply = { title: 't', answer: null, lines: [], citations: [], tone: 'list' };
    expect(replyButtons(base, 'search', '1')).toEqual([]);
    const rows = replyButtons({ ...base, citations: [citation(1)], page: { index: 0, count: 3 } }, 'search', '1');
    const labels = rows[0]!.components.map((b) => b.toJSON());
    expect(labels.map((b) => ('label' in b ? b.label : ''))).toEqual(['Previous', 'Next', 'Sources']);
    expect(labels[0]).toMatchObject({ disabled: true });
  });
});

describe('pages', () => {
  it('clamps the page into range', () => {
    const items = Array.from({ length: 12 }, (_, i) => i);
    expect(pageOf(items, 0)).toEqual({ items: [0, 1, 2, 3, 4], index: 0, count: 3 });
    expect(pageOf(items, 9).index).toBe(2);
    expect(pageOf(items, -4).index).toBe(0);
    expect(pageOf([], 0)).toEqual({ items: [], index: 0, count: 1 });
  });
});

describe('answerReply', () => {
  it('does not repeat the short answer in the supporting text', () => {
    const reply = answerReply({ question: 'q', answer: 'Two hours', kind: 'how-long', confidence: 1, text: 'Two hours. The call lasted two hours.', citations: [] });
    expect(reply.lines).toEqual(['The call lasted two hours.']);
  });
});

describe('command lines', () => {
  it('round-trip through format and parse, quoted values included', () => {
    const line = formatCommandLine('search', { query: 'say "no" · to: this', limit: 5 });
    expect(line).toBe('/search query:"say \\"no\\" · to: this" limit:5');
    const parsed = parseCommandLine(line, COMMANDS);
    expect(parsed.command.data.name).toBe('search');
    expect(parsed.options).toEqual({ query: 'say "no" · to: this', limit: 5 });
  });

  it('fill the first text option with loose words, and check types and required options', () => {
    expect(parseCommandLine('/ask when did they talk?', COMMANDS).options).toEqual({ question: 'when did they talk?' });
    expect(parseCommandLine('/quote speaker:Ushakov about:sanctions', COMMANDS).options).toEqual({ speaker: 'Ushakov', about: 'sanctions' });
    expect(() => parseCommandLine('/search', COMMANDS)).toThrow(/needs query/);
    expect(() => parseCommandLine('/search x limit:ten', COMMANDS)).toThrow(CommandLineError);
    expect(() => parseCommandLine('/search x limit:99', COMMANDS)).toThrow(/from 1 to 25/);
    expect(() => parseCommandLine('/nope', COMMANDS)).toThrow(/no \/nope command/);
    expect(() => parseCommandLine('/articles extra words', COMMANDS)).toThrow(/does not take/);
  });
});

describe('slash command definitions', () => {
  it('respect Discord limits on names, descriptions and option counts', () => {
    for (const command of COMMANDS) {
      const json = command.data.toJSON();
      expect(json.name).toMatch(/^[a-z-]{1,32}$/);
      expect(json.description.length).toBeLessThanOrEqual(100);
      expect((json.options ?? []).length).toBeLessThanOrEqual(25);
      for (const option of json.options ?? []) expect(option.description.length).toBeLessThanOrEqual(100);
    }
  });
});
