import { CFN_FUNCTION_DOC, EFS_ACCESS_POINT_ARN_MAX, EFS_ACCESS_POINT_ARN_PATTERN, FILE_SYSTEM_CONFIGS_MAX, MOUNT_PATH_MAX, MOUNT_PATH_PATTERN } from '../limits';
import { Severity } from '../rule';
import { arrayValue, formatNumber, objectValue, stringValue } from '../values';
import { FunctionFinding, functionRule } from './function-lookups';

/**
 * FileSystemConfigs: one file system at most, mounted under /mnt/, through an EFS access point ARN
 * (fn-efs-max-one, fn-efs-mount-path, fn-efs-arn).
 */
export const functionEfsConfig = functionRule({
  id: 'LambdaKit.Function.EfsConfig',
  severity: Severity.ERROR,
  constraint: `FileSystemConfigs holds at most ${FILE_SYSTEM_CONFIGS_MAX} item, whose LocalMountPath is /mnt/<name> (at most ${MOUNT_PATH_MAX} characters) `
    + `and whose Arn is an EFS access point ARN (at most ${EFS_ACCESS_POINT_ARN_MAX} characters).`,
  source: CFN_FUNCTION_DOC,
  requires: ['FileSystemConfigs'],
  check(fn) {
    const configs = arrayValue(fn.properties.FileSystemConfigs);
    if (!configs) return undefined;
    const findings: FunctionFinding[] = [];
    if (configs.length > FILE_SYSTEM_CONFIGS_MAX) {
      findings.push({
        property: 'FileSystemConfigs',
        value: `${configs.length} file systems`,
        limit: `at most ${FILE_SYSTEM_CONFIGS_MAX} file system`,
        fix: 'Mount a single EFS access point; put the data of the others under directories of one file system.',
      });
    }
    configs.forEach((item, index) => {
      const config = objectValue(item);
      const path = stringValue(config?.LocalMountPath);
      if (path !== undefined && (!MOUNT_PATH_PATTERN.test(path) || path.length > MOUNT_PATH_MAX)) {
        findings.push({
          property: `FileSystemConfigs.${index}.LocalMountPath`,
          value: path,
          limit: `/mnt/ followed by one name of letters, digits, '-', '_' or '.' (at most ${formatNumber(MOUNT_PATH_MAX)} characters)`,
          fix: 'Mount the file system at a path such as /mnt/data.',
        });
      }
      const arn = stringValue(config?.Arn);
      if (arn !== undefined && (!EFS_ACCESS_POINT_ARN_PATTERN.test(arn) || arn.length > EFS_ACCESS_POINT_ARN_MAX)) {
        findings.push({
          property: `FileSystemConfigs.${index}.Arn`,
          value: arn,
          limit: 'an EFS access point ARN (arn:aws:elasticfilesystem:region:account:access-point/fsap-...)',
          fix: arn.includes(':file-system/')
            ? 'Create an access point on the file system and use its ARN (FileSystem.fromEfsAccessPoint); a file system ARN is refused.'
            : 'Use the ARN of an EFS access point (FileSystem.fromEfsAccessPoint).',
        });
      }
    });
    return findings;
  },
});
