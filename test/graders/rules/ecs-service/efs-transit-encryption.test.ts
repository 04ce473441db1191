import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/ecs-service/efs-transit-encryption.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';
import { LAB03, LAB06, edit } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const EFS = `          EFSVolumeConfiguration:
            FilesystemId: !Ref FileSystem
            TransitEncryption: ENABLED
            AuthorizationConfig:
              AccessPointId: !Ref AccessPoint
              IAM: ENABLED
`;

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'TLS and an access point (lab 03 solution)', code: LAB03 },
    {
      name: "RootDirectory '/' beside an access point",
      code: edit(LAB03, [
        EFS,
        EFS.replace(
          '            TransitEncryption',
          '            RootDirectory: /\n            TransitEncryption',
        ),
      ]),
    },
  ],
  invalid: [
    {
      name: 'transit encryption left out, no access point',
      code: edit(LAB03, [
        EFS,
        '          EFSVolumeConfiguration:\n            FilesystemId: !Ref FileSystem\n            RootDirectory: /labs-web\n',
      ]),
      errors: [{ messageId: 'transitOff' }, { messageId: 'noAccessPoint' }],
    },
    {
      name: 'transit encryption DISABLED',
      code: edit(LAB03, ['TransitEncryption: ENABLED', 'TransitEncryption: DISABLED']),
      errors: [{ messageId: 'transitOff' }],
    },
    {
      name: 'RootDirectory beside an access point',
      code: edit(LAB03, [
        EFS,
        EFS.replace(
          '            TransitEncryption',
          '            RootDirectory: /data\n            TransitEncryption',
        ),
      ]),
      errors: [{ messageId: 'rootDirectoryWithAccessPoint' }],
    },
    {
      name: 'an access point of another file system',
      code: edit(LAB03, [
        '  AccessPoint:\n    Type: AWS::EFS::AccessPoint\n    Properties:\n      FileSystemId: !Ref FileSystem\n',
        '  OtherFileSystem:\n    Type: AWS::EFS::FileSystem\n\n  AccessPoint:\n    Type: AWS::EFS::AccessPoint\n    Properties:\n      FileSystemId: !Ref OtherFileSystem\n',
      ]),
      errors: [{ messageId: 'otherFileSystem' }],
    },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('SVC012 applicability', () => {
  it('does not apply without EFS volumes', () => {
    expect(runOn(rule, LAB06).notApplicable).toMatch(/EFS/);
  });
});
