/**
 * The source documents the models rest on, and how a citation of one reads. The model files cite a
 * document by its file name (`003_e19b15a5f720a5bc.txt`) and section; everything a person reads
 * names the document instead ("Cabinet report, 19 January 2021, para 7.3.1") and links to its entry
 * on the Sources page. This is the one registry of them.
 */

export interface SourceDocument {
	/** The short id the file name starts with and the prose uses: "003". */
	id: string;
	/** The file name the model files cite. */
	file: string;
	/** The document's own title, as it reads on the document. */
	title: string;
	/** What a citation calls it, before the date: "Cabinet report". */
	name: string;
	/** How a sentence mentions it: "the Cabinet report". */
	mention: string;
	/** Who issued it, and to whom. */
	body: string;
	/** The document's date: 'YYYY-MM-DD', or 'YYYY-MM' where it gives only a month. */
	date: string;
	/** Why the date reads as it does, where the document itself could mislead. */
	dateNote?: string;
	/** A public address the document itself gives; never one guessed. */
	address?: { url: string; text: string; what: string };
	/** What the models take from it. */
	gives: string;
}

/** In the order the Sources page lists them: the main source first, then by date. */
export const SOURCE_DOCUMENTS: readonly SourceDocument[] = [
	{
		id: '003',
		file: '003_e19b15a5f720a5bc.txt',
		title:
			'Investing in our Future: What Birmingham City Council needs to do next, 2021 to 2026, with Appendix A',
		name: 'Cabinet report',
		mention: 'the Cabinet report',
		body: 'Birmingham City Council: report of the Interim Chief Executive to Cabinet, with the Leader as the relevant Cabinet Member',
		date: '2021-01-19',
		dateNote:
			'The cover reads “19 January 2020”; the report looks ahead to 2021 to 2026 and to the JNC paper of 28 January 2021, so it is dated 19 January 2021 here.',
		gives:
			'The main source: the Council Core and the Delivery Functions, every director post and its remit, the services of each Managing Director, the four monthly groups that replace CLT, the member interfaces, the Chief Executive’s ten direct reports (eleven with the office) against best practice of five, the council-wide average span (1:6, to be near 1:10), and the cost: +£0.51m a year from 2021/22, funded from the HRA and the General Fund.'
	},
	{
		id: '002',
		file: '002_194fa98c4a3b1824.txt',
		title: 'Update on Birmingham City Council’s New Model of Progressive Assurance',
		name: 'Leader’s letter to the Secretary of State',
		mention: 'the Leader’s letter of July 2020',
		body: 'The Leader of Birmingham City Council, to the Secretary of State for Housing, Communities and Local Government',
		date: '2020-07-21',
		gives:
			'The governance of 2019–20: the Strategic Programme Board, the Non-Executive Advisors by focus area, CLT and EMT with monthly reporting.'
	},
	{
		id: '000',
		file: '000_7b195aadc113242e.txt',
		title:
			'Strengthening the foundations: progress report for the Birmingham Independent Improvement Panel',
		name: 'Progress report to the Improvement Panel',
		mention: 'the 2016 progress report',
		body: 'Birmingham City Council, to the Birmingham Independent Improvement Panel',
		date: '2016-11',
		address: {
			url: 'http://birminghamnewsroom.com/biip-documents/',
			text: 'birminghamnewsroom.com/biip-documents',
			what: 'the council’s page of Improvement Panel documents, as the report gives it (footnote 1)'
		},
		gives:
			'The older structure and rhythm: a CLT of Strategic Directors, monthly performance boards, quarterly EMT performance meetings and fortnightly budget-delivery meetings.'
	},
	{
		id: '004',
		file: '004_43ed1d2af670035b.txt',
		title: 'Birmingham City Council’s Improvement Progress',
		name: 'Improvement Panel’s letter to the Secretary of State',
		mention: 'the Improvement Panel’s 2016 letter',
		body: 'The Birmingham Independent Improvement Panel (its Chair), to the Secretary of State for Communities and Local Government',
		date: '2016-11-09',
		gives:
			'The panel’s view: silo working, slow change in culture, a £49m overspend, and the need for more senior capacity (a Chief Operating Officer).'
	},
	{
		id: '001',
		file: '001_944e59d5f7056beb.txt',
		title: 'Future Council Programme: Organisational Improvement Action Plan, Highlight Report',
		name: 'Improvement action plan highlight report',
		mention: 'the 2015 action plan report',
		body: 'Birmingham City Council, Future Council Programme, for the Birmingham Independent Improvement Panel',
		date: '2015-04',
		address: {
			url: 'http://birmingham.gov.uk/futurecouncil',
			text: 'birmingham.gov.uk/futurecouncil',
			what: 'the programme’s page, as printed on the report'
		},
		gives:
			'The action plans with their leads, milestones and confidence ratings, and the early senior roles.'
	}
];

const BY_KEY = new Map<string, SourceDocument>(
	SOURCE_DOCUMENTS.flatMap((d) => [
		[d.file, d],
		[d.id, d]
	])
);

