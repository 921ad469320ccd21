import { isMainThread } from 'node:worker_threads';
import { run } from './main';
import { serveChecks } from './pool';
import { printable } from './printable';

if (isMainThread) {
  // A reader that stops early (`| head`) closes the pipe: that is the reader's
  // choice, not a fault, so stop quietly instead of printing a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 2);
    });
  }

  // Write with a callback-free stream and let Node exit once output is flushed,
  // so piped output is never cut short.
  void run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(printable(text)),
    stderr: (text) => process.stderr.write(printable(text)),
  }).then((code) => {
    process.exitCode = code;
  });
} else {
  // The same file runs in the worker threads that check documents in parallel.
  serveChecks();
}
