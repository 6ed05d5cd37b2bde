// The GitHub Action's entry (action.yml `main: dist/index.js`).
import { run } from './action/main.js';

await run();