/** The document a model file cites, by its file name or its short id ("003"). */
export function sourceDocument(fileOrId: string): SourceDocument | undefined {
	return BY_KEY.get(fileOrId);
}

/** A document's date as written: "19 January 2021", or "November 2016" where only a month is given. */
export function sourceDate(doc: SourceDocument): string {
	const [y, m, d] = doc.date.split('-').map(Number);
	return new Intl.DateTimeFormat('en-GB', {
		...(d ? { day: 'numeric' } : {}),
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(Date.UTC(y, m - 1, d || 1)));
}

/** The id of a document's entry on the Sources page: "source-003". */
export function sourceAnchor(doc: SourceDocument): string {
	return `source-${doc.id}`;
}

/** The Sources page, and one document's entry on it. */
export const SOURCES_PATH = '/sources';
export function sourceHref(doc: SourceDocument): string {
	return `${SOURCES_PATH}#${sourceAnchor(doc)}`;
}

/**
 * A place in a document as a reader would say it: a numbered paragraph "7.3.1" is "para 7.3.1", a
 * bare number "4" is "section 4", an appendix or section reads as given, and a heading is quoted.
 */
export function sectionWords(section: string): string {
	const s = section.trim();
	if (/^\d+(\.\d+)+\.?$/.test(s)) return `para ${s.replace(/\.$/, '')}`;
	if (/^\d+$/.test(s)) return `section ${s}`;
	if (/^(appendix|section|sections|para|paras|paragraph)\b/i.test(s) || /^\d/.test(s)) return s;
	return `“${s.replace(/^['‘“"]|['’”"]$/g, '')}”`;
}

/** A citation as it reads, with the address of the document's entry when it is one we know. */
export interface Citation {
	text: string;
	/** The Sources page entry; absent for a file that is not one of the source documents. */
	href?: string;
	/** The id of that entry on the Sources page ("source-003"), for a link made with the base path. */
	anchor?: string;
}

/**
 * One citation of a source document: "Cabinet report, 19 January 2021, para 7.3.1", linked to its
 * entry. Several places in one document read "…, section 4 and para 3.4.3". A file that is not one
 * of the documents (an HR export) reads as it is named.
 */
export function citeSource(fileOrId: string, ...sections: string[]): Citation {
	const doc = sourceDocument(fileOrId);
	const where = sections.filter((s) => s.trim() !== '').map(sectionWords);
	const places =
		where.length > 1 ? `${where.slice(0, -1).join(', ')} and ${where.at(-1)}` : where[0];
	if (!doc) return { text: places ? `${fileOrId}, ${places}` : fileOrId };
	const name = `${doc.name}, ${sourceDate(doc)}`;
	return {
		text: places ? `${name}, ${places}` : name,
		href: sourceHref(doc),
		anchor: sourceAnchor(doc)
	};
}

/** The same citation as text alone, for running text, slides, CSV and the command line. */
export function citeSourceText(fileOrId: string, ...sections: string[]): string {
	return citeSource(fileOrId, ...sections).text;
}

/** The end of a citation's places in running text: a bracket, colon, semicolon, dash or full stop. */
const PLACE_END = String.raw`(?=\)|;|:|\s—|\.(?:\s|$)|$)`;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Running text cut into its plain words and the citations in it, so a page can link each
 * citation ("… revenue (Cabinet report, 19 January 2021, para 7.3.1)") to its document's entry.
 */
export function citationSegments(text: string): (string | Citation)[] {
	const names = SOURCE_DOCUMENTS.map((d) => ({ d, lead: `${d.name}, ${sourceDate(d)}` }));
	const pattern = new RegExp(
		`(${names.map((n) => escapeRegExp(n.lead)).join('|')})((?:, [^;:()—]*?)?)${PLACE_END}`,
		'g'
	);
	const out: (string | Citation)[] = [];
	let at = 0;
	for (const m of text.matchAll(pattern)) {
		const doc = names.find((n) => n.lead === m[1])!.d;
		if (m.index > at) out.push(text.slice(at, m.index));
		out.push({ text: m[0], href: sourceHref(doc), anchor: sourceAnchor(doc) });
		at = m.index + m[0].length;
	}
	if (at < text.length) out.push(text.slice(at));
	return out;
}

/**
 * A model's own prose names the documents by short id ("003 gives…", "(003, 7.3.1 names…)"); read
 * on screen, each becomes the document's name ("the Cabinet report gives…"). Figures such as
 * £8,000 are left alone.
 */
export function nameSourceIds(text: string): string {
	return text.replace(/(?<![\w,.£/-])(00[0-4])(?![\w])/g, (id, _m, at: number) => {
		const doc = sourceDocument(id);
		if (!doc) return id;
		const starts = at === 0 || /[.!?]\s+$/.test(text.slice(0, at));
		return starts ? doc.mention[0].toUpperCase() + doc.mention.slice(1) : doc.mention;
	});
}
