// SVC012: every EFS volume of a task definition encrypts traffic in transit and mounts through an EFS access
// point of the same file system, which fixes the POSIX user and the directory the task sees.
import { defineRule } from '../../engine/define.js';
import { get, literalString, resources, targetOf, targetResource } from '../lib/cloudformation.js';
import { efsVolumes, TASK_DEFINITION } from './util/service.js';

export default defineRule({
  meta: {
    id: 'SVC012',
    name: 'efs-transit-encryption',
    target: 'cloudformation',
    severity: 'error',
    title: 'Encrypt EFS volumes in transit and mount them through an access point',
    description:
      "Every EFSVolumeConfiguration of a task definition sets 'TransitEncryption: ENABLED' and an 'AuthorizationConfig.AccessPointId' of an access point on the same file system, so file traffic is encrypted with TLS and the task only sees its own directory, as its own user.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html',
    evidence: ['ECS.18', 'CKV_AWS_97'],
    messages: {
      transitOff:
        "EFS volume '{{volume}}' of task definition '{{taskDefinition}}' does not encrypt traffic in transit ('TransitEncryption' is {{value}}), so file contents cross the network in clear text. Set 'TransitEncryption: ENABLED'.",
      noAccessPoint:
        "EFS volume '{{volume}}' of task definition '{{taskDefinition}}' mounts the file system without an access point, so the task sees the whole file system as whatever user it runs as. Create an 'AWS::EFS::AccessPoint' with a 'PosixUser' and 'RootDirectory', and set 'AuthorizationConfig: { AccessPointId: !Ref AccessPoint, IAM: ENABLED }'.",
      rootDirectoryWithAccessPoint:
        "EFS volume '{{volume}}' of task definition '{{taskDefinition}}' sets 'RootDirectory' {{value}} as well as an access point, which ECS rejects: the access point's own 'RootDirectory' decides the directory. Remove 'RootDirectory' from the volume (or set it to '/').",
      otherFileSystem:
        "EFS volume '{{volume}}' of task definition '{{taskDefinition}}' uses access point '{{accessPoint}}', which belongs to a different file system than 'FilesystemId', so the mount fails. Point both at the same file system.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    let checked = 0;
    let failures = 0;
    for (const td of resources(t, TASK_DEFINITION)) {
      for (const vol of efsVolumes(td)) {
        checked++;
        let ok = true;
        const data = { volume: vol.name, taskDefinition: td.name };
        const transit = literalString(t, vol.config['TransitEncryption'])?.toUpperCase();
        if (transit !== 'ENABLED') {
          ok = false;
          const value =
            vol.config['TransitEncryption'] === undefined
              ? "missing, which means 'DISABLED'"
              : transit
                ? `'${transit}'`
                : 'decided at deploy time';
          ctx.report(
            'transitOff',
            { ...data, value },
            vol.config['TransitEncryption'] === undefined ? vol.path : [...vol.path, 'TransitEncryption'],
          );
        }
        const apRaw = get(vol.config, ['AuthorizationConfig', 'AccessPointId']);
        if (apRaw === undefined) {
          ok = false;
          ctx.report('noAccessPoint', data, vol.path);
        } else {
          const root = literalString(t, vol.config['RootDirectory']);
          if (vol.config['RootDirectory'] !== undefined && root !== '/') {
            ok = false;
            ctx.report('rootDirectoryWithAccessPoint', { ...data, value: root ? `'${root}'` : 'set' }, [
              ...vol.path,
              'RootDirectory',
            ]);
          }
          const ap = targetResource(t, apRaw);
          const fsOfVolume = targetOf(vol.config['FilesystemId']);
          const fsOfAp =
            ap?.resource.Type === 'AWS::EFS::AccessPoint' ? targetOf(ap.props['FileSystemId']) : undefined;
          if (fsOfVolume !== undefined && fsOfAp !== undefined && fsOfVolume !== fsOfAp) {
            ok = false;
            ctx.report('otherFileSystem', { ...data, accessPoint: ap!.name }, [
              ...vol.path,
              'AuthorizationConfig',
              'AccessPointId',
            ]);
          }
        }
        if (!ok) failures++;
      }
    }
    if (checked === 0) ctx.notApplicable('no task definition declares an EFS volume');
    else ctx.tally(checked, failures);
  },
});
