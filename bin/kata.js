#!/usr/bin/env node
// Launcher: loads the CLI (bundled once per version of the sources; see launch.js) and runs it.
import { loadEntry } from './launch.js';

const cli = await loadEntry();
await cli.begin(process.argv);
process.exitCode = await cli.main(process.argv);
