import v8 from 'node:v8';

// The engine's patterns are long alternations of word lists. By default V8 compiles each pattern to bytecode
// on first use and again to machine code soon after; compiling it once, to machine code, takes about a third
// off a single short check (measured with `npm run bench`: start-up). Imported first by each process's entry.
v8.setFlagsFromString('--no-regexp-tier-up');
