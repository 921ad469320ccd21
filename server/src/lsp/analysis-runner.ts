import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyze, LineIndex, type AnalysisResult, type Diagnostic, type EffectiveConfig } from '../engine';
import type { Unit } from '../engine/parse/units';
import { applyDelta, type Delta } from './delta';
import { withMentions, type MentionLists } from './finding-transfer';
import { unpackUnits, type PackedUnits } from './unit-transfer';
import type { Logger } from './logger';

/** One analysis: a document's text and what the engine needs to know about it. */
export interface AnalysisJob {
  /** Which open text this is (a document, or its saved copy): successive versions share a parser. */
  key: string;
  text: string;
  fileName: string;
  config: EffectiveConfig;
  as: 'document' | 'template' | 'config';
}

/** The units as they cross: their prose as it differs from what was last sent for the same text. */
export type SentUnits = Omit<PackedUnits, 'prose'> & { prose: Delta<string> };

/**
 * A finished analysis: its findings (without the clients' mention lists, which come apart) and the units'
 * prose as they differ from the last reply for the same text.
 */
export type AnalysisReply = { id: number; result: AnalysisResult; diagnostics: Delta<Diagnostic>; mentions: MentionLists; units: SentUnits } | { id: number; error: string };

/** The analysis was dropped because a newer version of the same text was queued. */
export class SupersededError extends Error {
  constructor() {
    super('a newer version of the document is being analysed');
    this.name = 'SupersededError';
  }
}

interface Queued {
  id: number;
  key: string;
  job: AnalysisJob;
  resolve(result: AnalysisResult): void;
  reject(error: Error): void;
}

/**
 * Runs analyses one at a time in a worker thread, so the server's own thread
 * stays free for requests. Each text (a document, or its saved copy) has at
 * most one analysis waiting: queuing a newer one drops the older, whose caller
 * is told it was superseded. Without a worker (the bundle not found, or the
 * thread failing to start) analyses run in this thread.
 */
export class AnalysisRunner {
  private worker: Worker | undefined;
  private readonly queue: Queued[] = [];
  private running: Queued | undefined;
  private nextId = 1;
  /** What the analysis thread last sent for each text, which its next reply for the text is made against. */
  private readonly received = new Map<string, { plain: Diagnostic[]; prose: string[] }>();
  /** Texts closed while their analysis was running: what was received for them goes once that reply is in. */
  private readonly forgetAfter = new Set<string>();

  constructor(
    private readonly logger: Logger,
    private script = path.join(__dirname, 'analysis-worker.js'),
  ) {}

  run(job: AnalysisJob): Promise<AnalysisResult> {
    return new Promise((resolve, reject) => {
      // A waiting job for the same text is answered by this one rather than rejected: two callers that
      // each asked for the same text (with configurations built apart) would otherwise supersede each
      // other's jobs and retry for ever. Only a job for older text is superseded.
      const sameText: Queued[] = [];
      for (let i = this.queue.length - 1; i >= 0; i--) {
        const queued = this.queue[i]!;
        if (queued.key !== job.key) continue;
        this.queue.splice(i, 1);
        if (queued.job.text === job.text) sameText.push(queued);
        else queued.reject(new SupersededError());
      }
      this.queue.push({
        id: this.nextId++,
        key: job.key,
        job,
        resolve: (result) => {
          resolve(result);
          for (const q of sameText) q.resolve(result);
        },
        reject: (error) => {
          reject(error);
          for (const q of sameText) q.reject(error);
        },
      });
      this.pump();
    });
  }

  /** Drops the waiting analysis, and the parser, of a text that is no longer open. */
  cancel(key: string): void {
    for (let i = this.queue.length - 1; i >= 0; i--) if (this.queue[i]!.key === key) this.queue.splice(i, 1)[0]!.reject(new SupersededError());
    this.worker?.postMessage({ forget: key });
    // A reply already on its way was made against what was sent before: it is read first.
    if (this.running?.key === key) this.forgetAfter.add(key);
    else this.received.delete(key);
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
    this.received.clear();
    this.forgetAfter.clear();
  }

  private pump(): void {
    if (this.running || !this.queue.length) return;
    const next = this.queue.shift()!;
    const worker = this.ensureWorker();
    if (!worker) {
      this.running = next;
      // No worker: run here, but after the current message, so callers still get a promise first.
      setImmediate(() => {
        try {
          next.resolve(analyze(next.job.text, { fileName: next.job.fileName, config: next.job.config, as: next.job.as }));
        } catch (error) {
          next.reject(error as Error);
        }
        this.running = undefined;
        this.pump();
      });
      return;
    }
    this.running = next;
    worker.postMessage({ id: next.id, job: next.job });
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    if (!this.script || !fs.existsSync(this.script)) return undefined;
    try {
      const worker = new Worker(this.script);
      worker.on('message', (reply: AnalysisReply) => {
        const done = this.running;
        if (!done || done.id !== reply.id) return;
        this.running = undefined;
        if ('error' in reply) {
          this.received.delete(done.key);
          done.reject(Object.assign(new Error('the analysis failed'), { name: reply.error }));
        } else {
          const before = this.received.get(done.key);
          const plain = applyDelta(before?.plain, reply.diagnostics);
          const prose = applyDelta(before?.prose, reply.units.prose);
          this.received.set(done.key, { plain, prose });
          done.resolve(revive({ ...reply.result, diagnostics: withMentions(plain, reply.mentions) }, { ...reply.units, prose }, done.job.text));
        }
        if (this.forgetAfter.delete(done.key)) this.received.delete(done.key);
        this.pump();
      });
      worker.on('error', (error) => this.lost(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.lost(new Error(`the analysis thread stopped (exit code ${code})`));
      });
      worker.unref();
      this.worker = worker;
      return worker;
    } catch (error) {
      this.logger.error('starting the analysis thread; analysing in the server thread instead', error);
      this.script = '';
      return undefined;
    }
  }

  /** The worker died: fail the analysis it had, and start a new one for the rest. */
  private lost(error: Error): void {
    if (!this.worker) return;
    this.logger.error('the analysis thread', error);
    this.worker = undefined;
    // A new thread has sent nothing yet: its first reply for each text is whole.
    this.received.clear();
    this.forgetAfter.clear();
    const failed = this.running;
    this.running = undefined;
    failed?.reject(error);
    this.pump();
  }
}

/**
 * A result that crossed threads has lost its classes: the line index is
 * rebuilt from the text and the units unpacked when something first asks for
 * them (most replies are read only for their findings).
 */
function revive(result: AnalysisResult, packed: PackedUnits, text: string): AnalysisResult {
  const document = result.document;
  document.text = text;
  // Built when something first asks for a position: the findings come with theirs.
  let lines: LineIndex | undefined;
  Object.defineProperty(document, 'lines', {
    enumerable: true,
    configurable: true,
    get: () => (lines ??= new LineIndex(text)),
    set: (value: LineIndex) => {
      lines = value;
    },
  });
  let units: Unit[] | undefined;
  Object.defineProperty(document, 'units', {
    enumerable: true,
    configurable: true,
    get: () => (units ??= unpackUnits(packed, text)),
    set: (value: Unit[]) => {
      units = value;
    },
  });
  return result;
}
