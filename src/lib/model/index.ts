export * from './types';
export { formatModelError, formatModelErrors, type ModelError } from './errors';
export { parseStructureYaml, type LoadResult, type ParseOptions } from './load';
export {
	validateStructure,
	checkStructure,
	isIsoDate,
	isFinancialYear,
	type Issue
} from './validate';
export { loadModelFiles, loadBuiltInModels, defaultModelsDir, type LoadedFiles } from './loadFiles';
export { structureToYaml } from './toYaml';
export { structureDocumentSchema, checkShape, checkDocument, type DocumentCheck } from './document';
export {
	fromDocument,
	postsMap,
	postsRecord,
	structureFromJson,
	structureToJson,
	toDocument,
	type StructureDocument
} from './structureDocument';
export * as schema from './schema';
