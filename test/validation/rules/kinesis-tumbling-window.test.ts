import { describeStreamRange } from '../event-source-helpers';

describeStreamRange('LambdaKit.Kinesis.TumblingWindow', 'tumblingWindowInSeconds', 'TumblingWindowInSeconds', [0, 900], [-1, 901]);
