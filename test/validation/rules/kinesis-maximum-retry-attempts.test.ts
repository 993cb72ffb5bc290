import { describeStreamRange } from '../event-source-helpers';

describeStreamRange('LambdaKit.Kinesis.MaximumRetryAttempts', 'maximumRetryAttempts', 'MaximumRetryAttempts', [-1, 0, 10_000], [-2, 10_001]);
