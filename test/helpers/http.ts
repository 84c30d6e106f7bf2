/** Reads a JSON (or problem+json) body; tests assert its shape, so it is typed loosely. */
export async function readJson<T = any>(res: Response): Promise<T> {
  return (await res.json()) as T
}
