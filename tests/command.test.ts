import { ApplicationCommandOptionType } from 'discord.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { COMMANDS } from '../commands/index.js';
import { CommandLineError, defineCommand, parseCommandLine, type OptionsOf } from '../src/present/command.js';

const echo = defineCommand({
  name: 'echo',
  description: 'Says it back',
  options: {
    text: { type: 'string', description: 'What to say', required: true, maxLength: 50 },
    times: { type: 'integer', description: 'How often', min: 1, max: 3 },
    who: { type: 'string', description: 'To whom', autocomplete: true },
  },
  defer: false,
  run: (_dossier, options) => ({ title: 'echo', answer: `${options.text} ×${options.times ?? 1}`, lines: [], citations: [], tone: 'answer' }),
});

describe('commands defined from one declaration', () => {
  it('registers with Discord exactly the options it declares', () => {
    expect(echo.data.toJSON().options).toEqual([
      expect.objectContaining({ name: 'text', type: ApplicationCommandOptionType.String, required: true, max_length: 50 }),
      expect.objectContaining({ name: 'times', type: ApplicationCommandOptionType.Integer, required: false, min_value: 1, max_value: 3 }),
      expect.objectContaining({ name: 'who', type: ApplicationCommandOptionType.String, autocomplete: true }),
    ]);
  });

  it('types run from the declaration: required values are present, integers are numbers', () => {
    type Declared = { text: { type: 'string'; description: ''; required: true }; times: { type: 'integer'; description: '' } };
    expectTypeOf<OptionsOf<Declared>>().toEqualTypeOf<{ text: string } & { times?: number }>();
  });

  it('checks a typed line against the same declaration', () => {
    const { options } = parseCommandLine('/echo hello there times:2', [echo]);
    expect(options).toEqual({ text: 'hello there', times: 2 });
    expect(() => parseCommandLine('/echo times:2', [echo])).toThrow(CommandLineError);
    expect(() => parseCommandLine('/echo hi times:9', [echo])).toThrow(/from 1 to 3/);
  });

  it('gives every shipped command a name, a description and at most 25 options', () => {
    for (const command of COMMANDS) {
      const json = command.data.toJSON();
      expect(json.name).toMatch(/^[a-z-]{1,32}$/);
      expect(json.description.length).toBeGreaterThan(0);
      expect((json.options ?? []).length).toBeLessThanOrEqual(25);
    }
  });
});
