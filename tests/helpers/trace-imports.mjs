// Preloaded with `node --import` by tests/unit/startup-imports.test.ts: records every ES module the process
// resolves (static and dynamic imports) into $REFLECT_TRACE_FILE, one URL a line.
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (process.env.REFLECT_TRACE_FILE) appendFileSync(process.env.REFLECT_TRACE_FILE, result.url + '\\n');
  return result;
}`)}`,
);
