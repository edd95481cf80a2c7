import { listSome } from '../model/suggest';
import { command, isFiniteNumber, isText } from './command';
import { formatAssumptionValue, provenanceWords } from '../words';

const EDITED = 'Set while editing';

export const setAssumption = command({
	type: 'setAssumption',
	refuse(s, e) {
		if (typeof e.key !== 'string' || !Object.hasOwn(s.assumptions, e.key)) {
			return `there is no assumption '${String(e.key)}'; use one of: ${listSome(Object.keys(s.assumptions))}`;
		}
		const a = s.assumptions[e.key];
		const v = e.value;
		if (!isFiniteNumber(v)) return `${a.label}: ${String(v)} is not a number`;
		if (a.unit === 'rate' && (v < 0 || v > 1)) {
			return `${a.label} is a rate held as a fraction from 0 to 1 (0.138 for 13.8%), not ${v}`;
		}
		if ((a.unit === 'pounds' || a.unit === 'hours') && v < 0) {
			return `${a.label} cannot be negative`;
		}
		if (a.unit === 'hours' && e.key === 'productiveHoursPerYear' && v === 0) {
			return `${a.label} cannot be 0: meeting costs divide by it`;
		}
		if (a.unit === 'year' && (!Number.isInteger(v) || v < 1900 || v > 2100)) {
			return `${a.label} must be a year such as 2020, not ${v}`;
		}
		return undefined;
	},
	perform(d, e, s) {
		const was = s.assumptions[e.key];
		if (was.value === e.value) return;
		const a = d.assumptions[e.key];
		a.value = e.value;
		// The new value is the modeller's choice: say so, and keep where the old one came from
		// (once: a second edit keeps the note that names the original value).
		if (
			!isText(e.note) &&
			was.provenance.kind === 'assumption' &&
			was.provenance.note.startsWith(EDITED)
		) {
			return;
		}
		a.provenance = {
			kind: 'assumption',
			note: isText(e.note)
				? e.note
				: `${EDITED}; was ${formatAssumptionValue(was)} (${provenanceWords(was.provenance)})`
		};
	}
});
