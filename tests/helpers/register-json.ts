// The shapes of `reflect assumptions --json` (a register row) and `reflect assumptions show --json` (a group),
// as the CLI tests read them: the domain's own types, so a changed field fails the typecheck of every test.
export type { GroupDetail as GroupJson, RegisterGroup as RegisterJson } from '../../src/domain/register.js';
