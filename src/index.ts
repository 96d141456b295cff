// Entry point of the GitHub Action (action.yml runs dist/index.js).
import { run } from './action.js';

await run();
