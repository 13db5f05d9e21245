import { createInterface, type Interface } from 'node:readline';

/**
 * Lines typed at a terminal (or piped in), read through one readline interface for the whole session,
 * so a yes/no prompt and the console after it never lose each other's lines.
 */
export class Terminal {
  private readonly readline: Interface;
  private readonly lines: AsyncIterator<string>;

  constructor(input: NodeJS.ReadableStream & { isTTY?: boolean }, readonly output: NodeJS.WritableStream) {
    this.readline = createInterface({ input, output, terminal: Boolean(input.isTTY), prompt: '> ' });
    // The iterator is taken at once: lines that arrive before anyone asks for them are kept, not dropped.
    this.lines = this.readline[Symbol.asyncIterator]();
  }

  say(text: string): void {
    this.output.write(`${text}\n`);
  }

  /** The next line after showing a prompt, or null at the end of input. */
  async ask(prompt?: string): Promise<string | null> {
    if (prompt === undefined) this.readline.prompt();
    else this.output.write(prompt);
    const next = await this.lines.next();
    return next.done ? null : next.value;
  }

  close(): void {
    this.readline.close();
  }
}
