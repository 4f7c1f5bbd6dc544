/**
 * Keeping each `context.sync()` inside Excel on the web's payload limits. Excel on the web
 * refuses a request or a response over 5 MB; the Office host estimates what each command
 * sends and loads, and syncs what is queued before the next command would take either over
 * `PAYLOAD_BUDGET_BYTES`. A small table therefore still costs one sync per step; only a
 * table whose cells come to more than the budget is split, into as many syncs as it needs.
 */
import { PAYLOAD_BUDGET_BYTES } from './workbook-host';

/** What a command adds to a request besides its data: its action and the object paths it uses. */
export const COMMAND_BYTES = 300;

/** Any character beyond ASCII (U+0080 on). */
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * UTF-8 bytes of a text, as it goes over the wire: a character outside ASCII takes 2 or 3
 * bytes, and one outside the Basic Multilingual Plane (a surrogate pair) 4. "£", "–" and
 * "ŵ" in measure names would otherwise eat the headroom under the limit unseen.
 */
export function utf8Bytes(text: string): number {
  if (!NON_ASCII.test(text)) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Each half of a surrogate pair counts 2: 4 for the pair.
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code < 0xe000) ? 2 : 3;
  }
  return bytes;
}

/** Bytes of a value as JSON, as Office.js sends and receives it. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? '');
}

/** Queues commands into as few syncs as the payload budget allows. */
export class PayloadSyncs {
  private request = 0;
  private response = 0;

  /** The budget less 5% for what the estimate does not count. */
  private readonly budget: number;

  constructor(
    private readonly context: Excel.RequestContext,
    budget = PAYLOAD_BUDGET_BYTES,
  ) {
    this.budget = budget * 0.95;
  }

  /**
   * Makes room for one command that sends about `request` bytes and loads about `response`:
   * sends what is queued first when the command would take this sync over the budget.
   */
  async room(request: number, response = 0): Promise<void> {
    const queued = this.request > 0 || this.response > 0;
    const fits = this.request + request + COMMAND_BYTES <= this.budget && this.response + response <= this.budget;
    if (queued && !fits) await this.sync();
    this.request += request + COMMAND_BYTES;
    this.response += response;
  }

  /** Sends what is queued, if anything is. */
  async flush(): Promise<void> {
    if (this.request > 0 || this.response > 0) await this.sync();
  }

  private async sync(): Promise<void> {
    await this.context.sync();
    this.request = 0;
    this.response = 0;
  }
}

/** Rows go in chunks of about a quarter of the budget, so that chunks of several columns fill each sync well. */
const CHUNK_BYTES = PAYLOAD_BUDGET_BYTES / 4;

/**
 * Splits `rowCount` rows into consecutive chunks of at most `budget` bytes each, given about
 * `bytesPerRow` per row (at least one row per chunk): [start, count] pairs.
 */
export function rowChunks(rowCount: number, bytesPerRow: number, budget = CHUNK_BYTES): [number, number][] {
  const perChunk = Math.max(1, Math.floor((budget - COMMAND_BYTES) / Math.max(1, bytesPerRow)));
  const chunks: [number, number][] = [];
  for (let start = 0; start < rowCount; start += perChunk) chunks.push([start, Math.min(perChunk, rowCount - start)]);
  return chunks;
}

/** Whether an error is Excel on the web refusing a response over its size limit. */
export function isResponseTooLarge(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ResponsePayloadSizeLimitExceeded';
}
