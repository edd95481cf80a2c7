import { didYouMean } from '../model/suggest';
import { command } from './command';
import { nameOf } from '../words';
import { unknownUnit } from './postCommands';

export const moveService = command({
	type: 'moveService',
	refuse(s, e) {
		if (typeof e.serviceId !== 'string' || !Object.hasOwn(s.services, e.serviceId)) {
			return `there is no service '${String(e.serviceId)}'${didYouMean(String(e.serviceId), Object.keys(s.services))}`;
		}
		if (typeof e.unitId !== 'string' || e.unitId === '') {
			return `${nameOf(s, e.serviceId)} must sit in a unit; choose the unit to move it to`;
		}
		return unknownUnit(s, e.unitId);
	},
	perform(d, e) {
		if (d.services[e.serviceId].unit !== e.unitId) d.services[e.serviceId].unit = e.unitId;
	}
});
