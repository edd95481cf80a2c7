/**
 * Breaks a label into lines of at most `maxChars` characters for an SVG box (SVG has no text
 * wrapping). Words longer than a line are cut; text beyond `maxLines` ends with an ellipsis so a
 * box never overflows. Character counts stand in for measured widths: charts are also drawn on the
 * server, where no font metrics are available.
 */
export function wrapText(text: string, maxChars: number, maxLines = Infinity): string[] {
	const words = text.trim().split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let current = '';
	for (const word of words) {
		let w = word;
		while (w.length > maxChars) {
			if (current) {
				lines.push(current);
				current = '';
			}
			lines.push(w.slice(0, maxChars - 1) + '-');
			w = w.slice(maxChars - 1);
		}
		if (!current) current = w;
		else if (current.length + 1 + w.length <= maxChars) current += ' ' + w;
		else {
			lines.push(current);
			current = w;
		}
	}
	if (current) lines.push(current);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	const last = kept[maxLines - 1];
	kept[maxLines - 1] =
		(last.length >= maxChars ? last.slice(0, maxChars - 1) : last).replace(/[\s-]+$/, '') + '…';
	return kept;
}
