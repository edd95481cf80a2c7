import type { Structure, Unit } from '../../model/types';

export { nameOf } from '../names';

/** The units the delivery checks apply to (deliveryFunction: true), in structure order. */
export function deliveryFunctions(s: Structure): Unit[] {
	return Object.values(s.units).filter((u) => u.deliveryFunction);
}
