// What the command line says when a command fails for a reason other than bad input: the machine's environment (a full
// disk, a read-only or vanished folder: exit 1, one line), or a bug (exit 1, one line, the stack trace in a log file).
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VERSION } from '../version.js';

/** System error codes that the environment causes, and what each means in plain words. */
const ENVIRONMENT: Record<string, string> = {
  ENOSPC: 'no space left on the disk',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or folder (was it moved or deleted while clustersim ran?)',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  EEXIST: 'it already exists',
  ENOTEMPTY: 'the folder is not empty',
  EBUSY: 'it is in use by another program',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files on the system',
  EIO: 'input/output error on the disk',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EXDEV: 'it is on another disk',
  ENOMEM: 'not enough memory',
};

const WHAT: Record<string, string> = {
  open: 'open',
  write: 'write',
  read: 'read',
  mkdir: 'create the folder',
  mkdtemp: 'create a folder beside',
  rename: 'move',
  rm: 'remove',
  unlink: 'remove',
  scandir: 'list',
  stat: 'read',
  lstat: 'read',
  copyfile: 'copy',
  fsync: 'write',
};

/** The one-line message for an environment error, or undefined when `error` is not one. */
export function environmentMessage(error: unknown): string | undefined {
  const e = error as NodeJS.ErrnoException | undefined;
  const code = e && typeof e === 'object' ? e.code : undefined;
  if (!code || !(code in ENVIRONMENT)) return undefined;
  const action = WHAT[e!.syscall ?? ''] ?? 'use';
  const where = e!.path ? ` ${e!.path}` : '';
  return `clustersim: cannot ${action}${where}: ${ENVIRONMENT[code]} (${code}); results already written are left as they were`;
}

/**
 * Reports an unexpected error in one line and writes its details (stack trace, version, arguments) to a log file in the
 * system's temporary folder; returns the line. The log is the only file clustersim writes outside an output folder.
 */
export function reportInternalError(error: unknown, argv: readonly string[]): string {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const log = join(tmpdir(), `clustersim-error-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}.log`);
  const text = [
    `clustersim ${VERSION} on Node ${process.version} (${process.platform} ${process.arch})`,
    `arguments: ${JSON.stringify(argv)}`,
    `working folder: ${process.cwd()}`,
    '',
    error instanceof Error ? (error.stack ?? detail) : detail,
    '',
  ].join('\n');
  let where: string;
  try {
    writeFileSync(log, text, { flag: 'wx' });
    where = `the details are in ${log}; please report it to the clustersim developers with that file`;
  } catch {
    where = 'please report it to the clustersim developers with the command you ran';
  }
  return `clustersim: internal error (${detail.split('\n')[0].slice(0, 200)}): this is a bug in clustersim, not a problem with your input; ${where}`;
}
