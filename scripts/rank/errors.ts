/** Bad input for the rank CLI: the message names the line, item or field; the CLI exits 2. */
export class CliInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliInputError';
  }
}
