import { computeGapMetrics, describeRanking, prepareRanking } from 'c/gapRanking';
import { syntheticInput } from './rankInput';
const input = syntheticInput(5000, 100000, 42);
for (let r = 0; r < 60; r++) {
  const model = prepareRanking(computeGapMetrics(input).gaps, { method: 'borda' });
  describeRanking(model);
}
