import { pino, type Logger } from 'pino';
import type { Settings } from './config.js';

export type { Logger };

/**
 * Structured JSON logs (pino). Secrets never reach them: the token is redacted wherever it appears
 * in a logged object, and no code logs settings whole.
 */
export function createLogger(level: Settings['logLevel'], destination: number | NodeJS.WritableStream = 1): Logger {
  const stream = typeof destination === 'number' ? pino.destination({ fd: destination, sync: true }) : destination;
  return pino(
    {
      name: 'dossier',
      level,
      redact: { paths: ['token', '*.token', 'discordToken', '*.discordToken', 'headers.authorization', '*.headers.authorization'], censor: '[redacted]' },
    },
    stream,
  );
}
