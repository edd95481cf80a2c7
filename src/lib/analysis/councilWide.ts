import type { Structure } from '../model/types';
import { layersByDepartment, type LayersByDepartment } from './layersByDepartment';
import { payMultiple, type PayMultiple } from './payMultiple';
import { spanDistribution, type SpanDistribution } from './spanDistribution';
import { spanTarget, type SpanTargetEstimate } from './spanTarget';
import { unitTotals, type UnitTotal } from './unitTotals';
import { vacancies, type Vacancies } from './vacancies';

export interface CouncilWide {
	spans: SpanDistribution;
	layers: LayersByDepartment;
	units: Record<string, UnitTotal>;
	vacancies: Vacancies;
	spanTarget: SpanTargetEstimate;
	/** Absent when no post carries its own salary. */
	payMultiple?: PayMultiple;
}

/** Every council-wide measure of a structure (an imported establishment, usually). */
export function councilWide(s: Structure, options: { targetSpan?: number } = {}): CouncilWide {
	const pay = payMultiple(s);
	return {
		spans: spanDistribution(s),
		layers: layersByDepartment(s),
		units: unitTotals(s),
		vacancies: vacancies(s),
		spanTarget: spanTarget(s, options.targetSpan),
		...(pay ? { payMultiple: pay } : {})
	};
}
