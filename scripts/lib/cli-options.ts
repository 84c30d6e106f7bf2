/** Reading a script's `--name value` options; a flag given without its value is an error, not undefined. */
export function optionReader(argv: readonly string[]) {
  const value = (name: string): string | undefined => {
    const index = argv.indexOf(`--${name}`)
    if (index === -1) return undefined
    const next = argv[index + 1]
    if (next === undefined || next.startsWith('--')) throw new Error(`--${name} needs a value`)
    return next
  }
  const positive = (name: string, fallback: number): number => {
    const parsed = Number(value(name) ?? fallback)
    if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`--${name} must be a positive number`)
    return parsed
  }
  return { value, positive, flag: (name: string) => argv.includes(`--${name}`) }
}
