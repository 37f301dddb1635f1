// `npm run dev -- <args>`: runs the CLI from source through tsx (slower start-up; for development only).
import { run } from './cli.js';

process.exitCode = await run(process.argv.slice(2));
