import type { Answer } from '../answer/types.js';
import { describeSource, type Reply } from './reply.js';

/** A reply as plain text for a terminal: title, answer, supporting lines, sources, page. */
export function renderReply(reply: Reply): string {
  const out: string[] = [reply.title, '-'.repeat(Math.min(reply.title.length, 72))];
  if (reply.answer) out.push(reply.answer);
  for (const line of reply.lines) out.push(`  ${line}`);
  const sources = reply.citations;
  if (sources.length > 0) {
    out.push('Sources:');
    const seen = new Set<string>();
    for (const c of sources) {
      if (seen.has(c.file)) continue;
      seen.add(c.file);
      out.push(`  [${seen.size}] ${describeSource(c)} (${c.file})`);
    }
  }
  if (reply.page && reply.page.count > 1) out.push(`Page ${reply.page.index + 1} of ${reply.page.count}: type "next" or "prev".`);
  return out.join('\n');
}

/** An answer for `dossier ask`: the answer, the support, and each citation with its words. */
export function renderAnswer(answer: Answer): string {
  const out = [answer.answer ? `Answer: ${answer.answer}` : 'No answer.'];
  for (const line of answer.text.split('\n')) out.push(`  ${line}`);
  answer.citations.forEach((c, i) => out.push(`  [${i + 1}] ${describeSource(c)} (${c.file}:${c.start}-${c.end})`));
  return out.join('\n');
}
