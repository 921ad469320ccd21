import { run } from './main';

// Write with a callback-free stream and let Node exit once output is flushed,
// so piped output is never cut short.
void Promise.resolve(
  run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  }),
).then((code) => {
  process.exitCode = code;
});
