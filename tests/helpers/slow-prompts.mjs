// Preloaded with `node --import` (NODE_OPTIONS) by tests/e2e/type-ahead.test.ts: the lazily loaded chunks that
// bring inquirer (dist/chunks/interactive-*.js for reflect new, ask-*.js for the other commands) resolve only
// after $REFLECT_SLOW_PROMPTS_MS milliseconds, as on a slow machine, so keys typed at start arrive while nothing
// reads them yet.
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (/\\/chunks\\/(interactive|ask)-[^/]*\\.js$/.test(result.url)) {
    await new Promise((done) => setTimeout(done, Number(process.env.REFLECT_SLOW_PROMPTS_MS ?? 2000)));
  }
  return result;
}`)}`,
);
