/** An input the ingest cannot read. Its message always names the file and, where known, the line. */
export class ReadError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly problem: string,
  ) {
    super(line === undefined ? `${file}: ${problem}` : `${file}:${line}: ${problem}`);
    this.name = 'ReadError';
  }
}
