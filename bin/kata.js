#!/usr/bin/env node
// Launcher: loads the CLI (bundled once per version of the sources; see launch.js) and runs it.
'use strict';
const { loadEntry } = require('./launch.js');

loadEntry().then(async (cli) => {
  await cli.begin(process.argv);
  process.exitCode = await cli.main(process.argv);
});
