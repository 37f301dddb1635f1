import { analyseAll } from '../src/domain/assumptions/index.js';
import { compare } from '../src/domain/assumptions/similarity.js';
const pairs: [string, string, string[]][] = JSON.parse(process.argv[2]);
for (const [a, b, people] of pairs) {
  const [x, y] = analyseAll([{ id: 1, entryId: 1, text: a, people }, { id: 2, entryId: 2, text: b, people }]);
  const r = compare(x!, y!);
  console.log(r.kind, r.score.toFixed(3), '|', a, '/', b, '|', [...x!.preds].join(','), '#', [...y!.preds].join(','));
}
