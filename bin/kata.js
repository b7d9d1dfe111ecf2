#!/usr/bin/env node
// Launcher: loads the CLI (compiled once per version of the sources; see launch.js) and runs it.
import { loadMain } from './launch.js';

const { main } = await loadMain();
process.exitCode = await main(process.argv);
