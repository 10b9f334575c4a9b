/**
 * Collects what the user gives us — a drop (files and whole folders), a file or folder picker, a
 * paste — as FileInput handles for the worker. Nothing is read here: File objects go to the worker
 * by reference and the worker reads the bytes, so the page stays responsive on large drops.
 */
import type { FileInput } from '../protocol';

/** Files of a picker (<input type=file>, with or without webkitdirectory). */
export function fromFileList(list: FileList | null): FileInput[] {
  return [...(list ?? [])].map((file) => ({ path: file.webkitRelativePath || file.name, file }));
}

/** Files of a drop, folders walked recursively. */
export async function fromDataTransfer(dt: DataTransfer): Promise<FileInput[]> {
  const entries = [...dt.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((e) => e === null)) return fromFileList(dt.files);
  const out: FileInput[] = [];
  for (const entry of entries) await walk(entry!, '', out);
  return out;
}

async function walk(entry: FileSystemEntry, prefix: string, out: FileInput[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((res, rej) => (entry as FileSystemFileEntry).file(res, rej));
    out.push({ path: prefix + file.name, file });
  } else if (entry.isDirectory) {
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    const children: FileSystemEntry[] = [];
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((res, rej) => reader.readEntries(res, rej));
      if (batch.length === 0) break;
      children.push(...batch);
    }
    children.sort((a, b) => a.name.localeCompare(b.name));
    for (const child of children) await walk(child, `${prefix}${entry.name}/`, out);
  }
}

/** Pasted text as a file of its own. */
export function fromText(text: string, now = new Date()): FileInput[] {
  if (!text.trim()) return [];
  const stamp = now.toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const name = `pasted-${stamp}.txt`;
  return [{ path: name, file: new File([text], name, { type: 'text/plain' }) }];
}

/** The demo corpus shipped in public/samples/, fetched from the page's own origin. */
export async function sampleFiles(): Promise<FileInput[]> {
  const base = new URL('samples/', document.baseURI);
  const names: string[] = await (await fetch(new URL('index.json', base))).json();
  return Promise.all(
    names.map(async (name) => {
      const blob = await (await fetch(new URL(encodeURIComponent(name), base))).blob();
      return { path: name, file: new File([blob], name, { type: 'text/plain' }) };
    }),
  );
}
