export type {
	Edit,
	EditType,
	EditOf,
	EditResult,
	NewPost,
	NewLink,
	NewMeeting,
	MeetingChanges
} from './edits';
export { applyEdit, applyEdits, COMMANDS } from './applyEdit';
export {
	createHistory,
	record,
	undo,
	redo,
	canUndo,
	canRedo,
	undoLabel,
	redoLabel,
	markSaved,
	isDirty,
	changesSinceSaved,
	type History,
	type Step,
	type Recordable
} from './history';
export { describeChange, describePatches, changeLogLine } from './changeLog';
export { postsToCsv, CSV_COLUMNS } from './csv';
