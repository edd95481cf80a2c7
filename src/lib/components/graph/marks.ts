/** The performance mark OrgGraph sets when cytoscape first draws a structure (render benchmark). */
export const FIRST_RENDER_MARK = 'org-graph:first-render';
