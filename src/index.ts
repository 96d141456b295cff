// Entry point of the GitHub Action (action.yml runs dist/index.js). The event file is checked before the
// action (and @actions/github, which reads that file when imported) is loaded.
import * as core from '@actions/core';
import { checkEventFile } from './github/event.js';

try {
  checkEventFile();
  const { run } = await import('./action.js');
  await run();
} catch (e) {
  core.setFailed((e as Error).message);
}
