// One lazily loaded module for every `reflect prompts` subcommand: fewer split points keep start-up lean.
export { addPrompts } from './add.js';
export { exportPrompts } from './export.js';
export { listPrompts } from './list.js';
export { newPrompts } from './new.js';
export { removePrompts } from './remove.js';
export { showPrompts } from './show.js';
export { validatePrompts } from './validate.js';
