// Saving what the page shows: the network picture as PNG and the live series as CSV, each handed to the browser as a
// download from a Blob URL (no server needed, so it works from file:// too).
function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function savePng(canvas: HTMLCanvasElement, name: string): void {
  canvas.toBlob((blob) => blob && download(blob, name), 'image/png');
}

export function saveCsv(csv: string, name: string): void {
  download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), name);
}
