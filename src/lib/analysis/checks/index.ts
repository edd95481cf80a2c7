import type { Structure } from '../../model/types';
import { memoisePerStructure } from '../memo';
import { deliveryAssuranceRoute } from './deliveryAssuranceRoute';
import { deliveryMemberInterface } from './deliveryMemberInterface';
import { deliveryPerformanceRoute } from './deliveryPerformanceRoute';
import { deliveryPurposeSetter } from './deliveryPurposeSetter';
import { postEscalationPath } from './postEscalationPath';
import { serviceInDeliveryUnit } from './serviceInDeliveryUnit';
import { spanAverageBelowTarget } from './spanAverageBelowTarget';
import { spanCeoTooWide } from './spanCeoTooWide';
import { spanNarrow } from './spanNarrow';
import { statutoryDcsReportsToCeo } from './statutoryDcsReportsToCeo';
import { statutoryHeadOfPaidServiceIsCeo } from './statutoryHeadOfPaidServiceIsCeo';
import { statutoryHeldOnce } from './statutoryHeldOnce';
import { statutoryHeldOverTime } from './statutoryHeldOverTime';
import { statutoryJointDcsDass } from './statutoryJointDcsDass';
import { statutoryMonitoringOfficerNotS151 } from './statutoryMonitoringOfficerNotS151';
import { statutoryS151InTopMeetings } from './statutoryS151InTopMeetings';
import type { Check, CheckResult } from './types';

export type { Check, CheckResult, Severity, Violation } from './types';
export { deliveryFunctions } from './deliveryFunctions';

/** Every inspection, in the order the checks panel lists them. */
export const CHECKS: readonly Check[] = [
	spanCeoTooWide,
	spanAverageBelowTarget,
	spanNarrow,
	deliveryPurposeSetter,
	deliveryPerformanceRoute,
	deliveryAssuranceRoute,
	deliveryMemberInterface,
	serviceInDeliveryUnit,
	statutoryHeldOnce,
	statutoryHeldOverTime,
	statutoryMonitoringOfficerNotS151,
	statutoryDcsReportsToCeo,
	statutoryS151InTopMeetings,
	statutoryJointDcsDass,
	statutoryHeadOfPaidServiceIsCeo,
	postEscalationPath
];

export function runCheck(check: Check, s: Structure): CheckResult {
	const violations = check.run(s);
	return {
		key: check.key,
		title: check.title,
		rule: check.rule(s),
		severity: check.severity,
		passed: violations.length === 0,
		violations
	};
}

/** Runs every check; thresholds come from s.spanRules. Memoised per structure (read-only result). */
export const runChecks: (s: Structure) => CheckResult[] = memoisePerStructure((s) =>
	CHECKS.map((check) => runCheck(check, s))
);
