import type { Structure } from '../model/types';
import { withholdPay } from '../analysis/withholdPay';
import { canSeePay, type User } from './auth';

/** The structure as this person may see it: without the right to see pay, no post's pay. */
export function shownTo(s: Structure, user: User | undefined): Structure {
	return canSeePay(user) ? s : withholdPay(s).structure;
}
