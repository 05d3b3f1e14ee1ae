// The check's policy fix written by the export for the recognised framework
// (src/export/), for the CLI and the "Check my API" page alike: the playground's
// {app} stands for the checked front end (checkDeployment).
import { EXPORT_TARGETS, generateExport } from '../export/targets.ts';
import { checkDeployment } from './replay.ts';
import type { CheckResult } from './types.ts';

export function frameworkCode(r: CheckResult): { label: string; code: string } | null {
  const target = EXPORT_TARGETS.find((t) => t.id === r.policyFix?.exportTarget);
  if (!target || !r.policyFix) return null;
  const url = new URL(r.input.url);
  const exported = generateExport(target, {
    scenario: r.policyFix.scenario, deployment: checkDeployment(r.input), requestUrl: r.input.url,
    requests: r.prediction.requests, port: Number(url.port || 8080), name: 'CorsFix',
  });
  return { label: target.label, code: exported.code };
}
