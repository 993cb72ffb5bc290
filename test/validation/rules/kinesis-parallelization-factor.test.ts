import { describeStreamRange } from '../event-source-helpers';

describeStreamRange('LambdaKit.Kinesis.ParallelizationFactor', 'parallelizationFactor', 'ParallelizationFactor', [1, 10], [0, 11, 2.5]);
