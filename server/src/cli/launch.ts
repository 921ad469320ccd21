import '../node/regexp-once';
import path from 'node:path';
import { runWithCodeCache } from '../node/code-cache';

// The `clinical-scope` command: runs the command-line tool's bundle (cli-main.js) from V8's code cache, so a
// single short check starts in about two thirds of the time. Worker threads run cli-main.js directly.
runWithCodeCache(path.join(__dirname, 'cli-main.js'));
