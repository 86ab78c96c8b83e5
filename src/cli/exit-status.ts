// The exit status a command asks for without failing (check: a target missed); main() returns it and clears it.
let status = 0;

export function failWith(code: number): void {
  status = Math.max(status, code);
}

export function takeExitStatus(): number {
  const code = status;
  status = 0;
  return code;
}
