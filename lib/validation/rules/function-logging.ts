import { CFN_FUNCTION_DOC, LOG_GROUP_NAME_MAX, LOG_GROUP_NAME_PATTERN, LOGGING_DOC } from '../limits';
import { Severity } from '../rule';
import { pathValue, stringValue } from '../values';
import { checkEnum, checkPattern, FunctionFinding, functionRule } from './function-lookups';

const LOG_FORMATS = ['Text', 'JSON'];
const APPLICATION_LOG_LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'];
const SYSTEM_LOG_LEVELS = ['DEBUG', 'INFO', 'WARN'];

/** ApplicationLogLevel and SystemLogLevel only with LogFormat JSON (fn-log-level-requires-json; cfn-lint E3696, not in the validator). */
export const functionLogLevelFormat = functionRule({
  id: 'LambdaKit.Function.LogLevelFormat',
  severity: Severity.ERROR,
  constraint: 'LoggingConfig.ApplicationLogLevel and SystemLogLevel are set only with LogFormat JSON.',
  source: LOGGING_DOC,
  requires: ['LoggingConfig'],
  check(fn) {
    const format = pathValue(fn.properties, 'LoggingConfig.LogFormat');
    if (format !== undefined && stringValue(format) === undefined) return undefined;
    if (format === 'JSON') return undefined;
    return ['ApplicationLogLevel', 'SystemLogLevel']
      .filter(level => pathValue(fn.properties, `LoggingConfig.${level}`) !== undefined)
      .map((level): FunctionFinding => ({
        property: 'LoggingConfig.LogFormat',
        value: format ?? '(absent, so Text)',
        limit: `JSON when ${level} is set`,
        fix: `Set LogFormat to JSON (loggingFormat: LoggingFormat.JSON), or remove ${level}.`,
      }));
  },
});

/** LoggingConfig: LogFormat, ApplicationLogLevel and SystemLogLevel values; LogGroup name (fn-log-enums, fn-log-group-name). */
export const functionLoggingConfig = functionRule({
  id: 'LambdaKit.Function.LoggingConfig',
  severity: Severity.ERROR,
  constraint: `LoggingConfig.LogFormat is ${LOG_FORMATS.join(' or ')}, ApplicationLogLevel one of ${APPLICATION_LOG_LEVELS.join(', ')}, `
    + `SystemLogLevel one of ${SYSTEM_LOG_LEVELS.join(', ')}, and LogGroup a log group name of 1 to ${LOG_GROUP_NAME_MAX} characters of [.-_/#A-Za-z0-9].`,
  source: CFN_FUNCTION_DOC,
  requires: ['LoggingConfig'],
  check(fn) {
    return [
      checkEnum(fn, 'LoggingConfig.LogFormat', LOG_FORMATS, 'Use Text or JSON (JSON enables log levels).'),
      checkEnum(fn, 'LoggingConfig.ApplicationLogLevel', APPLICATION_LOG_LEVELS, 'Use one of the listed levels, in upper case.'),
      checkEnum(fn, 'LoggingConfig.SystemLogLevel', SYSTEM_LOG_LEVELS, 'Use DEBUG, INFO or WARN, in upper case.'),
      checkPattern(fn, 'LoggingConfig.LogGroup', LOG_GROUP_NAME_PATTERN, LOG_GROUP_NAME_MAX, 'a log group name of letters, digits and . - _ / #',
        'Give the log group\'s name (not its ARN), without spaces or other characters.'),
    ].filter((finding): finding is FunctionFinding => finding !== undefined);
  },
});
