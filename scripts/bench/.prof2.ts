import { computeGapMetrics, describeRanking, prepareRanking } from 'c/gapRanking';
import { syntheticInput } from './rankInput';
const input = syntheticInput(5000, 100000, 42);
const rows = computeGapMetrics(input).gaps;
for (let r = 0; r < 400; r++) {
  const model = prepareRanking(rows, { method: 'borda' });
  describeRanking(model);
}
