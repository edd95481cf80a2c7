// cytoscape-elk ships no types; it is a cytoscape extension that registers the 'elk' layout.
declare module 'cytoscape-elk' {
	import type { Ext } from 'cytoscape';
	const register: Ext;
	export default register;
}
