/** Saves a blob as a file through a temporary link (the browser's own download). */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	document.body.appendChild(a);
	a.click();
	a.remove();
	// Give the browser a moment to start the download before the URL goes.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
