export {
	establishmentFromFile,
	establishmentFromTable,
	type ImportOptions,
	type ImportResult,
	type LeftOutRow
} from './importEstablishment';
export { readTable, csvTable, type Table, type TableResult } from './readTable';
export {
	detectMapping,
	resolveMapping,
	describeMapping,
	parseColumnsOption,
	FIELD_NAMES,
	SINGLE_FIELDS,
	type ColumnMapping,
	type MappingOverride,
	type ResolvedMapping
} from './columns';
export { formatEstablishmentError, type EstablishmentError } from './errors';
export { standardAssumptions } from './buildStructure';
export { applySeniorOption, type ApplyOptions, type ApplyResult } from './applySeniorOption';
export { suggestSeniorMapping } from './suggestSeniorMapping';
