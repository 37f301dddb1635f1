// Assumption analysis: pure, deterministic, no I/O. Imported lazily by the summary and assumptions commands.
export {
  type CorpusLabels,
  type GroupingScore,
  labelsOf,
  microAverage,
  recurringGroups,
  scoreGrouping,
} from './evaluate.js';
export {
  analyseAll,
  checkJoins,
  forgetShapes,
  type GroupOptions,
  groupStatements,
  type JoinCheck,
  nearestGroups,
} from './group.js';
export { Learned, type Teaching } from './learned.js';
export { RoleLearner } from './roles.js';
export { StatementIndex, type SuggestTeaching, suggestSimilar } from './suggest.js';
export { syntheticStatements } from './synthetic.js';
export type { Grouping, PersonLink, StatementInput, Suggestion } from './types.js';
