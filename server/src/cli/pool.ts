import { parentPort, Worker } from 'node:worker_threads';
import type { EffectiveConfig } from '../engine';
import { checkOne, type Checked } from './check-one';

/** One document for a worker: its text, the name the kind conventions read, and the configuration in force. */
export interface Job {
  text: string;
  fileName: string | undefined;
  config: EffectiveConfig;
}

type Reply = { id: number; checked: Checked } | { id: number; error: string };

/**
 * Checks documents on `threads` threads: this one and `threads - 1` workers,
 * each taking the next document as soon as it is free (a worker costs its own
 * copy of the engine and word lists, so this thread works too rather than
 * wait). Results come back in the jobs' order. `script` is the bundle to run
 * in each worker (the CLI's own file).
 */
export function checkInWorkers(jobs: readonly Job[], threads: number, script: string): Promise<Checked[]> {
  return new Promise((resolve, reject) => {
    const results = new Array<Checked>(jobs.length);
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let settled = false;
    const stop = (error?: Error) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const finished = (id: number, checked: Checked) => {
      results[id] = checked;
      if (++done === jobs.length) stop();
    };
    const feed = (worker: Worker) => {
      if (next < jobs.length) {
        const id = next++;
        worker.postMessage({ id, job: jobs[id] });
      }
    };
    for (let i = 0; i < Math.min(threads - 1, jobs.length - 1); i++) {
      const worker = new Worker(script);
      workers.push(worker);
      worker.on('message', (reply: Reply) => {
        if ('error' in reply) return stop(Object.assign(new Error('a document could not be checked'), { name: reply.error }));
        finished(reply.id, reply.checked);
        feed(worker);
      });
      worker.on('error', (error) => stop(error));
      worker.on('exit', (code) => {
        if (code !== 0 && !settled) stop(new Error(`a worker stopped (exit code ${code})`));
      });
      // Two documents ahead: the next one is waiting in the worker when it finishes one, rather than waiting for
      // this thread to finish its own document and read the reply.
      feed(worker);
      feed(worker);
    }
    // This thread's share: one document at a time, letting the workers' replies in between.
    const local = () => {
      if (settled || next >= jobs.length) return;
      const id = next++;
      try {
        finished(id, checkOne(jobs[id]!.text, jobs[id]!.fileName, jobs[id]!.config));
      } catch (error) {
        return stop(error as Error);
      }
      setImmediate(local);
    };
    setImmediate(local);
  });
}

/** The worker's side: checks each document it is sent. Errors are reported by name only, never with document text. */
export function serveChecks(): void {
  parentPort!.on('message', ({ id, job }: { id: number; job: Job }) => {
    try {
      parentPort!.postMessage({ id, checked: checkOne(job.text, job.fileName, job.config) } satisfies Reply);
    } catch (error) {
      parentPort!.postMessage({ id, error: (error as Error).name ?? 'Error' } satisfies Reply);
    }
  });
}
